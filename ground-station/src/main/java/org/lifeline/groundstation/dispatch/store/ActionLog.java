package org.lifeline.groundstation.dispatch.store;

import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The operators' action log, in the dispatch store (table {@code operator_action}, migration
 * V3): every action an operator asks for on the dashboard is written — who, what, for which
 * drone and sortie, when — <em>before</em> it is sent, and its result after. The database
 * refuses to change or delete a line, so the log survives restarts as it was written.
 */
public final class ActionLog {

    private static final String ID_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_TEXT = 2000;

    private final Database db;
    private final java.time.Clock clock;

    ActionLog(Database db, java.time.Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Records that {@code operator} asked for {@code action}; committed before this returns. The entry holds the new id. */
    public ActionEntry asked(String operator, String action, String droneId, Optional<String> sortieId, String detail) {
        String id = newId();
        return write(new ActionEntry(id, 1, operator, action, droneId, sortieId, ActionEntry.ASKED, detail, clock.instant()));
    }

    /** Records how the action ended. */
    public ActionEntry result(ActionEntry asked, boolean success, String detail) {
        return write(new ActionEntry(asked.actionId(), asked.step() + 1, asked.operator(), asked.action(), asked.droneId(),
                asked.sortieId(), success ? ActionEntry.SUCCEEDED : ActionEntry.FAILED, detail, clock.instant()));
    }

    private ActionEntry write(ActionEntry e) {
        String detail = e.detail().length() > MAX_TEXT ? e.detail().substring(0, MAX_TEXT - 1) + "…" : e.detail();
        db.inTransaction("recording action " + e.actionId(), c -> Rows.update(c, "INSERT INTO operator_action (action_id, step, "
                        + "operator, action, drone_id, sortie_id, outcome, detail, at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                e.actionId(), e.step(), e.operator(), e.action(), e.droneId(), e.sortieId().orElse(null), e.outcome(), detail,
                e.at().toEpochMilli()));
        return e;
    }

    /** The newest {@code limit} entries, oldest first. */
    public List<ActionEntry> recent(int limit) {
        return db.inTransaction("reading the action log", c -> {
            List<ActionEntry> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT action_id, step, operator, action, drone_id, sortie_id, outcome, "
                    + "detail, at_ms FROM operator_action ORDER BY seq DESC LIMIT ?")) {
                p.setInt(1, limit);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(new ActionEntry(r.getString(1), r.getInt(2), r.getString(3), r.getString(4), r.getString(5),
                                Optional.ofNullable(r.getString(6)), r.getString(7), r.getString(8), Instant.ofEpochMilli(r.getLong(9))));
                    }
                }
            }
            Collections.reverse(out);
            return out;
        });
    }

    static String newId() {
        StringBuilder b = new StringBuilder("A-");
        for (int i = 0; i < 8; i++) {
            b.append(ID_ALPHABET.charAt(RANDOM.nextInt(ID_ALPHABET.length())));
        }
        return b.toString();
    }
}
