-- A case manager's request that an HMIS admin re-enter an enrollment exited more than 90 days ago
-- (only an admin may), settled by the admin in Admin → Re-entry requests.
CREATE TABLE reentry_request (
  id varchar(32) PRIMARY KEY,
  enrollment_id varchar(32) NOT NULL,
  personal_id varchar(32) NOT NULL,
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
-- One open request per enrollment: asking twice does not queue the same work twice.
CREATE UNIQUE INDEX reentry_request_open ON reentry_request (enrollment_id) WHERE status = 'open';
CREATE INDEX reentry_request_status_idx ON reentry_request (status, created_at);
