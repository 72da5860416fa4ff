// Every kind of notification Hearth sends, with the words users see (the bell, the list, the
// email subject, Settings → Email notifications). A feature that sends a new kind adds it here.
export const NOTIFICATION_KINDS = {
  document_expiring: {
    label: 'Document Check: document expiring',
    description: 'A verification document of a client you work with expires soon',
  },
  document_expired: {
    label: 'Document Check: document expired',
    description: 'A verification document of a client you work with has expired',
  },
  report_ready: { label: 'Report ready', description: 'A report you scheduled or ran in the background is ready' },
  cas_referral: {
    label: 'CAS: new housing referral',
    description: 'Coordinated Access referred a household to a project you are the CAS contact for',
  },
  cas_referral_result: {
    label: 'CAS: referral result',
    description: 'A housing provider recorded the result of a referral of a client you work with',
  },
  cas_placed_on_queue: {
    label: 'CAS: household placed on the queue',
    description: 'A household was placed on the prioritization list',
  },
  cas_no_contact: {
    label: 'CAS: no recent contact',
    description: 'A client on your CAS caseload has had no contact for a while',
  },
} as const satisfies Record<string, { label: string; description: string }>;

export type NotificationKind = keyof typeof NOTIFICATION_KINDS;
export const notificationKinds = Object.keys(NOTIFICATION_KINDS) as [NotificationKind, ...NotificationKind[]];

export const kindLabel = (kind: string): string =>
  (NOTIFICATION_KINDS as Record<string, { label: string }>)[kind]?.label ?? 'Notification';
