-- the transition history is append-only: the database refuses to change or delete an entry
CREATE TRIGGER delivery_transition_no_update BEFORE UPDATE ON delivery_transition BEGIN SELECT RAISE(ABORT, 'the delivery history is append-only'); END;
CREATE TRIGGER delivery_transition_no_delete BEFORE DELETE ON delivery_transition BEGIN SELECT RAISE(ABORT, 'the delivery history is append-only'); END;
