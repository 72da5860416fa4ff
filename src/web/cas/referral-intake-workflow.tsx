// Start HMIS Intake from a referral: the ordinary intake with the referred household and the
// project filled in; Finish enrolls the household and records the referral as
// "Successful referral: client accepted".

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
  const referral = draft.data.referral as ReferralRef;
  return (
    <IntakeWorkflow
      draft={draft}
      extension={{
        title: 'Intake from a referral',
        projectFilter: (p) => p.ProjectID === referral.ProjectID,
        review: [
          ['Referral', `to ${referral.ProjectName} on ${referral.EventDate}`],
          ['Referral result', 'Successful referral: client accepted'],
        ],
        data: { referral },
        input: (intake) => ({ ...intake, referral: { EventID: referral.EventID, version: referral.version } }),
      }}
    />
  );
}
