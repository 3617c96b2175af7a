-- Hand-written. Token webhooks go to public https addresses only; an admin may allow one account's
-- webhook a private, loopback or link-local address (and plain http), for receivers inside the network.
ALTER TABLE "managed_account" ADD COLUMN "webhook_allow_private" BOOLEAN NOT NULL DEFAULT false;
