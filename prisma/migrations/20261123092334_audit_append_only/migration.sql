-- Hand-written. The audit log is append-only: an entry is written before the Synapse call and its
-- outcome after, and neither may change or disappear later, whatever the application does.
-- Row triggers refuse UPDATE and DELETE, statement triggers refuse TRUNCATE (which skips row triggers).
-- Dropping the tables (migrate reset) is still possible for the database owner.

CREATE FUNCTION "audit_refuse_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "audit_entry_no_update_delete"
  BEFORE UPDATE OR DELETE ON "audit_entry"
  FOR EACH ROW EXECUTE FUNCTION "audit_refuse_change"();

CREATE TRIGGER "audit_entry_no_truncate"
  BEFORE TRUNCATE ON "audit_entry"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_refuse_change"();

CREATE TRIGGER "audit_outcome_no_update_delete"
  BEFORE UPDATE OR DELETE ON "audit_outcome"
  FOR EACH ROW EXECUTE FUNCTION "audit_refuse_change"();

CREATE TRIGGER "audit_outcome_no_truncate"
  BEFORE TRUNCATE ON "audit_outcome"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_refuse_change"();

-- The console manages exactly one homeserver; its row id is always 'default'.
ALTER TABLE "homeserver" ADD CONSTRAINT "homeserver_single_row" CHECK ("id" = 'default');
