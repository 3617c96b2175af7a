-- Tokens minted by Synapse's admin login-as-user have no device, so deleting a device cannot end
-- them; the rotation keeps the old token (encrypted) until its grace period is over and logs it out.
ALTER TABLE "pending_revocation" ADD COLUMN "token_encrypted" TEXT;
