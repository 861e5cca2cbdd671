package org.lifeline.groundstation.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.lifeline.groundstation.confirm.ParcelView;

/**
 * Server-rendered, phone-sized HTML: no script, one inline style sheet, large tap targets.
 * Everything from outside is escaped.
 */
final class Pages {

    private static final String STYLE = "body{font-family:system-ui,-apple-system,'PingFang SC','Noto Sans CJK SC','WenQuanYi Micro Hei',sans-serif;"
            + "margin:0;padding:20px;max-width:480px;margin:auto;line-height:1.5;color:#111}"
            + "h1{font-size:1.5em;margin:.4em 0}dl{margin:1em 0}dt{color:#555;font-size:.9em}dd{margin:0 0 .8em 0;font-size:1.2em}"
            + "button{width:100%;min-height:64px;font-size:1.3em;border:0;border-radius:12px;background:#0a7d32;color:#fff}"
            + "input{width:100%;min-height:48px;font-size:1.2em;margin:.3em 0 1em 0;box-sizing:border-box}"
            + ".note{color:#555;font-size:.9em}.lang{float:right;font-size:.9em}";

    private final ZoneId zone;

    Pages(ZoneId zone) {
        this.zone = zone;
    }

    String confirmForm(Language lang, ParcelView p, String action, String csrf) {
        return page(lang, Text.CONFIRM_TITLE.in(lang),
                "<p>" + esc(Text.CONFIRM_INTRO.in(lang)) + "</p>" + parcel(lang, p)
                        + "<form method=\"post\" action=\"" + esc(action) + "\">"
                        + "<input type=\"hidden\" name=\"" + CsrfGuard.FIELD + "\" value=\"" + esc(csrf) + "\">"
                        + "<button id=\"confirm\" type=\"submit\">" + esc(Text.CONFIRM_BUTTON.in(lang)) + "</button></form>");
    }

    String confirmed(Language lang, ParcelView p) {
        return page(lang, Text.DONE_TITLE.in(lang),
                "<p id=\"result\" data-outcome=\"confirmed\">" + esc(Text.DONE_BODY.in(lang, p.parcelId(), time(lang, p.confirmedAt())))
                        + "</p>" + parcel(lang, p));
    }

    String alreadyConfirmed(Language lang, ParcelView p) {
        String body = p == null || p.confirmedAt() == null
                ? Text.USED_BODY_NO_PARCEL.in(lang)
                : Text.USED_BODY.in(lang, p.parcelId(), time(lang, p.confirmedAt()));
        return message(lang, Text.USED_TITLE, body, "already-used");
    }

    String message(Language lang, Text title, String body, String outcome) {
        return page(lang, title.in(lang), "<p id=\"result\" data-outcome=\"" + esc(outcome) + "\">" + esc(body) + "</p>");
    }

    String codeForm(Language lang, String csrf) {
        return page(lang, Text.CODE_TITLE.in(lang),
                "<p>" + esc(Text.CODE_INTRO.in(lang)) + "</p><form method=\"post\" action=\"/c\">"
                        + "<input type=\"hidden\" name=\"" + CsrfGuard.FIELD + "\" value=\"" + esc(csrf) + "\">"
                        + "<label>" + esc(Text.PARCEL.in(lang)) + "<input name=\"parcel\" autocomplete=\"off\" required></label>"
                        + "<label>" + esc(Text.CODE_FIELD.in(lang))
                        + "<input name=\"code\" inputmode=\"numeric\" autocomplete=\"off\" required></label>"
                        + "<button type=\"submit\">" + esc(Text.CODE_BUTTON.in(lang)) + "</button></form>");
    }

    private String parcel(Language lang, ParcelView p) {
        return "<dl><dt>" + esc(Text.DROP_POINT.in(lang)) + "</dt><dd id=\"drop-point\">" + esc(p.dropPointName()) + "</dd>"
                + "<dt>" + esc(Text.ITEMS.in(lang)) + "</dt><dd id=\"items\">" + esc(p.itemsSummary()) + "</dd>"
                + "<dt>" + esc(Text.PARCEL.in(lang)) + "</dt><dd id=\"parcel\">" + esc(p.parcelId()) + "</dd></dl>";
    }

    private String page(Language lang, String title, String body) {
        Language other = lang == Language.ZH ? Language.EN : Language.ZH;
        return "<!doctype html><html lang=\"" + lang.tag() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                + "<title>" + esc(title) + "</title><style>" + STYLE + "</style></head><body>"
                + "<a class=\"lang\" href=\"?lang=" + (other == Language.ZH ? "zh" : "en") + "\">"
                + esc(Text.OTHER_LANGUAGE.in(lang)) + "</a>"
                + "<h1>" + esc(title) + "</h1>" + body + "</body></html>";
    }

    private String time(Language lang, Instant at) {
        DateTimeFormatter f = lang == Language.ZH
                ? DateTimeFormatter.ofPattern("M月d日 HH:mm", Locale.CHINA)
                : DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.UK);
        return f.withZone(zone).format(at);
    }

    static String esc(String s) {
        return Html.escape(s);
    }
}
