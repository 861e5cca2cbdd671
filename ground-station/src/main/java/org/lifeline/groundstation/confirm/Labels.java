package org.lifeline.groundstation.confirm;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Turns a parcel into the content of its label: a fresh token in a confirmation URL, and the
 * parcel's fallback code.
 */
public final class Labels {

    /** How long a printed label confirms its parcel, unless told otherwise. */
    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(7);

    private final DropTokens tokens;
    private final FallbackCode codes;
    private final String baseUrl;
    private final Duration validity;
    private final Clock clock;

    /**
     * @param baseUrl  how phones reach the confirmation page, e.g. {@code http://192.168.1.20:8080};
     *                 a trailing slash is dropped
     * @param validity how long after printing a label still confirms its parcel
     */
    public Labels(DropTokens tokens, FallbackCode codes, String baseUrl, Duration validity, Clock clock) {
        this.tokens = Objects.requireNonNull(tokens);
        this.codes = Objects.requireNonNull(codes);
        this.baseUrl = checkBaseUrl(baseUrl);
        this.validity = Objects.requireNonNull(validity);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The label for a parcel. */
    public LabelContent forParcel(ParcelView parcel) {
        String token = tokens.issue(parcel.parcelId(), parcel.dropPointId(), clock.instant().plus(validity));
        return new LabelContent(baseUrl + "/c/" + token, parcel.parcelId(), parcel.dropPointName(),
                codes.codeFor(parcel.parcelId(), parcel.dropPointId()), parcel.recipientLabel(), parcel.itemsSummary());
    }

    /** Checks a base URL: http or https, a host, no query; returns it without a trailing slash. */
    public static String checkBaseUrl(String baseUrl) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        String b = baseUrl.trim();
        while (b.endsWith("/")) {
            b = b.substring(0, b.length() - 1);
        }
        java.net.URI uri;
        try {
            uri = new java.net.URI(b);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("base URL: expected http(s)://HOST[:PORT][/PATH], got \"" + baseUrl + "\" (" + e.getReason() + ")");
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                || uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException("base URL: expected http(s)://HOST[:PORT][/PATH] that phones can reach, got \""
                    + baseUrl + "\"");
        }
        return b;
    }
}
