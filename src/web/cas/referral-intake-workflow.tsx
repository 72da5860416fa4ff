// Start HMIS Intake from a referral: the ordinary intake with the referred household and the
// project filled in; Finish enrolls the household and records the referral as
// "Successful referral: client accepted".

import { useTranslation } from 'react-i18next';
import { hudLabel } from '../../hud/codes.ts';
import { IntakeWorkflow } from '../enrollments/intake-workflow.tsx';
import type { Draft } from '../enrollments/types.ts';

export type ReferralRef = {
  EventID: string;
  version: number;
  ProjectID: string;
  ProjectName: string;
  EventDate: string;
};

export function ReferralIntakeWorkflow({ draft }: { draft: Draft }) {
  const { t } = useTranslation('cas');
  const referral = draft.data.referral as ReferralRef;
  return (
    <IntakeWorkflow
      draft={draft}
      extension={{
        title: t('Intake from a referral'),
        projectFilter: (p) => p.ProjectID === referral.ProjectID,
        review: [
          [t('Referral'), t('to {{project}} on {{date}}', { project: referral.ProjectName, date: referral.EventDate })],
          [t('Referral result'), hudLabel('ReferralResult', 1) ?? ''],
        ],
        data: { referral },
        input: (intake) => ({ ...intake, referral: { EventID: referral.EventID, version: referral.version } }),
      }}
    />
  );
}
