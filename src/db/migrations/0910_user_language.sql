-- The language a user chose in Settings (en or es). NULL: not chosen, the screens follow the browser.
-- Kept on the account so the choice follows the user to any device at sign-in.
ALTER TABLE app_user ADD COLUMN language varchar(5) CHECK (language IN ('en', 'es'));
