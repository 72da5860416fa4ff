// Subjects about the system's set-up: users and projects.
import { sql } from 'drizzle-orm';
import type { Subject } from './subject.ts';

export const usersSubject: Subject = {
  id: 'users',
  label: 'Users',
  noun: 'user',
  from: () => sql.raw('app_user u LEFT JOIN organization lo ON lo.organization_id = u.last_login_organization_id'),
  where: 'TRUE',
  // A user belongs to the organizations they work for.
  ofOrganizations: (orgs) =>
    sql`EXISTS (SELECT 1 FROM user_organization uo WHERE uo.user_id = u.id AND uo.organization_id = ANY(${orgs}))`,
  columns: [
    {
      key: 'ActiveStatus',
      label: 'Active Status',
      type: 'text',
      sql: "CASE WHEN u.active THEN 'Active' ELSE 'Inactive' END",
    },
    { key: 'UserID', label: 'User ID', type: 'text', sql: 'u.id' },
    { key: 'Username', label: 'Username', type: 'text', sql: 'u.username' },
    { key: 'UserName', label: 'User name', type: 'text', sql: "u.first_name || ' ' || u.last_name" },
    { key: 'Email', label: 'Email', type: 'text', sql: 'u.email' },
    { key: 'Roles', label: 'Roles', type: 'text', sql: "array_to_string(u.roles, ', ')" },
    {
      key: 'Organizations',
      label: 'Organizations',
      type: 'text',
      sql: `(SELECT string_agg(uoo.organization_name, ', ' ORDER BY uoo.organization_name) FROM user_organization uo2
        JOIN organization uoo ON uoo.organization_id = uo2.organization_id WHERE uo2.user_id = u.id)`,
    },
    {
      key: 'LastLoginOrganization',
      label: 'Organization Last Logged On To',
      type: 'text',
      sql: 'lo.organization_name',
    },
    { key: 'CreatedAt', label: 'User Created Date', type: 'datetime', sql: 'u.created_at', zoned: true },
    { key: 'LastLoginAt', label: 'Last Login Date', type: 'datetime', sql: 'u.last_login_at', zoned: true },
  ],
  defaults: ['ActiveStatus', 'UserID', 'UserName', 'Email', 'LastLoginOrganization', 'CreatedAt', 'LastLoginAt'],
};

export const projectsSubject: Subject = {
  id: 'projects',
  label: 'Projects',
  noun: 'project',
  from: () => sql.raw('project p JOIN organization o ON o.organization_id = p.organization_id'),
  where: 'p.date_deleted IS NULL',
  ofOrganizations: (orgs) => sql`p.organization_id = ANY(${orgs})`,
  ofProjects: (projects) => sql`p.project_id = ANY(${projects})`,
  columns: [
    { key: 'ProjectID', label: 'Project ID', type: 'text', sql: 'p.project_id' },
    { key: 'ProjectName', label: 'Project', type: 'text', sql: 'p.project_name' },
    { key: 'OrganizationName', label: 'Organization', type: 'text', sql: 'o.organization_name' },
    { key: 'ProjectType', label: 'Project type', type: 'code', sql: 'p.project_type', list: 'ProjectType' },
    { key: 'OperatingStartDate', label: 'Operating start date', type: 'date', sql: 'p.operating_start_date' },
    { key: 'OperatingEndDate', label: 'Operating end date', type: 'date', sql: 'p.operating_end_date' },
    { key: 'ContinuumProject', label: 'Continuum project', type: 'code', sql: 'p.continuum_project', list: 'NoYes' },
    { key: 'HousingType', label: 'Housing type', type: 'code', sql: 'p.housing_type', list: 'HousingType' },
    {
      key: 'Grants',
      label: 'Grants',
      type: 'text',
      sql: `(SELECT string_agg(f.grant_id, ', ' ORDER BY f.grant_id) FROM funder f
        WHERE f.project_id = p.project_id AND f.date_deleted IS NULL)`,
    },
    {
      key: 'CoCCodes',
      label: 'CoC codes',
      type: 'text',
      sql: `(SELECT string_agg(DISTINCT pc.coc_code, ', ') FROM project_coc pc
        WHERE pc.project_id = p.project_id AND pc.date_deleted IS NULL)`,
    },
  ],
  defaults: ['ProjectName', 'OrganizationName', 'ProjectType', 'OperatingStartDate', 'OperatingEndDate'],
};
