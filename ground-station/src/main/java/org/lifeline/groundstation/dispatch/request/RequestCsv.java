package org.lifeline.groundstation.dispatch.request;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The requests CSV: a header line naming the columns (any order, case-insensitive), then one
 * request per line. RFC 4180 quoting: a field with a comma, quote or line break is enclosed in
 * double quotes, a quote inside is doubled. Columns, as in {@link RequestDraft}:
 * {@value #COLUMNS_TEXT}. Required: requester, recipient, phone, items, weight_g, priority and
 * either drop_point or lat and lon. Blank lines are skipped.
 *
 * <p>Each row gets an import key: {@code ref:<ref>} when the row has a ref, otherwise a hash
 * of its content, so importing the same file again adds nothing.
 */
public final class RequestCsv {

    public static final List<String> COLUMNS = List.of("ref", "requester", "recipient", "phone", "drop_point", "lat", "lon",
            "items", "weight_g", "priority", "deadline");
    static final String COLUMNS_TEXT = "ref, requester, recipient, phone, drop_point, lat, lon, items, weight_g, priority, deadline";
    private static final Set<String> REQUIRED = Set.of("requester", "recipient", "phone", "items", "weight_g", "priority");

    /** One data row: its line number (1 = header) and its draft. */
    public record Row(int line, RequestDraft draft) {
    }

    /** The file read: its rows, or what is wrong with its structure. */
    public record Parsed(List<Row> rows, List<FieldProblem> problems) {
    }

    private RequestCsv() {
    }

    public static Parsed parse(String text) {
        List<FieldProblem> problems = new ArrayList<>();
        List<Record> records = CsvRecords.split(text.startsWith("\uFEFF") ? text.substring(1) : text, problems);
        if (records.isEmpty()) {
            problems.add(new FieldProblem(1, "(header)", "the file is empty; expected a header line: " + COLUMNS_TEXT));
            return new Parsed(List.of(), problems);
        }
        Record header = records.get(0);
        int before = problems.size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i).trim().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                problems.add(new FieldProblem(header.line(), name.isEmpty() ? "(column " + (i + 1) + ")" : name,
                        "unknown column; expected some of " + COLUMNS_TEXT));
            } else if (index.putIfAbsent(name, i) != null) {
                problems.add(new FieldProblem(header.line(), name, "column given twice"));
            }
        }
        for (String r : COLUMNS) {
            if (REQUIRED.contains(r) && !index.containsKey(r)) {
                problems.add(new FieldProblem(header.line(), r, "required column missing from the header"));
            }
        }
        if (!index.containsKey("drop_point") && !(index.containsKey("lat") && index.containsKey("lon"))) {
            problems.add(new FieldProblem(header.line(), "drop_point", "the header needs drop_point, or lat and lon"));
        }
        if (problems.size() > before) {
            return new Parsed(List.of(), problems);
        }
        List<Row> rows = new ArrayList<>();
        for (Record r : records.subList(1, records.size())) {
            if (r.fields().size() != header.fields().size()) {
                problems.add(new FieldProblem(r.line(), "(row)", r.fields().size() + " fields; expected " + header.fields().size()
                        + " as in the header"));
                continue;
            }
            rows.add(new Row(r.line(), new RequestDraft(get(r, index, "ref"), get(r, index, "requester"), get(r, index, "recipient"),
                    get(r, index, "phone"), get(r, index, "drop_point"), get(r, index, "lat"), get(r, index, "lon"),
                    get(r, index, "items"), get(r, index, "weight_g"), get(r, index, "priority"), get(r, index, "deadline"))));
        }
        return new Parsed(rows, problems);
    }

    private static String get(Record r, Map<String, Integer> index, String column) {
        Integer i = index.get(column);
        return i == null ? null : r.fields().get(i);
    }

    /** The row's import key without a ref: a hash of every field, trimmed. */
    public static String contentKey(RequestDraft d) {
        String joined = String.join("\u001f", List.of(n(d.requester()), n(d.recipient()), n(d.phone()), n(d.dropPoint()),
                n(d.lat()), n(d.lon()), n(d.items()), n(d.weightGrams()), n(d.priority()), n(d.deadline())));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8));
            return "row:" + HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String n(String s) {
        return s == null ? "" : s.trim();
    }

    /** A record of the file and the line it starts on. */
    record Record(int line, List<String> fields) {
    }
}
