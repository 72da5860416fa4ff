import { WorkspaceIndex } from './workspace-index.tsx';

/** /admin: the Admin workspace's pages. */
export function AdminHomePage() {
  return (
    <WorkspaceIndex
      workspace="admin"
      intro="Set up the CoC's organizations, projects, users and service catalog, and review the audit trail."
    />
  );
}
