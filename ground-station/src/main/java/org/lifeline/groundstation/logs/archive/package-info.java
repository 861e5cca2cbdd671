/**
 * The sortie archive: every sortie filed in a plain folder with its logs, plan, the onboard agent's
 * events and its report, and one JSON index ({@code index.json}) listing them. Flights are filed by
 * themselves when they land ({@link org.lifeline.groundstation.logs.archive.ArchiveOnLanding}, used
 * by {@code vehicle watch}; {@link org.lifeline.groundstation.logs.archive.SortieFiler} for code
 * that flies sorties), idempotently; logs brought from elsewhere are imported and matched to a
 * sortie by vehicle and time. Deliveries come from a
 * {@link org.lifeline.groundstation.logs.archive.DeliverySource} (the dispatch store, where it
 * exists). {@link org.lifeline.groundstation.logs.archive.ArchiveReplays} reads filed sorties back
 * for the dashboard's replay (route and drop from the report, the track from the tlog, bounded).
 */
package org.lifeline.groundstation.logs.archive;
