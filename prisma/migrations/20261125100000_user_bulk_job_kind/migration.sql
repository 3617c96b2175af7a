-- Bulk changes to the users selected in the users list run as jobs, with progress and a result per user.
ALTER TYPE "job_kind" ADD VALUE 'user_bulk';
