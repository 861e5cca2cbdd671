/**
 * Drop tokens and parcel labels: how a recipient proves, with the phone they already have, that
 * a parcel reached them.
 *
 * <ul>
 *   <li>{@link org.lifeline.groundstation.confirm.DropTokens} issues and checks the signed token
 *       printed as a QR code on each parcel (Ed25519: parcel id, drop point, expiry; nothing
 *       personal), with its key pair kept by {@link org.lifeline.groundstation.confirm.DropTokenKeys};</li>
 *   <li>{@link org.lifeline.groundstation.confirm.FallbackCode} derives the 6-digit code a recipient
 *       without a camera reads out on the phone;</li>
 *   <li>{@link org.lifeline.groundstation.confirm.ConfirmationDesk} is the one place that decides
 *       whether a token or a code confirms a parcel — the web page and the CLI only call it;</li>
 *   <li>{@link org.lifeline.groundstation.confirm.ParcelDirectory} is the port to the delivery
 *       store: find a parcel, confirm it (idempotently);</li>
 *   <li>{@link org.lifeline.groundstation.confirm.LabelImage} and
 *       {@link org.lifeline.groundstation.confirm.LabelSheet} draw a label PNG per parcel and a
 *       printable PDF sheet per sortie, in Chinese or English.</li>
 * </ul>
 */
package org.lifeline.groundstation.confirm;
