-- A job kind for a scheduled stale-device clean-up that scans afresh and applies its saved rule at each run.
ALTER TYPE "job_kind" ADD VALUE 'stale_device_cleanup';
