package org.lifeline.groundstation.logs.dataflash;

/**
 * What a {@link DataflashReader} made of a file.
 *
 * @param source          file name
 * @param messages        messages read
 * @param formats         formats declared (FMT records)
 * @param skippedBytes    bytes that belonged to no readable message
 * @param skippedRegions  separate stretches of skipped bytes
 * @param firstSkipOffset offset of the first skipped byte, or -1
 * @param truncatedTailBytes bytes at the end that start a message but stop short
 * @param readError       the I/O error that ended reading early, or null
 */
public record DataflashSummary(String source, long messages, int formats, long skippedBytes, long skippedRegions,
                               long firstSkipOffset, long truncatedTailBytes, String readError) {

    public boolean clean() {
        return skippedBytes == 0 && truncatedTailBytes == 0 && readError == null;
    }

    /** One line for a maintainer. */
    public String describe() {
        StringBuilder s = new StringBuilder(source).append(": ").append(messages).append(" messages of ")
                .append(formats).append(" declared formats");
        if (skippedBytes > 0) {
            s.append("; skipped ").append(skippedBytes).append(" unreadable bytes in ").append(skippedRegions)
                    .append(skippedRegions == 1 ? " place" : " places").append(" (first at byte offset ")
                    .append(firstSkipOffset).append(')');
        }
        if (truncatedTailBytes > 0) {
            s.append("; the file ends in the middle of a message (last ").append(truncatedTailBytes).append(" bytes)");
        }
        if (readError != null) {
            s.append("; reading stopped early: ").append(readError);
        }
        return s.toString();
    }
}
