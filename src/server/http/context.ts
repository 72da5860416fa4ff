// Who is asking: set on every authenticated request by the session hook.
export const ROLES = ['case_manager', 'program_manager', 'data_quality_officer', 'hmis_admin'] as const;
export type Role = (typeof ROLES)[number];

export type AuthUser = {
  id: string;
  username: string;
  firstName: string;
  lastName: string;
  roles: Role[];
  organizationIds: string[];
  currentOrganizationId: string | null;
  mustChangePassword: boolean;
};

export type RequestContext = {
  user: AuthUser;
  sessionId: string;
  ip: string;
};

export function hasRole(user: AuthUser, role: Role): boolean {
  // Every user is a case manager; an HMIS admin can do what every other role can.
  return role === 'case_manager' || user.roles.includes(role) || user.roles.includes('hmis_admin');
}
