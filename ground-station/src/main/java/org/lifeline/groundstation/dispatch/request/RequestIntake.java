package org.lifeline.groundstation.dispatch.request;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.lifeline.groundstation.dispatch.store.Added;
import org.lifeline.groundstation.dispatch.store.DeliveryStore;

/**
 * Where every request enters: one at a time ({@code lifeline request add}, the HTTP API's
 * JSON body) or a whole CSV file. Checks each with {@link RequestRules}, stores what passes,
 * flags likely duplicates. A file is stored all together or not at all: every bad row is
 * reported at once and nothing of it is stored until the file is clean.
 */
public final class RequestIntake {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RequestRules rules;
    private final DeliveryStore store;
    private final Duration duplicateWindow;

    public RequestIntake(RequestRules rules, DeliveryStore store, Duration duplicateWindow) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.store = Objects.requireNonNull(store, "store");
        this.duplicateWindow = Objects.requireNonNull(duplicateWindow, "duplicateWindow");
    }

    /** Checks and stores one request. */
    public IntakeResult submit(RequestDraft draft) {
        Checked checked = rules.check(draft);
        if (!checked.ok()) {
            return new IntakeResult(IntakeResult.REFUSED, null, null, checked.problems(),
                    "refused: " + checked.problems().get(0).describe()
                            + (checked.problems().size() > 1 ? " (and " + (checked.problems().size() - 1) + " more)" : ""));
        }
        Added a = store.add(checked.request().orElseThrow(), duplicateWindow);
        String id = a.delivery().id();
        if (a.alreadyStored()) {
            return new IntakeResult(IntakeResult.ALREADY_STORED, id, a.duplicateOf().orElse(null), List.of(),
                    "already stored as " + id + " (same ref)");
        }
        return new IntakeResult(IntakeResult.ACCEPTED, id, a.duplicateOf().orElse(null), List.of(),
                "accepted as " + id + a.duplicateOf().map(d -> "; looks like a duplicate of " + d + " (same recipient and items)").orElse(""));
    }

    /**
     * Checks and stores a JSON object with the CSV's column names as fields ({@code weight_g},
     * {@code lat} and {@code lon} may be numbers or strings).
     */
    public IntakeResult submitJson(String body) {
        JsonNode n;
        try {
            n = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return refused(FieldProblem.of("(body)", "not JSON: " + e.getOriginalMessage()));
        }
        if (n == null || !n.isObject()) {
            return refused(FieldProblem.of("(body)", "expected a JSON object with the fields " + RequestCsv.COLUMNS_TEXT));
        }
        List<FieldProblem> unknown = new ArrayList<>();
        n.fieldNames().forEachRemaining(f -> {
            if (!RequestCsv.COLUMNS.contains(f)) {
                unknown.add(FieldProblem.of(f, "unknown field; expected some of " + RequestCsv.COLUMNS_TEXT));
            }
        });
        if (!unknown.isEmpty()) {
            return new IntakeResult(IntakeResult.REFUSED, null, null, unknown, "refused: " + unknown.get(0).describe());
        }
        return submit(new RequestDraft(text(n, "ref"), text(n, "requester"), text(n, "recipient"), text(n, "phone"),
                text(n, "drop_point"), text(n, "lat"), text(n, "lon"), text(n, "items"), text(n, "weight_g"),
                text(n, "priority"), text(n, "deadline")));
    }

    private static IntakeResult refused(FieldProblem p) {
        return new IntakeResult(IntakeResult.REFUSED, null, null, List.of(p), "refused: " + p.describe());
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString();
    }

    /** Checks every row of a CSV text; stores all of them only when none has a problem. */
    public ImportResult importCsv(String source, String text) {
        RequestCsv.Parsed parsed = RequestCsv.parse(text);
        List<FieldProblem> problems = new ArrayList<>(parsed.problems());
        List<DispatchRequest> requests = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        Map<String, Integer> keys = new HashMap<>();
        for (RequestCsv.Row row : parsed.rows()) {
            Checked checked = rules.check(row.draft());
            if (!checked.ok()) {
                checked.problems().forEach(p -> problems.add(p.atLine(row.line())));
                continue;
            }
            DispatchRequest q = checked.request().orElseThrow();
            String key = q.importKey().orElse(RequestCsv.contentKey(row.draft()));
            Integer earlier = keys.putIfAbsent(key, row.line());
            if (earlier != null) {
                problems.add(new FieldProblem(row.line(), key.startsWith("ref:") ? "ref" : "(row)", key.startsWith("ref:")
                        ? "ref " + row.draft().ref().trim() + " is also on line " + earlier + "; expected each ref once"
                        : "repeats line " + earlier + " exactly; give each a distinct ref to import both"));
                continue;
            }
            requests.add(new DispatchRequest(q.requester(), q.recipient(), q.drop(), q.items(), q.weightGrams(), q.priority(),
                    q.deadline(), Optional.of(key)));
            lines.add(row.line());
        }
        int rows = parsed.rows().size();
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(FieldProblem::line));
            return new ImportResult(source, ImportResult.REFUSED, rows, 0, 0, List.of(), problems);
        }
        List<Added> added = store.addAll(requests, duplicateWindow);
        int fresh = 0;
        List<ImportResult.Duplicate> duplicates = new ArrayList<>();
        for (int i = 0; i < added.size(); i++) {
            Added a = added.get(i);
            if (!a.alreadyStored()) {
                fresh++;
                int line = lines.get(i);
                a.duplicateOf().ifPresent(d -> duplicates.add(new ImportResult.Duplicate(line, a.delivery().id(), d)));
            }
        }
        return new ImportResult(source, ImportResult.IMPORTED, rows, fresh, added.size() - fresh, duplicates, List.of());
    }
}
