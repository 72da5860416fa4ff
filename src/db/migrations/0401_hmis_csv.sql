-- HMIS CSV: HUD's SHA-256 hashing of names and SSN (HashStatus 4), done in SQL so a streamed
-- export never holds client rows in the application, and this installation's HMIS identity.

-- The Soundex variant HUD's reference exporter uses (see src/hud/hash.ts for the rule; both
-- implementations are tested against each other): first character as typed, the rest lower-cased,
-- same-code neighbours (also across one h/w) collapsed, vowels dropped, padded with 0 to 4.
CREATE FUNCTION hud_soundex(name text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT left(rpad(substr(name, 1, 1) || translate(
    CASE WHEN lower(substr(name, 1, 1)) ~ '[aeiouyhw]' THEN s ELSE substr(s, 2) END,
    'bfpvcgjkqsxzdtlmnr', '111122222222334556'), 4, '0'), 4)
  FROM (SELECT regexp_replace(
    regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
      lower(name),
      '([bfpv])[hw]?[bfpv]', '\1', 'g'),
      '([cgjkqsxz])[hw]?[cgjkqsxz]', '\1', 'g'),
      '([dt])[hw]?[dt]', '\1', 'g'),
      'l[hw]?l', 'l', 'g'),
      '([mn])[hw]?[mn]', '\1', 'g'),
      'r[hw]?r', 'r', 'g'),
    '[aeiouyhw]', '', 'g') AS s) AS stripped
$$;

-- A name hashes to the hex SHA-256 of its Soundex code; blank names stay as they are.
CREATE FUNCTION hud_hash_name(name text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN name IS NULL OR name ~ '^[[:space:]]*$' THEN name
    ELSE encode(sha256(convert_to(hud_soundex(name), 'UTF8')), 'hex') END
$$;

-- An SSN is left-padded with x to 9 characters; the hash keeps its last four characters in front.
CREATE FUNCTION hud_hash_ssn(ssn text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN ssn IS NULL OR ssn ~ '^[[:space:]]*$' THEN ssn
    ELSE right(p, 4) || encode(sha256(convert_to(p, 'UTF8')), 'hex') END
  FROM (SELECT CASE WHEN length(ssn) >= 9 THEN ssn ELSE lpad(ssn, 9, 'x') END AS p) AS padded
$$;

-- One row: the ImplementationID this Hearth writes into Export.csv.
CREATE TABLE installation (
  id varchar(32) PRIMARY KEY,
  created_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO installation (id) VALUES (replace(gen_random_uuid()::text, '-', ''));
