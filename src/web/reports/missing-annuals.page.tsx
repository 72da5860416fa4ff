// Reports → HMIS Reports → Missing Annual Assessments: every anniversary window (past or open now)
// without an annual; from a row, record the missing annual dated on its anniversary.
import { Button, Checkbox, Menu, MultiSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataCollectionStage, hudLabel } from '../../hud/codes.ts';
import { useMe } from '../auth/session.tsx';
import { useStartWorkflow } from '../workflows/start-workflow.tsx';
import { ScopeFields } from './framework/enrollment-fields.tsx';
import { ReportPage } from './framework/report-page.tsx';
import type { Row } from './framework/results-table.tsx';
import { useReportOptions } from './framework/use-report-options.ts';

type Form = {
  asOf: string;
  organizationIds: string[];
  projectIds: string[];
  funders: string[];
  caseManagerIds: string[];
  hidePii: boolean;
};

export function MissingAnnualsPage() {
  const { t } = useTranslation('reports');
  const me = useMe();
  const { start, dialog } = useStartWorkflow();
  const options = useReportOptions().data;
  const actions = (r: Row) => (
    <Menu>
      <Menu.Target>
        <Button
          size="xs"
          variant="subtle"
          aria-label={t('Actions for {{client}}, year {{year}}', { client: r.PersonalID, year: r.year })}
        >
          …
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          onClick={() =>
            start('assessment', {
              EnrollmentID: String(r.EnrollmentID),
              data: { preset: { stage: DataCollectionStage.Annual, date: String(r.anniversary) } },
            })
          }
        >
          {t('Record this annual (dated {{date}})', { date: String(r.anniversary) })}
        </Menu.Item>
        <Menu.Item component={Link} to={`/enrollments/${r.EnrollmentID}`}>
          {t('Open the enrollment')}
        </Menu.Item>
        <Menu.Item component={Link} to={`/clients/${r.PersonalID}`}>
          {t('Client dashboard')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
  return (
    <>
      {dialog}
      <ReportPage<Form>
        reportId="missing-annual-assessments"
        title={t('Missing Annual Assessments')}
        intro={t(
          "Enrollments open a year or more whose annual assessment is missing from an anniversary window (30 days either side of each anniversary of the head of household's start date), past windows included. Click + on a count, then record a missing annual inside its window.",
        )}
        initial={{
          asOf: new Date().toLocaleDateString('en-CA'),
          organizationIds: me.currentOrganizationId ? [me.currentOrganizationId] : [],
          projectIds: [],
          funders: [],
          caseManagerIds: [],
          hidePii: false,
        }}
        rowActions={actions}
        fields={(f) => {
          const programs = new Set(
            (options?.projects ?? [])
              .filter((p) => f.params.organizationIds.includes(p.organizationId))
              .map((p) => p.id),
          );
          const funders = [
            ...new Set((options?.grants ?? []).filter((g) => programs.has(g.projectId)).map((g) => g.funder)),
          ];
          return (
            <>
              <TextInput
                type="date"
                label={t('Missing as of')}
                w={200}
                value={f.params.asOf}
                onChange={(e) => f.set('asOf', e.currentTarget.value)}
                error={f.errors.asOf}
              />
              <ScopeFields {...f} />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <MultiSelect
                  label={t('Funders')}
                  placeholder={t('Any funder')}
                  value={f.params.funders}
                  onChange={(v) => f.set('funders', v)}
                  data={funders.map((c) => ({ value: String(c), label: hudLabel('FundingSource', c) ?? String(c) }))}
                  error={f.errors.funders}
                />
                <MultiSelect
                  label={t('Case managers')}
                  placeholder={t('Any case manager')}
                  searchable
                  value={f.params.caseManagerIds}
                  onChange={(v) => f.set('caseManagerIds', v)}
                  data={(options?.users ?? []).map((u) => ({ value: u.id, label: u.name }))}
                />
              </SimpleGrid>
              <Checkbox
                label={t('Hide PII (client names left out of the screen and every download)')}
                checked={f.params.hidePii}
                onChange={(e) => f.set('hidePii', e.currentTarget.checked)}
              />
            </>
          );
        }}
      />
    </>
  );
}
