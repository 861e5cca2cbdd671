package org.lifeline.mission.transfer;

/**
 * Faults a simulator injects into a {@link MissionServer}, for tests of how the ground station
 * copes. All setters are thread-safe and take effect with the next message; {@link #clear()}
 * restores normal behaviour. Loss, duplication and reordering belong to the link, not here.
 */
public final class ServerFaults {

    private volatile boolean silent;
    private volatile TransferOutcome rejectUpload;
    private volatile int rejectItemSeq = -1;
    private volatile TransferOutcome rejectItemResult;
    private volatile TransferOutcome rejectDownload;
    private volatile int rejectDownloadItemSeq = -1;
    private volatile TransferOutcome rejectDownloadItemResult;
    private volatile TransferOutcome rejectClear;

    /** Ignore every incoming message (a vehicle that died or lost its radio). */
    public ServerFaults stopAnswering() {
        silent = true;
        return this;
    }

    public ServerFaults resumeAnswering() {
        silent = false;
        return this;
    }

    /** Answer every MISSION_COUNT with an ACK carrying {@code result}. */
    public ServerFaults rejectUpload(TransferOutcome result) {
        rejectUpload = requireMav(result);
        return this;
    }

    /** When item {@code seq} of an upload arrives, abort with an ACK carrying {@code result}. */
    public ServerFaults rejectItem(int seq, TransferOutcome result) {
        rejectItemResult = requireMav(result);
        rejectItemSeq = seq;
        return this;
    }

    /** Answer every MISSION_REQUEST_LIST with an ACK carrying {@code result}. */
    public ServerFaults rejectDownload(TransferOutcome result) {
        rejectDownload = requireMav(result);
        return this;
    }

    /** Answer a request for item {@code seq} of a download with an ACK carrying {@code result}. */
    public ServerFaults rejectDownloadItem(int seq, TransferOutcome result) {
        rejectDownloadItemResult = requireMav(result);
        rejectDownloadItemSeq = seq;
        return this;
    }

    /** Answer every MISSION_CLEAR_ALL with an ACK carrying {@code result}. */
    public ServerFaults rejectClear(TransferOutcome result) {
        rejectClear = requireMav(result);
        return this;
    }

    /** Back to a well-behaved vehicle. */
    public ServerFaults clear() {
        silent = false;
        rejectUpload = null;
        rejectItemSeq = -1;
        rejectItemResult = null;
        rejectDownload = null;
        rejectDownloadItemSeq = -1;
        rejectDownloadItemResult = null;
        rejectClear = null;
        return this;
    }

    boolean silent() {
        return silent;
    }

    TransferOutcome uploadRejection() {
        return rejectUpload;
    }

    TransferOutcome itemRejection(int seq) {
        return seq == rejectItemSeq ? rejectItemResult : null;
    }

    TransferOutcome downloadRejection() {
        return rejectDownload;
    }

    TransferOutcome downloadItemRejection(int seq) {
        return seq == rejectDownloadItemSeq ? rejectDownloadItemResult : null;
    }

    TransferOutcome clearRejection() {
        return rejectClear;
    }

    private static TransferOutcome requireMav(TransferOutcome result) {
        if (result == null || !result.isMavResult()) {
            throw new IllegalArgumentException("a vehicle can only answer with a MAV_MISSION_RESULT, not " + result);
        }
        return result;
    }
}
