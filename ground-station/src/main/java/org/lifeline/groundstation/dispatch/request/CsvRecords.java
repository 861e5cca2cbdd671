package org.lifeline.groundstation.dispatch.request;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 records with the line each starts on; blank lines skipped. */
final class CsvRecords {

    private CsvRecords() {
    }

    static List<RequestCsv.Record> split(String text, List<FieldProblem> problems) {
        List<RequestCsv.Record> out = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int start = 1;
        boolean quoted = false;
        boolean any = false;
        int i = 0;
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    field.append(ch);
                }
            } else if (ch == '"' && field.toString().isBlank()) {
                quoted = true;
                field.setLength(0);
                any = true;
            } else if (ch == ',') {
                fields.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                end(out, fields, field, start, any);
                any = false;
                line++;
                start = line;
            } else {
                field.append(ch);
                any = any || !Character.isWhitespace(ch);
            }
            i++;
        }
        if (quoted) {
            problems.add(new FieldProblem(start, "(row)", "a quoted field is never closed; expected a closing '\"'"));
            return out;
        }
        end(out, fields, field, start, any);
        return out;
    }

    private static void end(List<RequestCsv.Record> out, List<String> fields, StringBuilder field, int line, boolean any) {
        if (any || !fields.isEmpty()) {
            fields.add(field.toString());
            out.add(new RequestCsv.Record(line, List.copyOf(fields)));
        }
        fields.clear();
        field.setLength(0);
    }
}
