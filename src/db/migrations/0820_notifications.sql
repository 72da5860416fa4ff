-- Notifications: one row per recipient, written in the transaction of the change that caused it.
-- The state a user sees is derived: a snooze that has run out counts as new again.
CREATE TABLE notification (
  id varchar(32) PRIMARY KEY,
  user_id varchar(32) NOT NULL REFERENCES app_user (id),
  kind varchar(40) NOT NULL,
  title varchar(200) NOT NULL,
  body varchar(2000),
  -- A path inside Hearth (/clients/…), never another site.
  link varchar(500) CHECK (link IS NULL OR (link LIKE '/%' AND link NOT LIKE '//%')),
  personal_id varchar(32),
  organization_id varchar(32) REFERENCES organization (organization_id),
  due_at timestamptz,
  state varchar(10) NOT NULL DEFAULT 'new' CHECK (state IN ('new', 'snoozed', 'dismissed', 'done')),
  snoozed_until timestamptz,
  -- Makes a trigger idempotent: the same event never notifies the same user twice.
  dedupe_key varchar(200),
  email_state varchar(10) NOT NULL DEFAULT 'none' CHECK (email_state IN ('none', 'pending', 'sent', 'failed')),
  emailed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  CONSTRAINT notification_snooze CHECK (state <> 'snoozed' OR snoozed_until IS NOT NULL)
);
CREATE INDEX notification_user_idx ON notification (user_id, created_at DESC);
CREATE INDEX notification_user_open_idx ON notification (user_id) WHERE state IN ('new', 'snoozed');
CREATE UNIQUE INDEX notification_dedupe_idx ON notification (user_id, dedupe_key) WHERE dedupe_key IS NOT NULL;
CREATE INDEX notification_client_idx ON notification (personal_id);

-- Kinds a user does not want by email (they still appear in Hearth).
CREATE TABLE notification_email_opt_out (
  user_id varchar(32) NOT NULL REFERENCES app_user (id),
  kind varchar(40) NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, kind)
);
