-- Coordinated Access (CAS): the CoC's CAS set-up (lead organization, CAS administrators,
-- prioritizing users, one CAS contact per housing provider), its area list and assessment
-- tools, clients' area ties, and the referral details HUD's Event row has no column for.
-- Assessments, their questions and results, and CE events live in HUD's own tables.

-- One row: the CoC's CAS settings.
CREATE TABLE cas_settings (
  id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  lead_organization_id varchar(32) REFERENCES organization (organization_id),
  no_contact_days integer NOT NULL DEFAULT 30 CHECK (no_contact_days BETWEEN 1 AND 365),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by varchar(32),
  version integer NOT NULL DEFAULT 1
);
INSERT INTO cas_settings (id) VALUES (1);

-- Who administers CAS and who prioritizes households on the queue.
CREATE TABLE cas_user_role (
  user_id varchar(32) NOT NULL REFERENCES app_user (id),
  role varchar(20) NOT NULL CHECK (role IN ('admin', 'prioritizer')),
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by varchar(32),
  PRIMARY KEY (user_id, role)
);

-- The one user a housing provider (organization) names to receive its CAS referrals.
CREATE TABLE cas_provider_contact (
  organization_id varchar(32) PRIMARY KEY REFERENCES organization (organization_id),
  user_id varchar(32) NOT NULL REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by varchar(32)
);

-- Places a household can have ties to (the CoC's list).
CREATE TABLE cas_area (
  id varchar(32) PRIMARY KEY,
  name varchar(100) NOT NULL,
  active boolean NOT NULL DEFAULT true,
  sort_order integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  created_by varchar(32),
  updated_by varchar(32),
  version integer NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX cas_area_name_idx ON cas_area (lower(name));

-- A client's tie to an area and how (lived there, family, work…). Removed ties stay, marked.
CREATE TABLE cas_area_tie (
  id varchar(32) PRIMARY KEY,
  personal_id varchar(32) NOT NULL REFERENCES client (personal_id) DEFERRABLE INITIALLY DEFERRED,
  area_id varchar(32) NOT NULL REFERENCES cas_area (id),
  tie_kind varchar(20) NOT NULL CHECK (tie_kind IN ('lived', 'family', 'work', 'school', 'services', 'other')),
  note varchar(200),
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by varchar(32),
  removed_at timestamptz,
  removed_by varchar(32)
);
CREATE INDEX cas_area_tie_client_idx ON cas_area_tie (personal_id) WHERE removed_at IS NULL;
CREATE INDEX cas_area_tie_area_idx ON cas_area_tie (area_id) WHERE removed_at IS NULL;

-- An assessment tool of the CoC: its questions, answer options and points, as data.
CREATE TABLE cas_assessment_tool (
  id varchar(32) PRIMARY KEY,
  name varchar(100) NOT NULL,
  assessment_level integer NOT NULL,
  score_name varchar(100) NOT NULL DEFAULT 'Total score',
  band_name varchar(100),
  bands jsonb NOT NULL DEFAULT '[]',
  questions jsonb NOT NULL DEFAULT '[]',
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  created_by varchar(32),
  updated_by varchar(32),
  version integer NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX cas_assessment_tool_name_idx ON cas_assessment_tool (lower(name));

-- A referral to a housing project: the HUD Event row (4.20) plus the project referred to and
-- the provider's side of the outcome.
CREATE TABLE cas_referral (
  event_id varchar(32) PRIMARY KEY REFERENCES event (event_id) DEFERRABLE INITIALLY DEFERRED,
  project_id varchar(32) NOT NULL REFERENCES project (project_id),
  referred_by varchar(32) NOT NULL,
  comment varchar(500),
  provider_result varchar(10) CHECK (provider_result IN ('enrolled', 'rejected', 'no_show')),
  result_comment varchar(500),
  result_by varchar(32),
  result_enrollment_id varchar(32) REFERENCES enrollment (enrollment_id) DEFERRABLE INITIALLY DEFERRED,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX cas_referral_project_idx ON cas_referral (project_id);

-- Two more workflows: the CAS & Diversion intake and the intake started from a referral.
ALTER TABLE workflow_draft DROP CONSTRAINT workflow_draft_kind;
ALTER TABLE workflow_draft ADD CONSTRAINT workflow_draft_kind
  CHECK (kind IN ('intake', 'assessment', 'exit', 'edit-entry', 'edit-exit', 'cas-intake', 'referral-intake'));
