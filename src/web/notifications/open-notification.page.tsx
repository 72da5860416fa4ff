// Opens a notification (from the bell, the list or an email link): goes to the screen that acts on
// it. A notification about a client the user may no longer see shows without client details.
import { Alert, Anchor, Loader, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../lib/api.ts';
import { errorMessage } from '../lib/forms.ts';
import type { AppNotification } from './notification-api.ts';
import { NotificationSummaryText } from './notification-item.tsx';

export function OpenNotificationPage() {
  const { t } = useTranslation('notifications');
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const n = useQuery({
    queryKey: ['notifications', 'one', id],
    queryFn: () => api.get<AppNotification>(`/api/notifications/${encodeURIComponent(id)}`),
  });
  const link = n.data?.link;
  useEffect(() => {
    if (link) navigate(link, { replace: true });
  }, [link, navigate]);
  return (
    <Stack>
      <Title order={1}>{t('Notification')}</Title>
      {n.isPending && <Loader />}
      {n.isError && <Alert color="red">{errorMessage(n.error)}</Alert>}
      {n.data && !n.data.link && <NotificationSummaryText n={n.data} />}
      {n.data?.clientHidden && (
        <Alert color="yellow">
          {t(
            'This notification is about a client you cannot see while working as your current organization, so its details are not shown.',
          )}
        </Alert>
      )}
      <Anchor component={Link} to="/notifications">
        {t('All notifications')}
      </Anchor>
    </Stack>
  );
}
