// Admin → Projects: every project by organization, with its type, dates and funders.
import { Alert, Anchor, Button, Group, NativeSelect, Stack, Table, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { funderLabel, hudLabel } from '../../hud/codes.ts';
import type { OrganizationRecord } from '../../server/admin/organization.schema.ts';
import type { ProjectSummary } from '../../server/admin/project.schema.ts';
import { api, qs } from '../lib/api.ts';
import { errorMessage } from '../lib/forms.ts';

export function ProjectsPage() {
  const { t } = useTranslation('admin');
  const [organizationId, setOrganizationId] = useState('');
  const orgs = useQuery({
    queryKey: ['admin', 'organizations'],
    queryFn: () => api.get<{ items: OrganizationRecord[] }>('/api/admin/organizations'),
  });
  const projects = useQuery({
    queryKey: ['admin', 'projects', organizationId],
    queryFn: () => api.get<{ items: ProjectSummary[] }>(`/api/admin/projects${qs({ organizationId })}`),
  });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('Projects')}</Title>
        <Button component={Link} to={`/admin/projects/new${qs({ organizationId })}`}>
          {t('Add project')}
        </Button>
      </Group>
      <NativeSelect
        label={t('Organization')}
        w={360}
        value={organizationId}
        onChange={(e) => setOrganizationId(e.currentTarget.value)}
        data={[
          { value: '', label: t('All organizations') },
          ...(orgs.data?.items ?? []).map((o) => ({ value: o.OrganizationID, label: o.OrganizationName })),
        ]}
      />
      {projects.error && <Alert color="red">{errorMessage(projects.error)}</Alert>}
      <Table striped highlightOnHover aria-label={t('Projects')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('Project')}</Table.Th>
            <Table.Th>{t('Organization')}</Table.Th>
            <Table.Th>{t('Project type')}</Table.Th>
            <Table.Th>{t('Operating')}</Table.Th>
            <Table.Th>{t('Funders')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {projects.data?.items.map((p) => (
            <Table.Tr key={p.ProjectID}>
              <Table.Td>
                <Anchor component={Link} to={`/admin/projects/${p.ProjectID}`}>
                  {p.ProjectName}
                </Anchor>
              </Table.Td>
              <Table.Td>{p.OrganizationName}</Table.Td>
              <Table.Td>{hudLabel('ProjectType', p.ProjectType) ?? t('Not set')}</Table.Td>
              <Table.Td>
                {p.OperatingEndDate
                  ? t('{{start}} to {{end}}', { start: p.OperatingStartDate, end: p.OperatingEndDate })
                  : t('{{start}} onwards', { start: p.OperatingStartDate })}
              </Table.Td>
              <Table.Td>{p.funders.map((f) => `${funderLabel(f)} (${f.GrantID})`).join('; ')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
