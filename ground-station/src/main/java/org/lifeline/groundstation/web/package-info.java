/**
 * The ground station's web face (Javalin): the recipients' confirmation page today, the
 * dispatcher's dashboard and JSON API as more {@link org.lifeline.groundstation.web.WebModule}s
 * later. Handlers parse the request, call a capability, and render; every rule lives in the
 * capability (for confirmation: {@link org.lifeline.groundstation.confirm.ConfirmationDesk}).
 *
 * <p>What the web side itself owns is HTTP hygiene: per-client rate limiting
 * ({@link org.lifeline.groundstation.web.ClientRateLimiter}), CSRF protection of forms
 * ({@link org.lifeline.groundstation.web.CsrfGuard}), the page language from the browser
 * ({@link org.lifeline.groundstation.web.Language}), and mapping outcomes to HTTP statuses.
 * Javalin's and Jetty's types stop in this package.
 */
package org.lifeline.groundstation.web;
