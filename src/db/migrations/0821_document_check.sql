-- Document Check: the verification documents a housing referral needs, kept apart from Client
-- Files and private to the organizations working with the client (docs/decisions.md).
CREATE TABLE document_type (
  id varchar(32) PRIMARY KEY,
  name varchar(100) NOT NULL,
  description varchar(300),
  -- Required of every client in Document Check, or only for referrals to these HUD project types.
  required boolean NOT NULL DEFAULT false,
  required_project_types integer[] NOT NULL DEFAULT '{}',
  active boolean NOT NULL DEFAULT true,
  sort_order integer NOT NULL DEFAULT 100,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  created_by varchar(32),
  updated_by varchar(32),
  version integer NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX document_type_name_idx ON document_type (lower(name));

-- The CoC's starting list (HMIS admins change it under Admin → Document types).
-- Project types: 3 PSH, 13 RRH, 2 TH (HUD 2.02.6).
INSERT INTO document_type (id, name, description, required, required_project_types, sort_order) VALUES
  ('DOC-PHOTO-ID', 'Photo ID', 'Driver''s license, state ID, passport or other photo identification', true, '{}', 10),
  ('DOC-SSN-CARD', 'Social Security card', NULL, false, '{3,13}', 20),
  ('DOC-BIRTH-CERT', 'Birth certificate', NULL, false, '{}', 30),
  ('DOC-INCOME', 'Income verification', 'Pay stubs, benefit letters or a self-declaration of no income', false, '{3,13,2}', 40),
  ('DOC-DISABILITY', 'Disability verification', 'Verification of disability from a licensed professional', false, '{3}', 50),
  ('DOC-HOMELESS', 'Homelessness verification', 'Third-party or self-certification of homeless status', true, '{}', 60),
  ('DOC-DD214', 'DD-214', 'Certificate of release or discharge from active duty (veterans)', false, '{}', 70),
  ('DOC-OTHER', 'Other verification', NULL, false, '{}', 900);

CREATE TABLE client_document (
  id varchar(32) PRIMARY KEY,
  personal_id varchar(32) NOT NULL REFERENCES client (personal_id) DEFERRABLE INITIALLY DEFERRED,
  document_type_id varchar(32) NOT NULL REFERENCES document_type (id),
  status varchar(10) NOT NULL CHECK (status IN ('requested', 'received', 'verified', 'expired')),
  verified_on date,
  verified_by varchar(32) REFERENCES app_user (id),
  expires_on date,
  note varchar(500),
  -- The organization that added it: it, and the organizations of the client's active case
  -- managers, see it (never outside a victim-service provider that added it).
  organization_id varchar(32) NOT NULL REFERENCES organization (organization_id),
  file_name varchar(255),
  content_type varchar(100),
  size_bytes bigint,
  storage_key varchar(200),
  deleted_at timestamptz,
  deleted_by varchar(32),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  created_by varchar(32),
  updated_by varchar(32),
  version integer NOT NULL DEFAULT 1,
  CONSTRAINT client_document_expiry CHECK (expires_on IS NULL OR verified_on IS NULL OR expires_on >= verified_on),
  CONSTRAINT client_document_verified CHECK (status <> 'verified' OR (verified_on IS NOT NULL AND verified_by IS NOT NULL)),
  CONSTRAINT client_document_file CHECK ((storage_key IS NULL) = (file_name IS NULL))
);
CREATE INDEX client_document_client_idx ON client_document (personal_id) WHERE deleted_at IS NULL;
CREATE INDEX client_document_expiry_idx ON client_document (expires_on) WHERE deleted_at IS NULL;

-- Keys Hearth generates for itself (the Document Check file key when HEARTH_FILE_KEY is unset).
CREATE TABLE app_secret (
  name varchar(64) PRIMARY KEY,
  value text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
