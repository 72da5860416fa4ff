-- Enrollment workflows: paused workflow drafts, case assignments, and indexes the household
-- and assessment queries need.

-- A workflow left part-way (intake, update/annual, exit, edits): every entered value and the
-- step it stopped at, so Resume returns exactly there. Deleted when the workflow finishes.
CREATE TABLE workflow_draft (
  id varchar(32) PRIMARY KEY,
  user_id varchar(32) NOT NULL REFERENCES app_user (id),
  organization_id varchar(32) REFERENCES organization (organization_id),
  kind varchar(20) NOT NULL,
  personal_id varchar(32),
  enrollment_id varchar(32),
  step varchar(120) NOT NULL,
  data jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  CONSTRAINT workflow_draft_kind CHECK (kind IN ('intake', 'assessment', 'exit', 'edit-entry', 'edit-exit'))
);
CREATE INDEX workflow_draft_user_idx ON workflow_draft (user_id, updated_at DESC);

-- Who is a client's case manager, from when to when. An enrollment's intake assigns one.
CREATE TABLE case_assignment (
  id varchar(32) PRIMARY KEY,
  personal_id varchar(32) NOT NULL REFERENCES client (personal_id) DEFERRABLE INITIALLY DEFERRED,
  user_id varchar(32) NOT NULL REFERENCES app_user (id),
  organization_id varchar(32) NOT NULL REFERENCES organization (organization_id),
  enrollment_id varchar(32) REFERENCES enrollment (enrollment_id) DEFERRABLE INITIALLY DEFERRED,
  start_date date NOT NULL,
  end_date date,
  end_reason varchar(20),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  created_by varchar(32),
  updated_by varchar(32),
  version integer NOT NULL DEFAULT 1,
  CONSTRAINT case_assignment_dates CHECK (end_date IS NULL OR end_date >= start_date),
  CONSTRAINT case_assignment_end_reason CHECK (end_reason IS NULL OR end_reason IN ('exit', 'ended'))
);
CREATE INDEX case_assignment_user_active_idx ON case_assignment (user_id) WHERE end_date IS NULL;
CREATE INDEX case_assignment_client_idx ON case_assignment (personal_id);
CREATE INDEX case_assignment_enrollment_idx ON case_assignment (enrollment_id);

CREATE INDEX enrollment_household_id_idx ON enrollment (household_id);
CREATE INDEX enrollment_client_project_idx ON enrollment (personal_id, project_id);
CREATE INDEX income_benefits_stage_idx ON income_benefits (enrollment_id, data_collection_stage, information_date);
CREATE INDEX health_and_dv_stage_idx ON health_and_dv (enrollment_id, data_collection_stage, information_date);
CREATE INDEX disabilities_stage_idx ON disabilities (enrollment_id, data_collection_stage, information_date);
