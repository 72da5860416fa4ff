-- Jobs and the files they write hold data derived from client records. When the job ran while
-- its owner worked as a victim-service provider, it may hold that VSP's client data: the VSP is
-- recorded here, and only users working as it see the job or its file (HMIS admins included).
ALTER TABLE job_run ADD COLUMN vsp_organization_id varchar(32);
ALTER TABLE stored_file ADD COLUMN vsp_organization_id varchar(32);
