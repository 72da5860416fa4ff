-- Background jobs (exports, imports, long reports), the files they produce (Files on Server),
-- the findings of an import, and users' saved report settings. pg-boss runs the jobs; these
-- tables are what screens and the API read, so they never depend on pg-boss internals.
CREATE TABLE job_run (
  id varchar(32) PRIMARY KEY,
  kind varchar(40) NOT NULL,
  title varchar(200) NOT NULL,
  status varchar(10) NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed')),
  progress integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
  progress_note varchar(200),
  owner_id varchar(32) NOT NULL REFERENCES app_user (id),
  organization_id varchar(32),
  parameters jsonb NOT NULL DEFAULT '{}',
  result jsonb,
  error varchar(1000),
  file_id varchar(32),
  queued_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  finished_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX job_run_owner_idx ON job_run (owner_id, queued_at DESC);
CREATE INDEX job_run_status_idx ON job_run (status) WHERE status IN ('queued', 'running');

-- One row per problem an import found: file, line and column as a data person needs them.
CREATE TABLE job_finding (
  id bigserial PRIMARY KEY,
  job_id varchar(32) NOT NULL REFERENCES job_run (id) ON DELETE CASCADE,
  severity varchar(14) NOT NULL CHECK (severity IN ('high_priority', 'error', 'warning')),
  check_id varchar(40) NOT NULL,
  file varchar(40),
  line integer,
  column_name varchar(60),
  record_id varchar(100),
  value varchar(200),
  message varchar(1000) NOT NULL
);
CREATE INDEX job_finding_job_idx ON job_finding (job_id, id);

CREATE TABLE stored_file (
  id varchar(32) PRIMARY KEY,
  owner_id varchar(32) NOT NULL REFERENCES app_user (id),
  job_id varchar(32) REFERENCES job_run (id),
  name varchar(200) NOT NULL,
  content_type varchar(100) NOT NULL,
  size_bytes bigint NOT NULL DEFAULT 0,
  storage_key varchar(300) NOT NULL,
  contains_client_data boolean NOT NULL DEFAULT false,
  expires_at timestamptz,
  deleted_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX stored_file_owner_idx ON stored_file (owner_id, created_at DESC);
CREATE INDEX stored_file_expiry_idx ON stored_file (expires_at) WHERE deleted_at IS NULL;

CREATE TABLE saved_report_setting (
  id varchar(32) PRIMARY KEY,
  owner_id varchar(32) NOT NULL REFERENCES app_user (id),
  report varchar(40) NOT NULL,
  name varchar(100) NOT NULL,
  parameters jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX saved_report_setting_name_idx ON saved_report_setting (owner_id, report, lower(name));
