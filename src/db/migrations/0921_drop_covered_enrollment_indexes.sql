-- Each of these tables' *_stage_idx (enrollment_id, data_collection_stage, information_date)
-- serves every lookup by enrollment_id: the single-column indexes only cost writes (an LSA-sample
-- import spent about 200,000 index inserts and 7 MB of WAL on them).
DROP INDEX IF EXISTS income_benefits_enrollment_id_idx;
DROP INDEX IF EXISTS health_and_dv_enrollment_id_idx;
DROP INDEX IF EXISTS disabilities_enrollment_id_idx;
