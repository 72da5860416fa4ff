-- Sign-in under attack: attempt counters shared by every app server (throttles per address and
-- username, recovery answers per username), checked and counted in one statement; and a server
-- secret for the decoy recovery questions of usernames that have none.
CREATE TABLE rate_limit_counter (
  key varchar(200) PRIMARY KEY,
  hits integer NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX rate_limit_counter_expires_idx ON rate_limit_counter (expires_at);

CREATE TABLE server_secret (
  name varchar(64) PRIMARY KEY,
  value bytea NOT NULL DEFAULT gen_random_bytes(32)
);
INSERT INTO server_secret (name) VALUES ('recovery_decoy');
