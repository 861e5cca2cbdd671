/**
 * The dispatch desk: a person's request for a delivery, kept durably from intake to the
 * recipient's confirmation.
 *
 * <ul>
 *   <li>{@code request} — what a request is, the rules it must pass at intake (drop point in
 *       the airspace, payload within the fleet's limit), the CSV format and {@code RequestIntake},
 *       the one entry point that the CLI and the HTTP API share;</li>
 *   <li>{@code state} — the delivery state machine; every transition carries a reason;</li>
 *   <li>{@code store} — the durable store (SQLite by default, PostgreSQL for several
 *       dispatchers) with its schema migrations, the append-only transition history, wave
 *       claims, sorties and confirmations;</li>
 *   <li>{@code fleet} — the fleet bus's events (released, release refused, landed) moving
 *       deliveries along, and the alert for parcels released but never confirmed;</li>
 *   <li>{@code flight} — a recorded sortie sent to its drone: the agent's signed drop plans with
 *       the store's parcel ids, the verified upload, the start.</li>
 * </ul>
 *
 * See {@code docs/dispatch.md}.
 */
package org.lifeline.groundstation.dispatch;
