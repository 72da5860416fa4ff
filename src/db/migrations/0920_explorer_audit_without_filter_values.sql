-- Data Explorer runs and downloads were audited with each filter's typed value (a client's name,
-- say) until the audit kept only the filtered column and its comparison: the rows written before
-- lose the values too. Filters that are not a list keep nothing.
UPDATE audit_event
SET detail = CASE
  WHEN jsonb_typeof(detail -> 'filters') = 'array' THEN jsonb_set(detail, '{filters}', (
    SELECT coalesce(jsonb_agg(jsonb_strip_nulls(jsonb_build_object('column', f -> 'column', 'op', f -> 'op'))), '[]'::jsonb)
    FROM jsonb_array_elements(detail -> 'filters') AS f
  ))
  ELSE detail - 'filters'
END
WHERE entity_type = 'report' AND entity_id = 'data-explorer' AND detail ? 'filters';
