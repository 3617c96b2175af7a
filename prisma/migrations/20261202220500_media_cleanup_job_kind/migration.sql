-- A job kind for the Media page's server-wide clean-ups (local media by age and size, the remote media cache).
ALTER TYPE "job_kind" ADD VALUE 'media_cleanup';
