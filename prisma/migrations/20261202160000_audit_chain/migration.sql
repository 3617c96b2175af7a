-- Hand-written. The audit log becomes a hash chain, so a row changed or removed behind the app's
-- back (a database superuser who disables the append-only triggers) is found by `npm run audit:verify`.
--
-- Entries and outcomes are links of one chain, numbered by chain_seq. The app computes each row's
-- content_hash: SHA-256 of the canonical JSON (RFC 8785) of its content (lib/audit/chain.ts). This
-- trigger, the only writer of the chain columns, takes the chain's lock, reads the head and sets
--   chain_seq = head's + 1, prev_hash = head's hash (32 zero bytes for the first link),
--   hash = SHA-256(prev_hash || content_hash).
-- The lock is held until the inserting transaction commits; audit rows are written in transactions
-- of their own, so that is one statement. Rows written before this migration have no chain_seq and
-- are reported by the verifier as written before the chain began.
--
-- An outcome also keeps the changes its action made, as a list of {field, from, to}.

-- The job run an entry was written by (lib/jobs/job-run-scope.ts), so a run's changes are found.
ALTER TABLE "audit_entry"
  ADD COLUMN "job_run_id" UUID,
  ADD COLUMN "chain_seq" BIGINT,
  ADD COLUMN "content_hash" BYTEA,
  ADD COLUMN "prev_hash" BYTEA,
  ADD COLUMN "hash" BYTEA;

ALTER TABLE "audit_outcome"
  ADD COLUMN "changes" JSONB,
  ADD COLUMN "chain_seq" BIGINT,
  ADD COLUMN "content_hash" BYTEA,
  ADD COLUMN "prev_hash" BYTEA,
  ADD COLUMN "hash" BYTEA;

CREATE UNIQUE INDEX "audit_entry_chain_seq_key" ON "audit_entry" ("chain_seq");
CREATE UNIQUE INDEX "audit_outcome_chain_seq_key" ON "audit_outcome" ("chain_seq");

-- History filters (lib/data/audit-history.ts), newest first by "at". Actor, target and time range
-- use the init migration's (actor_id, at), (target_type, target_id, at) and (at); a job run has
-- its own. An action prefix (`action ^@ 'user.'`) is found in an SP-GiST index, whatever the
-- database's collation; a prefix common enough is read off (at) backwards instead.
CREATE INDEX "audit_entry_action_idx" ON "audit_entry" USING SPGIST ("action" text_ops);
CREATE INDEX "audit_entry_job_run_id_at_idx" ON "audit_entry" ("job_run_id", "at");

CREATE FUNCTION "audit_chain_link"() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  head_seq BIGINT;
  head_hash BYTEA;
BEGIN
  IF NEW.content_hash IS NULL OR length(NEW.content_hash) <> 32 THEN
    RAISE EXCEPTION '% needs the SHA-256 of its content (content_hash)', TG_TABLE_NAME
      USING ERRCODE = 'not_null_violation';
  END IF;
  -- One writer at a time; each following statement of this VOLATILE function sees what the
  -- previous holder committed.
  PERFORM pg_advisory_xact_lock(hashtext('synapse-console audit chain'));
  SELECT heads.seq, heads.hash INTO head_seq, head_hash FROM (
    (SELECT chain_seq AS seq, hash FROM audit_entry
      WHERE chain_seq IS NOT NULL ORDER BY chain_seq DESC LIMIT 1)
    UNION ALL
    (SELECT chain_seq AS seq, hash FROM audit_outcome
      WHERE chain_seq IS NOT NULL ORDER BY chain_seq DESC LIMIT 1)
  ) AS heads ORDER BY heads.seq DESC LIMIT 1;
  NEW.chain_seq := coalesce(head_seq, 0) + 1;
  NEW.prev_hash := coalesce(head_hash, '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea);
  NEW.hash := sha256(NEW.prev_hash || NEW.content_hash);
  RETURN NEW;
END;
$$;

CREATE TRIGGER "audit_entry_chain_link"
  BEFORE INSERT ON "audit_entry"
  FOR EACH ROW EXECUTE FUNCTION "audit_chain_link"();

CREATE TRIGGER "audit_outcome_chain_link"
  BEFORE INSERT ON "audit_outcome"
  FOR EACH ROW EXECUTE FUNCTION "audit_chain_link"();

-- The "Verify the log" button runs the chain verifier as a job (lib/jobs/kinds/audit-verify.ts).
ALTER TYPE "job_kind" ADD VALUE IF NOT EXISTS 'audit_verify';
