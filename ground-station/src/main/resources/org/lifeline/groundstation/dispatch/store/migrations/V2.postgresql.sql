-- the transition history is append-only: the database refuses to change or delete an entry
CREATE FUNCTION delivery_history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'the delivery history is append-only'; END $$;
CREATE TRIGGER delivery_transition_append_only BEFORE UPDATE OR DELETE ON delivery_transition FOR EACH ROW EXECUTE FUNCTION delivery_history_append_only();
