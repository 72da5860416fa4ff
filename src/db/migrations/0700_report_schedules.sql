-- Scheduled reports: a report with its parameters, run once at a chosen time or daily / weekly /
-- monthly at that time of day, as the organization its owner worked as when scheduling it. A
-- pg-boss cron tick claims due rows (FOR UPDATE SKIP LOCKED), moves next_run_at on and queues
-- the run, so each run happens once however many app servers there are.
CREATE TABLE report_schedule (
  id varchar(32) PRIMARY KEY,
  owner_id varchar(32) NOT NULL REFERENCES app_user (id),
  organization_id varchar(32) NOT NULL REFERENCES organization (organization_id),
  report varchar(40) NOT NULL,
  name varchar(100) NOT NULL,
  parameters jsonb NOT NULL,
  format varchar(4) NOT NULL CHECK (format IN ('xlsx', 'pdf', 'csv')),
  frequency varchar(7) NOT NULL CHECK (frequency IN ('once', 'daily', 'weekly', 'monthly')),
  first_run_at timestamptz NOT NULL,
  next_run_at timestamptz,
  paused boolean NOT NULL DEFAULT false,
  last_run_at timestamptz,
  last_job_id varchar(32) REFERENCES job_run (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX report_schedule_owner_idx ON report_schedule (owner_id, created_at DESC);
CREATE INDEX report_schedule_due_idx ON report_schedule (next_run_at) WHERE NOT paused AND next_run_at IS NOT NULL;
