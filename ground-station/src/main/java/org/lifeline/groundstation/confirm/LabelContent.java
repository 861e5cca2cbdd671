package org.lifeline.groundstation.confirm;

import java.util.Objects;

/**
 * Everything printed on one parcel label.
 *
 * @param url            the confirmation URL the QR code holds: {@code {baseUrl}/c/{token}}
 * @param parcelId       the parcel's id
 * @param dropPointName  where the parcel is dropped, as people name it (may be Chinese)
 * @param code           the 6-digit fallback code
 * @param recipientLabel a name or a flat number, so people at the drop point find their parcel
 * @param itemsSummary   what is inside
 */
public record LabelContent(String url, String parcelId, String dropPointName, String code,
                           String recipientLabel, String itemsSummary) {

    public LabelContent {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(parcelId, "parcelId");
        Objects.requireNonNull(code, "code");
        dropPointName = dropPointName == null ? "" : dropPointName;
        recipientLabel = recipientLabel == null ? "" : recipientLabel;
        itemsSummary = itemsSummary == null ? "" : itemsSummary;
    }

    /** The code as printed and read out: "123 456". */
    public String spacedCode() {
        return code.substring(0, 3) + " " + code.substring(3);
    }
}
