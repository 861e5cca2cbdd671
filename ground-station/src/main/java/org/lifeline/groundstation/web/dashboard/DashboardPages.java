package org.lifeline.groundstation.web.dashboard;

import org.lifeline.groundstation.web.Html;

import org.lifeline.groundstation.web.CsrfGuard;
import org.lifeline.groundstation.web.Language;

/**
 * The two server-rendered pages: the login form and the dashboard's shell. The shell carries
 * no data; {@code dashboard.js} fetches the airspace and board and listens to {@code /api/live}.
 * Everything from outside is escaped.
 */
final class DashboardPages {

    static final String LEAFLET = "/dashboard/leaflet/";
    private static final String LOGIN_STYLE = "body{font-family:system-ui,-apple-system,'PingFang SC','Noto Sans CJK SC',sans-serif;"
            + "margin:0 auto;padding:20px;max-width:420px;line-height:1.5;color:#111}"
            + "h1{font-size:1.4em}label{display:block;margin:.6em 0}input{width:100%;min-height:44px;font-size:1.1em;box-sizing:border-box}"
            + "button{width:100%;min-height:52px;font-size:1.2em;border:0;border-radius:10px;background:#1d4ed8;color:#fff;margin-top:1em}"
            + ".error{color:#b91c1c;font-weight:600}.lang{float:right}";

    private DashboardPages() {
    }

    static String login(Language lang, String csrf, String problem) {
        return "<!doctype html><html lang=\"" + lang.tag() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                + "<title>" + esc(DashboardText.LOGIN_TITLE.in(lang)) + "</title><style>" + LOGIN_STYLE + "</style></head><body>"
                + otherLanguage(lang, "/login")
                + "<h1>" + esc(DashboardText.LOGIN_TITLE.in(lang)) + "</h1>"
                + (problem == null ? "" : "<p id=\"problem\" class=\"error\">" + esc(problem) + "</p>")
                + "<form method=\"post\" action=\"/login\">"
                + "<input type=\"hidden\" name=\"" + CsrfGuard.FIELD + "\" value=\"" + esc(csrf) + "\">"
                + "<label>" + esc(DashboardText.NAME.in(lang)) + "<input id=\"operator\" name=\"operator\" autocomplete=\"username\" required></label>"
                + "<label>" + esc(DashboardText.PASSWORD.in(lang))
                + "<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required></label>"
                + "<button id=\"login\" type=\"submit\">" + esc(DashboardText.LOGIN_BUTTON.in(lang)) + "</button></form></body></html>";
    }

    static String dashboard(Language lang, String operator, String csrf, String tiles, boolean airspace, boolean fleet) {
        return "<!doctype html><html lang=\"" + lang.tag() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                + "<title>" + esc(DashboardText.DASHBOARD_TITLE.in(lang)) + "</title>"
                + "<link rel=\"stylesheet\" href=\"" + LEAFLET + "leaflet.css\">"
                + "<link rel=\"stylesheet\" href=\"/dashboard/static/dashboard.css\"></head>"
                + "<body data-lang=\"" + (lang == Language.ZH ? "zh" : "en") + "\" data-tiles=\"" + esc(tiles == null ? "" : tiles)
                + "\" data-csrf=\"" + esc(csrf) + "\">"
                + "<header><strong>" + esc(DashboardText.DASHBOARD_TITLE.in(lang)) + "</strong>"
                + "<span id=\"link\" class=\"link\" title=\"live\">●</span>"
                + "<span class=\"who\" id=\"operator\">" + esc(operator) + "</span>"
                + otherLanguage(lang, "/dashboard")
                + "<form method=\"post\" action=\"/logout\" class=\"logout\">"
                + "<input type=\"hidden\" name=\"" + CsrfGuard.FIELD + "\" value=\"" + esc(csrf) + "\">"
                + "<button id=\"logout\" type=\"submit\">" + esc(DashboardText.LOGOUT.in(lang)) + "</button></form></header>"
                + "<div id=\"alarms\" role=\"alert\" aria-live=\"assertive\" hidden><strong>" + esc(DashboardText.ALARMS.in(lang))
                + "</strong><ul id=\"alarm-list\"></ul></div>"
                + "<main><div id=\"map\"></div><aside>"
                + (airspace ? "" : "<p class=\"notice\" id=\"no-airspace\">" + esc(DashboardText.NO_AIRSPACE.in(lang)) + "</p>")
                + (fleet ? "" : "<p class=\"notice\" id=\"no-fleet\">" + esc(DashboardText.NO_FLEET.in(lang)) + "</p>")
                + "<h2>" + esc(DashboardText.DRONES.in(lang)) + "</h2><ul id=\"drones\"></ul>"
                + "<h2>" + esc(DashboardText.DELIVERIES.in(lang)) + "</h2><div id=\"board\"></div>"
                + "<section id=\"history\" hidden><h2>" + esc(DashboardText.HISTORY.in(lang)) + " <span id=\"history-id\"></span></h2>"
                + "<ol id=\"history-list\"></ol></section>"
                + OperationsPages.sections(lang)
                + replaySection(lang)
                + "</aside></main>" + OperationsPages.dialog(lang)
                + "<script src=\"" + LEAFLET + "leaflet.js\"></script>"
                + "<script src=\"/dashboard/static/dashboard.js\"></script>"
                + "<script src=\"/dashboard/static/operations.js\"></script>"
                + "<script src=\"/dashboard/static/replay.js\"></script></body></html>";
    }

    /** The archive's sorties and the replay controls; {@code replay.js} shows them when the archive answers. */
    private static String replaySection(Language lang) {
        StringBuilder speeds = new StringBuilder();
        for (int x : new int[] {1, 2, 5, 10, 25, 50}) {
            speeds.append("<option value=\"").append(x).append(x == 10 ? "\" selected>" : "\">").append('×').append(x).append("</option>");
        }
        return "<section id=\"replay-box\" hidden><h2>" + esc(DashboardText.FLOWN.in(lang)) + "</h2>"
                + "<div id=\"replay\" hidden><p id=\"replay-title\"></p>"
                + "<input id=\"replay-slider\" type=\"range\" min=\"0\" max=\"0\" value=\"0\" step=\"1\">"
                + "<div class=\"control\"><button id=\"replay-play\" type=\"button\" class=\"act go\"></button>"
                + "<label>" + esc(DashboardText.REPLAY_SPEED.in(lang)) + " <select id=\"replay-speed\">" + speeds + "</select></label>"
                + "<button id=\"replay-close\" type=\"button\" class=\"act\"></button></div>"
                + "<p id=\"replay-readout\" aria-live=\"polite\"></p>"
                + "<a id=\"replay-report\" target=\"_blank\" rel=\"noopener\" hidden></a></div>"
                + "<ul id=\"archive\"></ul></section>";
    }

    private static String otherLanguage(Language lang, String path) {
        return "<a class=\"lang\" href=\"" + path + "?lang=" + (lang == Language.ZH ? "en" : "zh") + "\">"
                + esc(DashboardText.OTHER_LANGUAGE.in(lang)) + "</a>";
    }

    static String esc(String s) {
        return Html.escape(s);
    }
}
