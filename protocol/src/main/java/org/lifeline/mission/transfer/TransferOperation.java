package org.lifeline.mission.transfer;

/** The kind of mission transaction a {@link TransferResult} reports on. */
public enum TransferOperation {
    UPLOAD,
    DOWNLOAD,
    CLEAR,
    SET_CURRENT,
    /** Upload followed by a read-back compared item by item. */
    VERIFIED_UPLOAD
}
