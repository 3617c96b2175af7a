-- What a running run is waiting for (Synapse down or rate limiting), shown on its page.
ALTER TABLE "job_run" ADD COLUMN "waiting_for" TEXT;
