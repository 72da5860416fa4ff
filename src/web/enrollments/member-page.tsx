// One workflow page for one household member: the right component for the page, under a
// heading naming the person, so a household's pages never get mixed up.

import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WorkflowPage } from '../../hud/rules/index.ts';
import { HealthInsurancePage, NonCashBenefitsPage } from './pages/benefit-checklists.tsx';
import { DefaultFromLast } from './pages/default-from-last.tsx';
import { DisabilitiesPage } from './pages/disabilities-page.tsx';
import { FIELD_SPECS } from './pages/field-specs.ts';
import { HopwaPage } from './pages/hopwa-page.tsx';
import { IncomePage } from './pages/income-page.tsx';
import type { PageProps } from './pages/page-types.ts';
import { PriorLivingSituationPage } from './pages/prior-living-situation-page.tsx';
import { SpecFields } from './pages/spec-page.tsx';

/** Page titles: keys of the enrollments namespace, translated where shown. */
export const PAGE_TITLES: Record<WorkflowPage, string> = {
  clientInfo: 'Basic client information',
  veteran: "Veteran's information",
  enrollment: 'HUD program enrollment',
  priorLivingSituation: 'Prior living situation',
  disabilities: 'Disabilities',
  income: 'Income and sources',
  nonCashBenefits: 'Non-cash benefits',
  healthInsurance: 'Health insurance',
  domesticViolence: 'Domestic violence',
  employmentEducation: 'Employment and education',
  youthEducation: 'Youth education status',
  healthStatus: 'Health status',
  rhy: 'Runaway and homeless youth',
  path: 'PATH',
  ssvf: 'SSVF',
  hopwa: 'HOPWA medical assistance',
  exit: 'Exit',
  rhyExit: 'RHY exit',
  none: '',
};

const CUSTOM: Partial<Record<WorkflowPage, (p: PageProps) => React.ReactNode>> = {
  priorLivingSituation: PriorLivingSituationPage,
  disabilities: DisabilitiesPage,
  income: IncomePage,
  nonCashBenefits: NonCashBenefitsPage,
  healthInsurance: HealthInsurancePage,
  hopwa: HopwaPage,
};

export function MemberPage({
  page,
  identity,
  ...props
}: PageProps & { page: WorkflowPage; identity?: () => React.ReactNode }) {
  const { t } = useTranslation('enrollments');
  const Custom = CUSTOM[page];
  const specs = FIELD_SPECS[page] ?? [];
  const records = [...new Set(specs.map((s) => s.record))];
  return (
    <Stack gap="sm">
      <div>
        <Title order={3}>{t(PAGE_TITLES[page])}</Title>
        <Text c="dimmed" aria-label={t('Household member')}>
          {t('{{name}} · {{role}} · dated {{date}}', {
            name: props.ctx.name,
            role: props.ctx.member.isHeadOfHousehold
              ? t('Head of household')
              : props.ctx.member.isAdult
                ? t('Adult')
                : t('Child'),
            date: props.ctx.date,
          })}
        </Text>
      </div>
      {identity?.()}
      {Custom ? (
        <Custom {...props} />
      ) : (
        <>
          {page !== 'clientInfo' && page !== 'exit' && <DefaultFromLast {...props} records={records} />}
          <SpecFields {...props} specs={specs} />
        </>
      )}
    </Stack>
  );
}
