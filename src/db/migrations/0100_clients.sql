-- Clients: the PersonalID sequence, name keys and indexes for Find Client, and the app tables of
-- the clients feature (profile, photo, files, interested others, duplicates and merges).

-- New clients get short numeric IDs a scanner or a keyboard can type; imported IDs keep theirs.
CREATE SEQUENCE client_personal_id_seq START WITH 1000001;

-- A name as search and duplicate checks compare it: no accents, lower case, letters and digits
-- only ("O'Brien-Peña" → "obrienpena"). unaccent() is only STABLE (its dictionary could change),
-- so it is called through this IMMUTABLE function, which expression indexes require.
CREATE FUNCTION hearth_name_key(text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, $1)), '[^a-z0-9]+', '', 'g') $$;

-- A full SSN that could have been issued (the rule of validate-client.ts, for SQL reports).
CREATE FUNCTION hearth_valid_ssn(text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT $1 ~ '^[0-8][0-9]{8}$' AND left($1, 3) NOT IN ('000', '666') AND substr($1, 4, 2) <> '00'
  AND right($1, 4) <> '0000' AND $1 !~ '^(.)\1{8}$' AND $1 NOT IN ('123456789', '078051120', '219099999') $$;

-- Prefix search ("mar qui") and one-typo search: the name with one part exact and the other
-- matching on its first or last letters (a single typo leaves one end of a word intact).
CREATE INDEX client_search_last_first_idx
  ON client (hearth_name_key(last_name) text_pattern_ops, hearth_name_key(first_name) text_pattern_ops);
CREATE INDEX client_search_first_last_idx
  ON client (hearth_name_key(first_name) text_pattern_ops, hearth_name_key(last_name) text_pattern_ops);
CREATE INDEX client_search_first_last_rev_idx
  ON client (hearth_name_key(first_name) text_pattern_ops, reverse(hearth_name_key(last_name)) text_pattern_ops);
CREATE INDEX client_search_last_first_rev_idx
  ON client (hearth_name_key(last_name) text_pattern_ops, reverse(hearth_name_key(first_name)) text_pattern_ops);
-- Sound-alike names (Double Metaphone: "Quiñones" and "Kinones").
CREATE INDEX client_search_metaphone_idx
  ON client (dmetaphone(hearth_name_key(last_name)), dmetaphone(hearth_name_key(first_name)));
-- Everything else that is fuzzy: trigram similarity of the whole name.
CREATE INDEX client_search_trigram_idx
  ON client USING gin ((hearth_name_key(first_name) || ' ' || hearth_name_key(last_name)) gin_trgm_ops);
CREATE INDEX client_search_dob_idx ON client (dob);
CREATE INDEX client_search_ssn_idx ON client (ssn);
CREATE INDEX client_search_ssn_last4_idx ON client (right(ssn, 4));

-- What Hearth knows about a client beyond the HUD record: who created it, whether it is
-- restricted to one organization (victim-service providers' clients always are), the current
-- photo, and the survivor when this record was merged into another.
CREATE TABLE client_profile (
  personal_id varchar(32) PRIMARY KEY REFERENCES client (personal_id) DEFERRABLE INITIALLY DEFERRED,
  created_organization_id varchar(32) REFERENCES organization (organization_id),
  restricted_organization_id varchar(32) REFERENCES organization (organization_id),
  photo_id varchar(32),
  merged_into varchar(32),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  created_by varchar(32),
  updated_by varchar(32),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX client_profile_restricted_idx ON client_profile (restricted_organization_id)
  WHERE restricted_organization_id IS NOT NULL;

CREATE TABLE client_photo (
  id varchar(32) PRIMARY KEY,
  personal_id varchar(32) NOT NULL REFERENCES client (personal_id) DEFERRABLE INITIALLY DEFERRED,
  storage_key varchar(200) NOT NULL,
  thumbnail_key varchar(200) NOT NULL,
  width integer NOT NULL,
  height integer NOT NULL,
  size_bytes integer NOT NULL,
  organization_id varchar(32),
  removed_at timestamptz,
  removed_by varchar(32),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  created_by varchar(32),
  updated_by varchar(32),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX client_photo_personal_id_idx ON client_photo (personal_id);

-- Client Files: shared CoC-wide like enrollments, except the "restricted" category, which only
-- the uploading organization sees.
CREATE TABLE client_file (
  id varchar(32) PRIMARY KEY,
  personal_id varchar(32) NOT NULL REFERENCES client (personal_id) DEFERRABLE INITIALLY DEFERRED,
  name varchar(200) NOT NULL,
  file_name varchar(255) NOT NULL,
  content_type varchar(150) NOT NULL,
  size_bytes bigint NOT NULL,
  category varchar(40) NOT NULL,
  organization_id varchar(32) NOT NULL REFERENCES organization (organization_id),
  storage_key varchar(200) NOT NULL,
  deleted_at timestamptz,
  deleted_by varchar(32),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  created_by varchar(32),
  updated_by varchar(32),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX client_file_personal_id_idx ON client_file (personal_id);

CREATE TABLE interested_other (
  id varchar(32) PRIMARY KEY,
  personal_id varchar(32) NOT NULL REFERENCES client (personal_id) DEFERRABLE INITIALLY DEFERRED,
  other_type varchar(40) NOT NULL,
  description varchar(200),
  name varchar(100) NOT NULL,
  relationship varchar(100),
  aware_of_situation boolean,
  phone varchar(20),
  email varchar(320),
  address varchar(300),
  organization_id varchar(32),
  deleted_at timestamptz,
  deleted_by varchar(32),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  created_by varchar(32),
  updated_by varchar(32),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX interested_other_personal_id_idx ON interested_other (personal_id);

-- "These two records are the same person", sent by any user (the seed's ticket with both IDs).
-- The pair is stored in ID order (byte order, as JavaScript compares) so one pair has one row.
CREATE TABLE client_duplicate_flag (
  id varchar(32) PRIMARY KEY,
  personal_id_a varchar(32) NOT NULL,
  personal_id_b varchar(32) NOT NULL,
  note varchar(500),
  status varchar(20) NOT NULL DEFAULT 'open',
  organization_id varchar(32),
  resolved_at timestamptz,
  resolved_by varchar(32),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  created_by varchar(32),
  updated_by varchar(32),
  version integer NOT NULL DEFAULT 1,
  CONSTRAINT client_duplicate_flag_order CHECK (personal_id_a < personal_id_b COLLATE "C"),
  CONSTRAINT client_duplicate_flag_status CHECK (status IN ('open', 'merged', 'not_duplicate'))
);
CREATE UNIQUE INDEX client_duplicate_flag_open_idx ON client_duplicate_flag (personal_id_a, personal_id_b)
  WHERE status = 'open';

-- Someone looked at a pair and said "not the same person": at create time ("none of these is
-- this person") or from the Duplicate Candidates report. Such pairs leave the report.
CREATE TABLE client_not_duplicate (
  personal_id_a varchar(32) NOT NULL,
  personal_id_b varchar(32) NOT NULL,
  reason varchar(30) NOT NULL,
  organization_id varchar(32),
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by varchar(32),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (personal_id_a, personal_id_b),
  CONSTRAINT client_not_duplicate_order CHECK (personal_id_a < personal_id_b COLLATE "C")
);

-- A merge and everything needed to undo it exactly: both client rows and the survivor's profile
-- as they were, the survivor as the merge left it, and the key of every row the merge moved.
CREATE TABLE client_merge (
  id varchar(32) PRIMARY KEY,
  survivor_id varchar(32) NOT NULL,
  merged_id varchar(32) NOT NULL,
  choices jsonb NOT NULL,
  survivor_before jsonb NOT NULL,
  survivor_after jsonb NOT NULL,
  merged_before jsonb NOT NULL,
  survivor_profile_before jsonb,
  merged_profile_before jsonb,
  moved_counts jsonb NOT NULL,
  organization_id varchar(32),
  undone_at timestamptz,
  undone_by varchar(32),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  created_by varchar(32),
  updated_by varchar(32),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX client_merge_survivor_idx ON client_merge (survivor_id);
CREATE INDEX client_merge_merged_idx ON client_merge (merged_id);

CREATE TABLE client_merge_moved_row (
  id bigserial PRIMARY KEY,
  merge_id varchar(32) NOT NULL REFERENCES client_merge (id),
  table_name varchar(63) NOT NULL,
  column_name varchar(63) NOT NULL,
  row_key jsonb NOT NULL
);
CREATE INDEX client_merge_moved_row_merge_idx ON client_merge_moved_row (merge_id);
