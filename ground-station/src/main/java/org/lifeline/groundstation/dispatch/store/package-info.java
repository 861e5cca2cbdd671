/**
 * The durable dispatch store: deliveries, their append-only transition history, wave claims,
 * sorties and confirmations, over JDBC on SQLite (WAL, the default, one file in the data
 * folder) or PostgreSQL (several dispatchers on one operation). One SQL text serves both; the
 * few differences (row locks, how a write transaction begins) live in {@link
 * org.lifeline.groundstation.dispatch.store.Dialect}. Schema changes are numbered SQL
 * resources applied by {@link org.lifeline.groundstation.dispatch.store.Migrations}.
 */
package org.lifeline.groundstation.dispatch.store;
