package org.lifeline.groundstation.dispatch.request;

/**
 * A request as it arrived, every field as text and possibly missing ({@code null}): from a
 * CLI option, a CSV cell or a JSON field. A JSON body maps onto it field by field.
 * {@link RequestRules#check} says what is wrong with it.
 *
 * @param ref            optional external id, e.g. a hotline ticket; makes re-import idempotent
 * @param requester      required
 * @param recipient      required: a name or flat number
 * @param phone          required: digits, spaces, '-', an optional leading '+'
 * @param dropPoint      an airspace drop point id; or leave empty and give lat and lon
 * @param lat            decimal degrees, with lon, when there is no drop point id
 * @param lon            decimal degrees
 * @param items          required
 * @param weightGrams    required: whole grams
 * @param priority       required: one of {@link Priority}
 * @param deadline       optional: ISO-8601 instant ({@code 2026-04-02T15:00:00Z}) or local
 *                       date-time with offset
 */
public record RequestDraft(String ref, String requester, String recipient, String phone, String dropPoint, String lat,
                           String lon, String items, String weightGrams, String priority, String deadline) {
}
