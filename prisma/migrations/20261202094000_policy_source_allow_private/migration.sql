-- Hand-written. The policy's URL source is pulled from public https addresses only; an admin may
-- allow a private, loopback or link-local address (and plain http), as for token webhooks.
ALTER TABLE "policy_settings" ADD COLUMN "source_allow_private" BOOLEAN NOT NULL DEFAULT false;
