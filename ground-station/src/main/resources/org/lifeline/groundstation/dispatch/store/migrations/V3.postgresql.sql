-- the operators' action log: every action asked on the dashboard and its result, append-only
CREATE TABLE operator_action (
    seq        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
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
CREATE FUNCTION operator_action_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'the action log is append-only'; END $$;
CREATE TRIGGER operator_action_append_only BEFORE UPDATE OR DELETE ON operator_action FOR EACH ROW EXECUTE FUNCTION operator_action_append_only();
