-- the operators' action log: every action asked on the dashboard and its result, append-only
CREATE TABLE operator_action (
    seq        INTEGER PRIMARY KEY,
    action_id  TEXT NOT NULL,
    step       INTEGER NOT NULL,
    operator   TEXT NOT NULL,
    action     TEXT NOT NULL,
    drone_id   TEXT NOT NULL,
    sortie_id  TEXT,
    outcome    TEXT NOT NULL,
    detail     TEXT NOT NULL,
    at_ms      BIGINT NOT NULL,
    UNIQUE (action_id, step)
);
CREATE TRIGGER operator_action_no_update BEFORE UPDATE ON operator_action BEGIN SELECT RAISE(ABORT, 'the action log is append-only'); END;
CREATE TRIGGER operator_action_no_delete BEFORE DELETE ON operator_action BEGIN SELECT RAISE(ABORT, 'the action log is append-only'); END;
