-- Services recorded in Hearth, with the HUD `services` row they feed (for HUD-mapped types),
-- requests to delete someone else's service, scanned service batches and case notes.

CREATE TABLE case_note (
  id varchar(32) PRIMARY KEY,
  personal_id varchar(32) NOT NULL REFERENCES client (personal_id) DEFERRABLE INITIALLY DEFERRED,
  -- Case notes are private to the organization that wrote them.
  organization_id varchar(32) NOT NULL REFERENCES organization (organization_id),
  enrollment_id varchar(32) REFERENCES enrollment (enrollment_id) DEFERRABLE INITIALLY DEFERRED,
  note_date date NOT NULL,
  title varchar(200) NOT NULL,
  note text NOT NULL,
  read_only boolean NOT NULL DEFAULT false,
  author_id varchar(32) NOT NULL REFERENCES app_user (id),
  deleted_at timestamptz,
  deleted_by varchar(32),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  created_by varchar(32),
  updated_by varchar(32),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX case_note_client_idx ON case_note (personal_id, organization_id, note_date DESC);

CREATE TABLE service_batch (
  id varchar(32) PRIMARY KEY,
  name varchar(100) NOT NULL,
  organization_id varchar(32) NOT NULL REFERENCES organization (organization_id),
  project_id varchar(32) NOT NULL REFERENCES project (project_id) DEFERRABLE INITIALLY DEFERRED,
  service_type_id varchar(32) NOT NULL REFERENCES service_type (id),
  date_provided date NOT NULL,
  units numeric(10,2) NOT NULL CHECK (units > 0),
  unit_value numeric(12,2) NOT NULL DEFAULT 0 CHECK (unit_value >= 0),
  status varchar(10) NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'posted')),
  posted_at timestamptz,
  posted_by varchar(32),
  posted_count integer,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  created_by varchar(32),
  updated_by varchar(32),
  version integer NOT NULL DEFAULT 1,
  CONSTRAINT service_batch_posted CHECK ((status = 'posted') = (posted_at IS NOT NULL))
);
CREATE INDEX service_batch_org_idx ON service_batch (organization_id, created_at DESC);

CREATE TABLE service_batch_entry (
  id varchar(32) PRIMARY KEY,
  batch_id varchar(32) NOT NULL REFERENCES service_batch (id),
  -- Scan order, so the first of two identical scans is the one kept.
  scan_order bigserial NOT NULL,
  personal_id varchar(32) NOT NULL REFERENCES client (personal_id) DEFERRABLE INITIALLY DEFERRED,
  removed_at timestamptz,
  removed_by varchar(32),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  created_by varchar(32),
  updated_by varchar(32),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX service_batch_entry_batch_idx ON service_batch_entry (batch_id, scan_order);

CREATE TABLE service (
  id varchar(32) PRIMARY KEY,
  service_type_id varchar(32) NOT NULL REFERENCES service_type (id),
  enrollment_id varchar(32) NOT NULL REFERENCES enrollment (enrollment_id) DEFERRABLE INITIALLY DEFERRED,
  personal_id varchar(32) NOT NULL REFERENCES client (personal_id) DEFERRABLE INITIALLY DEFERRED,
  project_id varchar(32) NOT NULL REFERENCES project (project_id) DEFERRABLE INITIALLY DEFERRED,
  date_provided date NOT NULL,
  units numeric(10,2) NOT NULL CHECK (units > 0),
  unit_value numeric(12,2) NOT NULL DEFAULT 0 CHECK (unit_value >= 0),
  bed_night boolean NOT NULL DEFAULT false,
  -- The HUD Services row this service is exported as (HUD-mapped service types only).
  services_id varchar(32) REFERENCES services (services_id) DEFERRABLE INITIALLY DEFERRED,
  organization_id varchar(32) NOT NULL REFERENCES organization (organization_id),
  recorded_by varchar(32) NOT NULL REFERENCES app_user (id),
  case_note_id varchar(32) REFERENCES case_note (id),
  batch_entry_id varchar(32) REFERENCES service_batch_entry (id),
  deleted_at timestamptz,
  deleted_by varchar(32),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  created_by varchar(32),
  updated_by varchar(32),
  version integer NOT NULL DEFAULT 1
);
-- A night in a shelter counts once per client, date and project.
CREATE UNIQUE INDEX service_bed_night_once ON service (personal_id, project_id, date_provided)
  WHERE bed_night AND deleted_at IS NULL;
-- A scanned batch entry becomes at most one service, however often the batch is posted.
CREATE UNIQUE INDEX service_batch_entry_once ON service (batch_entry_id) WHERE batch_entry_id IS NOT NULL;
CREATE INDEX service_client_idx ON service (personal_id, date_provided DESC);
CREATE INDEX service_recorded_by_idx ON service (recorded_by, date_provided DESC);
CREATE INDEX service_enrollment_idx ON service (enrollment_id);
CREATE INDEX service_case_note_idx ON service (case_note_id) WHERE case_note_id IS NOT NULL;
CREATE INDEX services_bed_night_idx ON services (personal_id, date_provided) WHERE record_type = 200;

CREATE TABLE service_deletion_request (
  id varchar(32) PRIMARY KEY,
  service_id varchar(32) NOT NULL REFERENCES service (id),
  organization_id varchar(32) REFERENCES organization (organization_id),
  reason varchar(500) NOT NULL,
  status varchar(10) NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'approved', 'declined')),
  resolved_at timestamptz,
  resolved_by varchar(32),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  created_by varchar(32),
  updated_by varchar(32),
  version integer NOT NULL DEFAULT 1
);
-- One open request per service: asking twice does not queue the same work twice.
CREATE UNIQUE INDEX service_deletion_request_open ON service_deletion_request (service_id) WHERE status = 'open';
CREATE INDEX service_deletion_request_status_idx ON service_deletion_request (status, created_at);
