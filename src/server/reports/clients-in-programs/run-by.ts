// How Clients in Programs groups its counts (shared by the report and its launch form).
export const RUN_BY = { program: 'Program', organization: 'Organization', project_type: 'Project type' } as const;
