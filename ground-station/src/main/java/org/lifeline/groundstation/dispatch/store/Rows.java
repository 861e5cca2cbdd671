package org.lifeline.groundstation.dispatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.lifeline.groundstation.dispatch.request.DispatchRequest;
import org.lifeline.groundstation.dispatch.request.DropTarget;
import org.lifeline.groundstation.dispatch.request.Priority;
import org.lifeline.groundstation.dispatch.request.Recipient;
import org.lifeline.groundstation.dispatch.state.DeliveryState;
import org.lifeline.groundstation.dispatch.state.Lifecycle;
import org.lifeline.groundstation.dispatch.state.Transition;

/** The SQL of deliveries and their history, shared by the store's operations. */
final class Rows {

    static final String COLUMNS = "id, import_key, requester, recipient_label, recipient_phone, drop_point_id, drop_name, "
            + "drop_lat, drop_lon, items, weight_g, priority, deadline_ms, requested_ms, duplicate_of, state, version, "
            + "state_ms, state_reason, sortie_id";

    private Rows() {
    }

    static Delivery delivery(ResultSet r) throws SQLException {
        long deadline = r.getLong("deadline_ms");
        Optional<Instant> dl = r.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(deadline));
        DispatchRequest req = new DispatchRequest(r.getString("requester"),
                new Recipient(r.getString("recipient_label"), r.getString("recipient_phone")),
                new DropTarget(Optional.ofNullable(r.getString("drop_point_id")), r.getString("drop_name"),
                        r.getDouble("drop_lat"), r.getDouble("drop_lon")),
                r.getString("items"), r.getInt("weight_g"), Priority.valueOf(r.getString("priority")), dl,
                Optional.ofNullable(r.getString("import_key")));
        return new Delivery(r.getString("id"), req, Instant.ofEpochMilli(r.getLong("requested_ms")),
                Optional.ofNullable(r.getString("duplicate_of")), DeliveryState.valueOf(r.getString("state")),
                r.getInt("version"), Instant.ofEpochMilli(r.getLong("state_ms")), r.getString("state_reason"),
                Optional.ofNullable(r.getString("sortie_id")));
    }

    static List<Delivery> query(Connection c, String sqlAfterFrom, Object... args) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM delivery " + sqlAfterFrom)) {
            bind(p, args);
            List<Delivery> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(delivery(r));
                }
            }
            return out;
        }
    }

    static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            bind(p, args);
            return p.executeUpdate();
        }
    }

    static void bind(PreparedStatement p, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a == null) {
                p.setNull(i + 1, Types.NULL);
            } else if (a instanceof Long l) {
                p.setLong(i + 1, l);
            } else if (a instanceof Integer n) {
                p.setInt(i + 1, n);
            } else if (a instanceof Double d) {
                p.setDouble(i + 1, d);
            } else {
                p.setString(i + 1, a.toString());
            }
        }
    }

    /** Inserts a new delivery in REQUESTED with its first history entry. */
    static void insert(Connection c, String id, DispatchRequest q, Instant at, int order, Optional<String> duplicateOf) throws SQLException {
        String reason = "requested by " + q.requester();
        try (PreparedStatement p = c.prepareStatement("INSERT INTO delivery (id, import_key, requester, recipient_label, "
                + "recipient_phone, recipient_key, drop_point_id, drop_name, drop_lat, drop_lon, items, items_key, weight_g, "
                + "priority, priority_rank, deadline_ms, requested_ms, intake_order, duplicate_of, state, version, state_ms, state_reason) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)")) {
            bind(p, id, q.importKey().orElse(null), q.requester(), q.recipient().label(), q.recipient().phone(),
                    q.recipient().key(), q.drop().dropPointId().orElse(null), q.drop().name(), q.drop().latitude(),
                    q.drop().longitude(), q.items(), q.itemsKey(), q.weightGrams(), q.priority().name(), q.priority().rank(),
                    q.deadline().map(Instant::toEpochMilli).orElse(null), at.toEpochMilli(), order, duplicateOf.orElse(null),
                    DeliveryState.REQUESTED.name(), at.toEpochMilli(), reason);
            p.executeUpdate();
        }
        appendHistory(c, new Transition(id, 1, null, DeliveryState.REQUESTED, reason, at));
    }

    static void appendHistory(Connection c, Transition t) throws SQLException {
        update(c, "INSERT INTO delivery_transition (delivery_id, number, from_state, to_state, reason, at_ms) VALUES (?, ?, ?, ?, ?, ?)",
                t.deliveryId(), t.number(), t.from() == null ? null : t.from().name(), t.to().name(), t.reason(), t.at().toEpochMilli());
    }

    static List<Transition> history(Connection c, String id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT delivery_id, number, from_state, to_state, reason, at_ms "
                + "FROM delivery_transition WHERE delivery_id = ? ORDER BY number")) {
            bind(p, id);
            List<Transition> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String from = r.getString("from_state");
                    out.add(new Transition(r.getString("delivery_id"), r.getInt("number"),
                            from == null ? null : DeliveryState.valueOf(from), DeliveryState.valueOf(r.getString("to_state")),
                            r.getString("reason"), Instant.ofEpochMilli(r.getLong("at_ms"))));
                }
            }
            return out;
        }
    }

    /** Locks and reads one delivery inside the caller's transaction. */
    static Optional<Delivery> lock(Connection c, Dialect dialect, String id) throws SQLException {
        return query(c, "WHERE id = ?" + dialect.lockRows(), id).stream().findFirst();
    }

    /**
     * Moves a delivery inside the caller's transaction: the history entry first, then the
     * current state. {@code sortieId} is written when the new state is ASSIGNED and cleared
     * when it is back in the queue.
     */
    static Outcome move(Connection c, Dialect dialect, String id, DeliveryState to, String reason, Instant at,
                        String sortieId) throws SQLException {
        Lifecycle.requireReason(reason);
        Optional<Delivery> found = lock(c, dialect, id);
        if (found.isEmpty()) {
            return new Outcome(Outcome.Kind.UNKNOWN, Optional.empty(), "no delivery " + id);
        }
        Delivery d = found.get();
        if (!d.state().canMoveTo(to)) {
            return new Outcome(Outcome.Kind.REFUSED, Optional.of(d.state()), id + ": " + Lifecycle.refusal(d.state(), to));
        }
        int number = d.version() + 1;
        appendHistory(c, new Transition(id, number, d.state(), to, reason, at));
        String sortie = to == DeliveryState.ASSIGNED ? sortieId : to == DeliveryState.REQUESTED ? null : d.sortieId().orElse(null);
        int changed = update(c, "UPDATE delivery SET state = ?, version = ?, state_ms = ?, state_reason = ?, sortie_id = ?, "
                        + "claim_id = NULL, claim_until_ms = NULL WHERE id = ? AND version = ?",
                to.name(), number, at.toEpochMilli(), reason, sortie, id, d.version());
        if (changed != 1) {
            throw new SQLException("delivery " + id + " changed under a locked transaction");
        }
        return new Outcome(Outcome.Kind.DONE, Optional.of(to), id + " is " + to + ": " + reason);
    }
}
