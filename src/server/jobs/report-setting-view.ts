import type { savedReportSettingTable } from '../../db/schema/index.ts';

export const toReportSettingView = (r: typeof savedReportSettingTable.$inferSelect) => ({
  id: r.id,
  report: r.report,
  name: r.name,
  parameters: r.parameters,
  version: r.version,
  updatedAt: r.updatedAt.toISOString(),
});
