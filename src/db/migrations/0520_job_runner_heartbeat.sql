-- Which app server runs a job, and when it last said so: with several app servers, a job whose
-- server stopped (crash, kill -9, machine lost) is recognised by its stale heartbeat and marked
-- interrupted by whichever server starts next, instead of looking "running" for hours.
ALTER TABLE job_run ADD COLUMN runner varchar(100);
ALTER TABLE job_run ADD COLUMN heartbeat_at timestamptz;
