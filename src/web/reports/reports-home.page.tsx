import { useTranslation } from 'react-i18next';
import { WorkspaceIndex } from '../admin/workspace-index.tsx';

/** /reports: every report page the user's role may open (features add theirs in routes/reports-pages.tsx). */
export function ReportsHomePage() {
  const { t } = useTranslation('reports');
  return <WorkspaceIndex workspace="reports" intro={t('Choose a report.')} />;
}
