-- Application tables of the foundation: users and their organizations, sessions, audit trail,
-- the CoC's service-type catalog, and extensions every feature relies on.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pgcrypto;

CREATE TABLE app_user (
  id varchar(32) PRIMARY KEY,
  username varchar(64) NOT NULL,
  first_name varchar(50) NOT NULL,
  last_name varchar(50) NOT NULL,
  email varchar(320),
  phone varchar(10),
  password_hash text NOT NULL,
  must_change_password boolean NOT NULL DEFAULT true,
  active boolean NOT NULL DEFAULT true,
  roles text[] NOT NULL DEFAULT '{}',
  current_organization_id varchar(32) REFERENCES organization (organization_id),
  failed_logins integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  security_question varchar(200),
  security_answer_hash text,
  last_login_at timestamptz,
  last_login_organization_id varchar(32) REFERENCES organization (organization_id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  created_by varchar(32),
  updated_by varchar(32),
  version integer NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX app_user_username_idx ON app_user (lower(username));

CREATE TABLE user_organization (
  user_id varchar(32) NOT NULL REFERENCES app_user (id),
  organization_id varchar(32) NOT NULL REFERENCES organization (organization_id),
  PRIMARY KEY (user_id, organization_id)
);

CREATE TABLE session (
  id varchar(64) PRIMARY KEY,
  user_id varchar(32) NOT NULL REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  ended_at timestamptz,
  ended_reason varchar(20),
  ip varchar(64),
  user_agent varchar(300)
);
CREATE INDEX session_user_idx ON session (user_id);

CREATE TABLE audit_event (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  user_id varchar(32),
  username varchar(64),
  organization_id varchar(32),
  action varchar(64) NOT NULL,
  entity_type varchar(64),
  entity_id varchar(64),
  client_id varchar(32),
  ip varchar(64),
  detail jsonb
);
CREATE INDEX audit_event_at_idx ON audit_event (at DESC);
CREATE INDEX audit_event_user_idx ON audit_event (user_id, at DESC);
CREATE INDEX audit_event_client_idx ON audit_event (client_id, at DESC);
CREATE INDEX audit_event_action_idx ON audit_event (action, at DESC);

CREATE TABLE service_type (
  id varchar(32) PRIMARY KEY,
  name varchar(100) NOT NULL,
  category varchar(100) NOT NULL,
  unit_label varchar(50) NOT NULL DEFAULT 'Unit',
  record_type integer,
  type_provided integer,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  created_by varchar(32),
  updated_by varchar(32),
  version integer NOT NULL DEFAULT 1,
  CONSTRAINT service_type_hud_pair CHECK ((record_type IS NULL) = (type_provided IS NULL))
);
CREATE UNIQUE INDEX service_type_name_idx ON service_type (lower(name));
