-- deliveries, their transition history, sorties
CREATE TABLE delivery (
    id              TEXT PRIMARY KEY,
    import_key      TEXT UNIQUE,
    requester       TEXT NOT NULL,
    recipient_label TEXT NOT NULL,
    recipient_phone TEXT NOT NULL,
    recipient_key   TEXT NOT NULL,
    drop_point_id   TEXT,
    drop_name       TEXT NOT NULL,
    drop_lat        DOUBLE PRECISION NOT NULL,
    drop_lon        DOUBLE PRECISION NOT NULL,
    items           TEXT NOT NULL,
    items_key       TEXT NOT NULL,
    weight_g        INTEGER NOT NULL,
    priority        TEXT NOT NULL,
    priority_rank   INTEGER NOT NULL,
    deadline_ms     BIGINT,
    requested_ms    BIGINT NOT NULL,
    intake_order    INTEGER NOT NULL,
    duplicate_of    TEXT,
    state           TEXT NOT NULL,
    version         INTEGER NOT NULL,
    state_ms        BIGINT NOT NULL,
    state_reason    TEXT NOT NULL,
    sortie_id       TEXT,
    claim_id        TEXT,
    claim_until_ms  BIGINT
);
CREATE INDEX delivery_queue ON delivery (state, priority_rank, requested_ms, intake_order);
CREATE INDEX delivery_recipient ON delivery (recipient_key, items_key);
CREATE TABLE delivery_transition (
    delivery_id TEXT NOT NULL REFERENCES delivery (id),
    number      INTEGER NOT NULL,
    from_state  TEXT,
    to_state    TEXT NOT NULL,
    reason      TEXT NOT NULL CHECK (length(reason) > 0),
    at_ms       BIGINT NOT NULL,
    PRIMARY KEY (delivery_id, number)
);
CREATE TABLE sortie (
    id         TEXT PRIMARY KEY,
    drone_id   TEXT NOT NULL,
    created_ms BIGINT NOT NULL,
    closed_ms  BIGINT
);
CREATE INDEX sortie_drone ON sortie (drone_id, created_ms);
CREATE TABLE sortie_parcel (
    sortie_id   TEXT NOT NULL REFERENCES sortie (id),
    delivery_id TEXT NOT NULL REFERENCES delivery (id),
    position    INTEGER NOT NULL,
    PRIMARY KEY (sortie_id, delivery_id)
);
