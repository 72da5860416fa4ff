-- Find Client no longer uses pg_trgm's % operator (unreliable on PGlite); its looser full-name
-- matches are bounded Levenshtein on the btree name indexes, so the trigram index only slowed writes.
DROP INDEX IF EXISTS client_search_trigram_idx;
