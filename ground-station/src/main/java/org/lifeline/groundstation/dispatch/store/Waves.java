package org.lifeline.groundstation.dispatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.lifeline.groundstation.dispatch.state.DeliveryState;

/** The SQL of claims and sorties. */
final class Waves {

    private Waves() {
    }

    static WaveClaim claim(Connection c, Dialect dialect, String dispatcher, int max, Instant now, Duration lease) throws SQLException {
        if (max < 1) {
            throw new IllegalArgumentException("a claim needs at least 1 request, not " + max);
        }
        String claimId = "W-" + UUID.randomUUID();
        Instant until = now.plus(lease);
        List<String> ids = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT id FROM delivery WHERE state = ? AND "
                + "(claim_until_ms IS NULL OR claim_until_ms < ?) ORDER BY priority_rank, requested_ms, intake_order, id LIMIT ?"
                + dialect.lockRowsSkipLocked())) {
            Rows.bind(p, DeliveryState.REQUESTED.name(), now.toEpochMilli(), max);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
        }
        List<Delivery> claimed = new ArrayList<>();
        for (String id : ids) {
            Rows.update(c, "UPDATE delivery SET claim_id = ?, claim_until_ms = ? WHERE id = ?", claimId, until.toEpochMilli(), id);
            claimed.add(Rows.query(c, "WHERE id = ?", id).get(0));
        }
        return new WaveClaim(claimId, dispatcher, claimed, until);
    }

    static SortieResult recordSortie(Connection c, Dialect dialect, WaveClaim claim, String sortieId, String droneId,
                                     List<String> parcelIds, String reason, Instant now) throws SQLException {
        if (parcelIds.isEmpty()) {
            return SortieResult.refused("sortie " + sortieId + " has no parcels");
        }
        if (new HashSet<>(parcelIds).size() != parcelIds.size()) {
            return SortieResult.refused("sortie " + sortieId + " lists a parcel twice");
        }
        if (sortie(c, "WHERE id = ?", sortieId).isPresent()) {
            return SortieResult.refused("sortie " + sortieId + " exists already");
        }
        for (String id : parcelIds) {
            String holder = null;
            DeliveryState state = null;
            try (PreparedStatement p = c.prepareStatement("SELECT state, claim_id FROM delivery WHERE id = ?" + dialect.lockRows())) {
                Rows.bind(p, id);
                try (ResultSet r = p.executeQuery()) {
                    if (r.next()) {
                        state = DeliveryState.valueOf(r.getString(1));
                        holder = r.getString(2);
                    }
                }
            }
            if (state == null) {
                return SortieResult.refused("no delivery " + id);
            }
            if (state != DeliveryState.REQUESTED) {
                return SortieResult.refused(id + " is " + state + ", not queued");
            }
            if (!claim.id().equals(holder)) {
                return SortieResult.refused(id + " is not held by claim " + claim.id() + " (its claim lapsed and another dispatcher took it, or it was never claimed)");
            }
        }
        Rows.update(c, "INSERT INTO sortie (id, drone_id, created_ms) VALUES (?, ?, ?)", sortieId, droneId, now.toEpochMilli());
        int position = 0;
        for (String id : parcelIds) {
            Rows.update(c, "INSERT INTO sortie_parcel (sortie_id, delivery_id, position) VALUES (?, ?, ?)", sortieId, id, position++);
            Outcome o = Rows.move(c, dialect, id, DeliveryState.ASSIGNED, reason, now, sortieId);
            if (o.kind() != Outcome.Kind.DONE) {
                throw new SQLException("assigning " + id + ": " + o.message());
            }
        }
        return new SortieResult(sortie(c, "WHERE id = ?", sortieId), Optional.empty());
    }

    static List<SortieRecord> sorties(Connection c, String droneId, Instant from, Instant to) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT id FROM sortie WHERE drone_id = ? AND created_ms <= ?"
                + " AND (closed_ms IS NULL OR closed_ms >= ?) ORDER BY created_ms, id")) {
            Rows.bind(p, droneId, to.toEpochMilli(), from.toEpochMilli());
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
        }
        List<SortieRecord> out = new ArrayList<>();
        for (String id : ids) {
            sortie(c, "WHERE id = ?", id).ifPresent(out::add);
        }
        return out;
    }

    /** Sorties that have not landed yet, newest first. */
    static List<SortieRecord> open(Connection c, int limit) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT id FROM sortie WHERE closed_ms IS NULL ORDER BY created_ms DESC, id DESC LIMIT ?")) {
            p.setInt(1, limit);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
        }
        List<SortieRecord> out = new ArrayList<>();
        for (String id : ids) {
            sortie(c, "WHERE id = ?", id).ifPresent(out::add);
        }
        return out;
    }

    static Optional<SortieRecord> sortie(Connection c, String where, Object... args) throws SQLException {
        String id;
        String drone;
        long created;
        long closed;
        boolean open;
        try (PreparedStatement p = c.prepareStatement("SELECT id, drone_id, created_ms, closed_ms FROM sortie " + where)) {
            Rows.bind(p, args);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                id = r.getString(1);
                drone = r.getString(2);
                created = r.getLong(3);
                closed = r.getLong(4);
                open = r.wasNull();
            }
        }
        List<String> parcels = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT delivery_id FROM sortie_parcel WHERE sortie_id = ? ORDER BY position")) {
            Rows.bind(p, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    parcels.add(r.getString(1));
                }
            }
        }
        return Optional.of(new SortieRecord(id, drone, parcels, Instant.ofEpochMilli(created),
                open ? Optional.empty() : Optional.of(Instant.ofEpochMilli(closed))));
    }
}
