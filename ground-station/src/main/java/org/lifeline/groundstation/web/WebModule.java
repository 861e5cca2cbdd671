package org.lifeline.groundstation.web;

import io.javalin.config.RoutesConfig;

/**
 * A set of routes the {@link WebServer} serves: the confirmation page, later the dashboard and
 * the JSON API. Each module registers its own paths and keeps its handlers thin.
 */
public interface WebModule {

    /** Adds this module's routes. Paths must not collide with another module's. */
    void register(RoutesConfig routes);
}
