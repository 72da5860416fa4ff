// The notifications API as the web app uses it: types, the bell's polling query, state changes.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, qs } from '../lib/api.ts';

export type NotificationState = 'new' | 'snoozed' | 'dismissed' | 'done';
export type AppNotification = {
  id: string;
  kind: string;
  kindLabel: string;
  title: string;
  body: string | null;
  link: string | null;
  clientId: string | null;
  clientHidden: boolean;
  organizationId: string | null;
  organizationName: string | null;
  dueAt: string | null;
  createdAt: string;
  state: NotificationState;
  snoozedUntil: string | null;
  version: number;
};
export type Summary = { unread: number; latestAt: string | null };

const POLL_MS = 30_000;

/** The bell's count; polling does not keep an idle session alive (the server treats it as passive). */
export function useNotificationSummary() {
  return useQuery({
    queryKey: ['notifications', 'summary'],
    queryFn: () => api.get<Summary>('/api/notifications/summary'),
    refetchInterval: POLL_MS,
  });
}

export function useNotifications(params: { state?: string; from?: string; to?: string; limit?: number }) {
  return useQuery({
    queryKey: ['notifications', 'list', params],
    queryFn: () =>
      api.get<{ items: AppNotification[]; total: number }>(
        `/api/notifications${qs({ state: params.state, from: params.from, to: params.to, limit: params.limit })}`,
      ),
  });
}

/** Changes state (snooze until a time, dismiss, done, new) and refreshes every notifications query. */
export function useNotificationActions() {
  const qc = useQueryClient();
  const refresh = () => qc.invalidateQueries({ queryKey: ['notifications'] });
  return {
    refresh,
    async change(n: AppNotification, state: NotificationState, snoozedUntil?: Date) {
      await api.patch(`/api/notifications/${n.id}`, {
        state,
        version: n.version,
        ...(snoozedUntil ? { snoozedUntil: snoozedUntil.toISOString() } : {}),
      });
      await refresh();
    },
    async dismissAll(ids?: string[]) {
      await api.post('/api/notifications/dismiss-all', ids ? { ids } : {});
      await refresh();
    },
  };
}

/** When a notification is due, else when it arrived: its day on the calendar. */
export const notificationDay = (n: AppNotification) => new Date(n.dueAt ?? n.createdAt);
