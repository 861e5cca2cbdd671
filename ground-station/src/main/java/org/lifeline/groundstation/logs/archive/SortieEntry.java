package org.lifeline.groundstation.logs.archive;

import java.util.List;

/**
 * One sortie in the archive's index.
 *
 * @param id              folder name under {@code sorties/}
 * @param vehicle         vehicle name (given, or {@code sys<N>} from the log's heartbeats)
 * @param start           first log time, ISO-8601 UTC
 * @param end             last log time, ISO-8601 UTC
 * @param outcome         the report's overall verdict (PASS / WARN / FAIL)
 * @param distanceMetres  distance flown
 * @param consumedWh      energy used (NaN-free: -1 when unknown)
 * @param minCellVolts    lowest battery voltage per cell (-1 when unknown)
 * @param dropErrorMetres drop error (-1 when no drop)
 * @param incidents       names of failed checks
 * @param deliveries      delivery ids carried (from the dispatch store)
 * @param files           files filed with the sortie (logs, plan, events, report)
 */
public record SortieEntry(String id, String vehicle, String start, String end, String outcome, double distanceMetres,
                          double consumedWh, double minCellVolts, double dropErrorMetres, List<String> incidents,
                          List<String> deliveries, List<String> files) {

    public SortieEntry {
        incidents = List.copyOf(incidents);
        deliveries = List.copyOf(deliveries);
        files = List.copyOf(files);
    }

    /** The day of {@link #start()} (yyyy-mm-dd). */
    public String day() {
        return start.length() >= 10 ? start.substring(0, 10) : start;
    }
}
