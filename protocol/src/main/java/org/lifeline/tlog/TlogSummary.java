package org.lifeline.tlog;

/**
 * What a {@link TlogReader} made of a file: how much it read and what it had to skip.
 *
 * @param source             the file (or stream) name
 * @param records            records read
 * @param unverifiedRecords  records of unknown message ids (checksum not checkable)
 * @param skippedBytes       bytes that belonged to no readable record (corruption, garbage)
 * @param skippedRegions     separate stretches of skipped bytes
 * @param firstSkipOffset    offset of the first skipped byte, or -1
 * @param truncatedTailBytes bytes at the end that start a record but stop short of its end
 * @param readError          the I/O error that ended reading early, or null
 */
public record TlogSummary(String source, long records, long unverifiedRecords, long skippedBytes, long skippedRegions,
                          long firstSkipOffset, long truncatedTailBytes, String readError) {

    /** True when every byte belonged to a readable record. */
    public boolean clean() {
        return skippedBytes == 0 && truncatedTailBytes == 0 && readError == null;
    }

    /** One line for a maintainer: what was read and what was not. */
    public String describe() {
        StringBuilder s = new StringBuilder(source).append(": ").append(records).append(" records");
        if (skippedBytes > 0) {
            s.append("; skipped ").append(skippedBytes).append(" unreadable bytes in ").append(skippedRegions)
                    .append(skippedRegions == 1 ? " place" : " places").append(" (first at byte offset ")
                    .append(firstSkipOffset).append(')');
        }
        if (truncatedTailBytes > 0) {
            s.append("; the file ends in the middle of a record (last ").append(truncatedTailBytes)
                    .append(" bytes incomplete, e.g. the recorder stopped mid-write)");
        }
        if (readError != null) {
            s.append("; reading stopped early: ").append(readError);
        }
        return s.toString();
    }
}
