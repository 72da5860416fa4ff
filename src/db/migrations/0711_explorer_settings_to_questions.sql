-- On the Data Explorer the saved question is the one thing a user saves (docs/decisions.md): its
-- Saved Report Settings become the owner's private questions. A question keeps what to ask
-- (subject, columns, filters, grouping); whose records it runs over is chosen at each run, so
-- the organizations and programs saved with the settings are not kept.
DO $$
DECLARE
  s record;
  f jsonb;
  list jsonb;
BEGIN
  FOR s IN SELECT * FROM saved_report_setting WHERE report = 'data-explorer' LOOP
    BEGIN
      -- The launch form keeps filters as JSON text.
      f := CASE jsonb_typeof(s.parameters -> 'filters')
        WHEN 'string' THEN (s.parameters ->> 'filters')::jsonb
        WHEN 'array' THEN s.parameters -> 'filters'
        ELSE '[]'::jsonb END;
      IF jsonb_typeof(f) <> 'array' THEN f := '[]'::jsonb; END IF;
    EXCEPTION WHEN others THEN
      f := '[]'::jsonb;
    END;
    list := jsonb_build_object(
      'subject', coalesce(s.parameters -> 'subject', '"clients"'::jsonb),
      'columns', CASE jsonb_typeof(s.parameters -> 'columns') WHEN 'array' THEN s.parameters -> 'columns'
        WHEN 'string' THEN jsonb_build_array(s.parameters -> 'columns') ELSE '[]'::jsonb END,
      'groupBy', CASE jsonb_typeof(s.parameters -> 'groupBy') WHEN 'array' THEN s.parameters -> 'groupBy'
        WHEN 'string' THEN jsonb_build_array(s.parameters -> 'groupBy') ELSE '[]'::jsonb END,
      'filters', f);
    INSERT INTO explorer_question (id, owner_id, name, question, shared, created_at, updated_at)
    VALUES (
      s.id, s.owner_id,
      CASE WHEN EXISTS (SELECT 1 FROM explorer_question q WHERE q.owner_id = s.owner_id AND lower(q.name) = lower(s.name))
        THEN left(s.name, 80) || ' (saved settings)' ELSE s.name END,
      list, false, s.created_at, s.updated_at);
  END LOOP;
  DELETE FROM saved_report_setting WHERE report = 'data-explorer';
END $$;
