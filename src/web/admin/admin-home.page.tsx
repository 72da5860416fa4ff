import { useTranslation } from 'react-i18next';
import { WorkspaceIndex } from './workspace-index.tsx';

/** /admin: the Admin workspace's pages. */
export function AdminHomePage() {
  const { t } = useTranslation('admin');
  return (
    <WorkspaceIndex
      workspace="admin"
      intro={t("Set up the CoC's organizations, projects, users and service catalog, and review the audit trail.")}
    />
  );
}
