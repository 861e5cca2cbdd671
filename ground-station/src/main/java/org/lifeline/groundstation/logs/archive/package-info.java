/**
 * The sortie archive: every sortie filed in a plain folder with its logs, plan, the onboard agent's
 * events and its report, and one JSON index ({@code index.json}) listing them. Logs brought from
 * elsewhere are matched to a sortie by vehicle and time. Deliveries come from a
 * {@link org.lifeline.groundstation.logs.archive.DeliverySource} (the dispatch store, where it
 * exists).
 */
package org.lifeline.groundstation.logs.archive;
