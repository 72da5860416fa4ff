// Q6b Data Quality: Universal Data Elements, of the clients in the data-quality counts.
import type { TableDef } from '../table/table-def.ts';
import { BOTH } from '../table/table-def.ts';
import { inDq } from './common.ts';
import {
  disablingConditionQuality,
  enrollmentCocQuality,
  relationshipQuality,
  startDateQuality,
  veteranQuality,
} from './data-quality.ts';
import { DQ_HEADER, dqRow, q5aDq } from './q06-dq-rows.ts';

export const q06b: TableDef = {
  id: 'Q6b',
  title: 'Data Quality: Universal Data Elements',
  reports: BOTH,
  rowLabels: true,
  universe: inDq,
  header: () => DQ_HEADER,
  rows: () => [
    // Children who are veterans are the data issue, so the rate is over adults and children.
    dqRow('veteran', 'Veteran Status (3.07)', veteranQuality, q5aDq('adults', 'children')),
    dqRow('startDate', 'Project Start Date (3.10)', startDateQuality, q5aDq('persons'), { dk: false, missing: false }),
    dqRow('relationship', 'Relationship to Head of Household (3.15)', relationshipQuality, q5aDq('persons'), {
      dk: false,
    }),
    dqRow(
      'enrollmentCoc',
      'Enrollment CoC (3.16)',
      (u, run) => enrollmentCocQuality(u, run.projects.find((p) => p.projectId === u.projectId)?.cocCodes ?? []),
      q5aDq('adultHoH', 'childAndUnknownHoH'),
      { dk: false },
    ),
    dqRow('disablingCondition', 'Disabling Condition (3.08)', disablingConditionQuality, q5aDq('persons')),
  ],
};
