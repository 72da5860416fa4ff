import { WorkspaceIndex } from '../admin/workspace-index.tsx';

/** /reports: every report page the user's role may open (features add theirs in routes.tsx). */
export function ReportsHomePage() {
  return <WorkspaceIndex workspace="reports" intro="Choose a report." />;
}
