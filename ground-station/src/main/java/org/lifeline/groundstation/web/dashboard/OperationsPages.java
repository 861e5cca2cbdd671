package org.lifeline.groundstation.web.dashboard;

import org.lifeline.groundstation.dispatch.request.Priority;
import org.lifeline.groundstation.web.Html;
import org.lifeline.groundstation.web.Language;

/**
 * The dashboard shell's operation parts: the sorties with their actions, drone control, the
 * plan preview, the action log, the intake form (each field with a place for its problem),
 * and the confirmation dialog. {@code operations.js} fills and drives them.
 */
final class OperationsPages {

    private OperationsPages() {
    }

    static String sections(Language lang) {
        return "<h2>" + t(DashboardText.SORTIES, lang) + "</h2><div id=\"sorties\"></div>"
                + "<section id=\"preview\" hidden><h2>" + t(DashboardText.PREVIEW, lang) + " <span id=\"preview-id\"></span></h2>"
                + "<dl id=\"preview-energy\"></dl><h3>" + t(DashboardText.ALTITUDE_PROFILE, lang) + "</h3>"
                + "<svg id=\"preview-profile\" viewBox=\"0 0 340 120\" preserveAspectRatio=\"none\" role=\"img\"></svg>"
                + "<ol id=\"preview-legs\"></ol></section>"
                + "<h2>" + t(DashboardText.CONTROL, lang) + "</h2><div id=\"control\" class=\"control\">"
                + "<label>" + t(DashboardText.DRONE, lang) + " <select id=\"control-drone\"></select></label>"
                + "<button type=\"button\" class=\"act\" data-action=\"pause\" id=\"act-pause\">" + t(DashboardText.PAUSE, lang) + "</button>"
                + "<button type=\"button\" class=\"act\" data-action=\"resume\" id=\"act-resume\">" + t(DashboardText.RESUME, lang) + "</button>"
                + "<button type=\"button\" class=\"act\" data-action=\"rtl\" id=\"act-rtl\">" + t(DashboardText.RTL, lang) + "</button>"
                + "<button type=\"button\" class=\"act danger\" data-action=\"land\" id=\"act-land\">" + t(DashboardText.LAND, lang) + "</button>"
                + "</div><p id=\"action-result\" role=\"status\" aria-live=\"polite\"></p>"
                + "<h2>" + t(DashboardText.ACTIONS, lang) + "</h2><ol id=\"action-log\" reversed></ol>"
                + intakeForm(lang);
    }

    private static String intakeForm(Language lang) {
        StringBuilder b = new StringBuilder("<details id=\"intake-box\"><summary><h2>" + t(DashboardText.NEW_REQUEST, lang)
                + "</h2></summary><form id=\"intake\" novalidate>");
        b.append(field(lang, DashboardText.REQUESTER, "requester", "text", true));
        b.append(field(lang, DashboardText.RECIPIENT, "recipient", "text", true));
        b.append(field(lang, DashboardText.PHONE, "phone", "tel", true));
        b.append("<label>").append(t(DashboardText.DROP_POINT, lang))
                .append("<select name=\"drop_point\" id=\"f-drop_point\"><option value=\"\">—</option></select>")
                .append(problem("drop_point")).append("</label>");
        b.append("<div class=\"pair\">").append(field(lang, DashboardText.LAT, "lat", "text", false))
                .append(field(lang, DashboardText.LON, "lon", "text", false)).append("</div>");
        b.append(field(lang, DashboardText.ITEMS, "items", "text", true));
        b.append(field(lang, DashboardText.WEIGHT, "weight_g", "number", true));
        b.append("<label>").append(t(DashboardText.PRIORITY, lang)).append("<select name=\"priority\" id=\"f-priority\">");
        for (Priority p : Priority.values()) {
            b.append("<option value=\"").append(p.name()).append("\"").append(p == Priority.FOOD ? " selected" : "").append(">")
                    .append(Html.escape(p.name())).append("</option>");
        }
        b.append("</select>").append(problem("priority")).append("</label>");
        b.append(field(lang, DashboardText.DEADLINE, "deadline", "text", false));
        b.append(field(lang, DashboardText.REF, "ref", "text", false));
        b.append("<p class=\"problem\" data-for=\"(body)\"></p>");
        b.append("<button type=\"submit\" id=\"intake-submit\">").append(t(DashboardText.SUBMIT, lang)).append("</button>");
        b.append("<p id=\"intake-result\" role=\"status\" aria-live=\"polite\"></p></form></details>");
        return b.toString();
    }

    private static String field(Language lang, DashboardText label, String name, String type, boolean required) {
        return "<label>" + t(label, lang) + "<input name=\"" + name + "\" id=\"f-" + name + "\" type=\"" + type + "\""
                + (type.equals("number") ? " inputmode=\"numeric\" min=\"1\" step=\"1\"" : "")
                + (required ? " required" : "") + " autocomplete=\"off\">" + problem(name) + "</label>";
    }

    private static String problem(String field) {
        return "<span class=\"problem\" data-for=\"" + field + "\"></span>";
    }

    static String dialog(Language lang) {
        return "<dialog id=\"confirm\"><p id=\"confirm-text\"></p><p id=\"confirm-note\"></p><div class=\"buttons\">"
                + "<button type=\"button\" id=\"confirm-yes\" class=\"danger\">" + t(DashboardText.CONFIRM, lang) + "</button>"
                + "<button type=\"button\" id=\"confirm-no\">" + t(DashboardText.CANCEL, lang) + "</button></div></dialog>";
    }

    private static String t(DashboardText text, Language lang) {
        return Html.escape(text.in(lang));
    }
}
