package org.lifeline.groundstation.web;

import java.util.List;
import java.util.Locale;

/** The languages pages are written in, chosen from the browser's Accept-Language. */
public enum Language {
    EN("en"), ZH("zh-CN");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The HTML {@code lang} attribute. */
    public String tag() {
        return tag;
    }

    /**
     * The page language: an explicit {@code ?lang=zh|en} wins; otherwise the first of the
     * browser's languages (by weight) that is Chinese (any {@code zh-*}) or English; English when
     * neither is listed or the header is unreadable.
     */
    public static Language choose(String override, String acceptLanguage) {
        if (override != null) {
            if (override.toLowerCase(Locale.ROOT).startsWith("zh")) {
                return ZH;
            }
            if (override.toLowerCase(Locale.ROOT).startsWith("en")) {
                return EN;
            }
        }
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return EN;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            for (Locale.LanguageRange r : ranges) {
                String range = r.getRange();
                if (r.getWeight() > 0 && (range.equals("zh") || range.startsWith("zh-"))) {
                    return ZH;
                }
                if (r.getWeight() > 0 && (range.equals("en") || range.startsWith("en-"))) {
                    return EN;
                }
            }
        } catch (IllegalArgumentException unreadable) {
            return EN;
        }
        return EN;
    }
}
