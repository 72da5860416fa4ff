// The client dashboard's "Who has seen this record": the latest entries of the access log, for
// HMIS admins and the program managers of the client's organizations (others never see it).
import { Anchor, Card, Group, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { hasRole, useMe } from '../auth/session.tsx';
import { useAccessLog } from './access-log-api.ts';
import { AccessLogTable } from './access-log-table.tsx';

export function AccessLogSection({ personalId }: { personalId: string }) {
  const { t } = useTranslation('access-log');
  const me = useMe();
  const mayAsk = hasRole(me, 'program_manager');
  const log = useAccessLog(personalId, { limit: 5, offset: 0 }, mayAsk);
  // A program manager of another organization gets 403: the section is simply not there.
  if (!mayAsk || log.isError) return null;
  return (
    <Card withBorder component="section" aria-label={t('Who has seen this record')}>
      <Group justify="space-between" mb="xs">
        <Title order={3}>{t('Who has seen this record')}</Title>
        <Anchor component={Link} to={`/clients/${personalId}/access-log`}>
          {t('Full access log')}
        </Anchor>
      </Group>
      {log.data?.items.length ? (
        <AccessLogTable items={log.data.items} />
      ) : (
        <Text c="dimmed">{log.isLoading ? t('Loading…') : t('Nobody has opened this record yet.')}</Text>
      )}
    </Card>
  );
}
