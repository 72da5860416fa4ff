// The audit trail's words for an action, apart from the page so tests can check every action has them.
/**
 * "admin.project_created" → "Project created (admin)": the English label, and the key of its
 * translation in admin.json (an action not listed there shows in English).
 */
export function actionLabel(action: string): string {
  const dot = action.indexOf('.');
  const words = action.slice(dot + 1).replaceAll('_', ' ');
  const label = `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
  return dot > 0 ? `${label} (${action.slice(0, dot)})` : label;
}
