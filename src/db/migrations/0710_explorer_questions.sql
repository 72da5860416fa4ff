-- Data Explorer questions a user saved: a subject, columns, filters and grouping (never SQL), kept
-- to themselves or shared with everyone who may use the Data Explorer.
CREATE TABLE explorer_question (
  id varchar(32) PRIMARY KEY,
  owner_id varchar(32) NOT NULL REFERENCES app_user (id),
  name varchar(100) NOT NULL,
  description varchar(500),
  question jsonb NOT NULL,
  shared boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX explorer_question_name_idx ON explorer_question (owner_id, lower(name));
CREATE INDEX explorer_question_shared_idx ON explorer_question (updated_at DESC) WHERE shared;
