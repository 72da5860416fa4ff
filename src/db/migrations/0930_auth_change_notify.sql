-- Every Hearth process keeps the sessions it has checked in memory (src/server/auth/session-cache.ts).
-- A change to what a session check reads tells every process at commit, on channel hearth_auth,
-- with the user's id ('*' when a whole table is emptied), so each forgets that user's sessions.
CREATE FUNCTION hearth_notify_auth_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_LEVEL = 'STATEMENT' THEN
    PERFORM pg_notify('hearth_auth', '*');
    RETURN NULL;
  END IF;
  IF TG_TABLE_NAME = 'app_user' THEN
    PERFORM pg_notify('hearth_auth', OLD.id);
  ELSIF TG_OP = 'INSERT' THEN
    PERFORM pg_notify('hearth_auth', NEW.user_id);
  ELSE
    PERFORM pg_notify('hearth_auth', OLD.user_id);
    IF TG_OP = 'UPDATE' AND NEW.user_id IS DISTINCT FROM OLD.user_id THEN
      PERFORM pg_notify('hearth_auth', NEW.user_id);
    END IF;
  END IF;
  RETURN NULL;
END $$;

-- The user columns a session check reads; sign-in bookkeeping (failed_logins, locked_until) is not.
CREATE TRIGGER app_user_auth_change AFTER UPDATE ON app_user FOR EACH ROW
  WHEN ((OLD.username, OLD.first_name, OLD.last_name, OLD.roles, OLD.active, OLD.current_organization_id,
         OLD.must_change_password)
    IS DISTINCT FROM (NEW.username, NEW.first_name, NEW.last_name, NEW.roles, NEW.active,
         NEW.current_organization_id, NEW.must_change_password))
  EXECUTE FUNCTION hearth_notify_auth_change();
CREATE TRIGGER app_user_auth_delete AFTER DELETE ON app_user FOR EACH ROW
  EXECUTE FUNCTION hearth_notify_auth_change();

CREATE TRIGGER user_organization_auth_change AFTER INSERT OR UPDATE OR DELETE ON user_organization FOR EACH ROW
  EXECUTE FUNCTION hearth_notify_auth_change();

-- A new session is not in any memory yet, and activity (last_seen_at) is written by the process
-- that saw it; ending, lifetime and owner are what others must learn.
CREATE TRIGGER session_auth_change AFTER UPDATE ON session FOR EACH ROW
  WHEN ((OLD.ended_at, OLD.expires_at, OLD.user_id) IS DISTINCT FROM (NEW.ended_at, NEW.expires_at, NEW.user_id))
  EXECUTE FUNCTION hearth_notify_auth_change();
CREATE TRIGGER session_auth_delete AFTER DELETE ON session FOR EACH ROW
  EXECUTE FUNCTION hearth_notify_auth_change();

CREATE TRIGGER app_user_auth_truncate AFTER TRUNCATE ON app_user FOR EACH STATEMENT
  EXECUTE FUNCTION hearth_notify_auth_change();
CREATE TRIGGER user_organization_auth_truncate AFTER TRUNCATE ON user_organization FOR EACH STATEMENT
  EXECUTE FUNCTION hearth_notify_auth_change();
CREATE TRIGGER session_auth_truncate AFTER TRUNCATE ON session FOR EACH STATEMENT
  EXECUTE FUNCTION hearth_notify_auth_change();
