// Every APR/CAPER table, in HUD's order. A table lists the reports it belongs to; the CSV-APR
// zip of a report holds exactly its tables. Add a new table here, after its predecessor.
import type { ReportType, TableDef } from '../table/table-def.ts';
import { q04a } from './q04a-project-identifiers.ts';
import { q05a } from './q05a-report-validations.ts';
import { q06a } from './q06a-data-quality-pii.ts';
import { q06b } from './q06b-data-quality-universal-elements.ts';
import { q06c } from './q06c-data-quality-income-and-housing.ts';
import { q06d } from './q06d-data-quality-chronic-homelessness.ts';
import { q06e } from './q06e-data-quality-timeliness.ts';
import { q06f } from './q06f-data-quality-inactive-records.ts';
import { q07a } from './q07a-persons-served.ts';
import { q07b } from './q07b-point-in-time-persons.ts';
import { q08a } from './q08a-households-served.ts';
import { q08b } from './q08b-point-in-time-households.ts';
import { q09a } from './q09a-persons-contacted.ts';
import { q09b } from './q09b-persons-engaged.ts';
import { q11 } from './q11-age.ts';
import { q12 } from './q12-race-and-ethnicity.ts';
import { q13a1 } from './q13a1-conditions-at-start.ts';
import { q13a2 } from './q13a2-number-of-conditions-at-start.ts';
import { q13b1 } from './q13b1-conditions-at-exit.ts';
import { q13b2 } from './q13b2-number-of-conditions-at-exit.ts';
import { q13c1 } from './q13c1-conditions-for-stayers.ts';
import { q13c2 } from './q13c2-number-of-conditions-for-stayers.ts';
import { q14a } from './q14a-domestic-violence-history.ts';
import { q14b } from './q14b-when-experience-occurred.ts';
import { q15 } from './q15-living-situation.ts';
import { q16 } from './q16-cash-income-ranges.ts';
import { q17 } from './q17-cash-income-sources.ts';
import { q18 } from './q18-client-cash-income-category.ts';
import { q19a1 } from './q19a1-income-change-start-to-annual.ts';
import { q19a2 } from './q19a2-income-change-start-to-exit.ts';
import { q19b } from './q19b-disabling-conditions-and-income.ts';
import { q20a } from './q20a-type-of-non-cash-benefit-sources.ts';
import { q20b } from './q20b-number-of-non-cash-benefit-sources.ts';
import { q21 } from './q21-health-insurance.ts';
import { q22a1 } from './q22a1-length-of-participation-apr.ts';
import { q22a2 } from './q22a2-length-of-participation-caper.ts';
import { q22b } from './q22b-average-and-median-length.ts';
import { q22c } from './q22c-start-to-move-in.ts';
import { q22d } from './q22d-length-of-participation-by-household-type.ts';
import { q22e } from './q22e-length-of-time-prior-to-housing.ts';
import { q22f } from './q22f-start-to-move-in-by-race.ts';
import { q22g } from './q22g-prior-to-housing-by-race.ts';
import { q23c } from './q23c-exit-destination.ts';
import { q23d } from './q23d-exit-destination-subsidy-type.ts';
import { q23e } from './q23e-exit-destination-by-race.ts';
import { q24a } from './q24a-homelessness-prevention-housing-assessment.ts';
import { q24b } from './q24b-moving-on-assistance.ts';
import { q24e } from './q24e-sex.ts';
import { q25a } from './q25a-number-of-veterans.ts';
import { q25b } from './q25b-number-of-veteran-households.ts';
import { q25d } from './q25d-age-of-veterans.ts';
import { q25i } from './q25i-exit-destination-veterans.ts';
import { q25j } from './q25j-exit-destination-subsidy-veterans.ts';
import { q26a } from './q26a-chronic-households.ts';
import { q26b } from './q26b-chronically-homeless-persons.ts';
import { q26d } from './q26d-age-of-chronically-homeless.ts';
import { q26e } from './q26e-conditions-of-chronically-homeless.ts';
import { q27a } from './q27a-age-of-youth.ts';
import { q27b } from './q27b-parenting-youth.ts';
import { q27d } from './q27d-living-situation-youth.ts';
import { q27e } from './q27e-length-of-participation-youth.ts';
import { q27f1 } from './q27f1-exit-destination-youth.ts';
import { q27f2 } from './q27f2-exit-destination-subsidy-youth.ts';
import { q27g } from './q27g-cash-income-sources-youth.ts';
import { q27h } from './q27h-client-cash-income-category-youth.ts';
import { q27i } from './q27i-disabling-conditions-and-income-youth.ts';
import { q27j } from './q27j-average-and-median-length-youth.ts';
import { q27k } from './q27k-start-to-move-in-youth.ts';
import { q27l } from './q27l-length-of-time-prior-to-housing-youth.ts';
import { q27m } from './q27m-education-status-youth.ts';

export const TABLES: readonly TableDef[] = [
  q04a,
  q05a,
  q06a,
  q06b,
  q06c,
  q06d,
  q06e,
  q06f,
  q07a,
  q07b,
  q08a,
  q08b,
  q09a,
  q09b,
  q11,
  q12,
  q13a1,
  q13a2,
  q13b1,
  q13b2,
  q13c1,
  q13c2,
  q14a,
  q14b,
  q15,
  q16,
  q17,
  q18,
  q19a1,
  q19a2,
  q19b,
  q20a,
  q20b,
  q21,
  q22a1,
  q22a2,
  q22b,
  q22c,
  q22d,
  q22e,
  q22f,
  q22g,
  q23c,
  q23d,
  q23e,
  q24a,
  q24b,
  q24e,
  q25a,
  q25b,
  q25d,
  q25i,
  q25j,
  q26a,
  q26b,
  q26d,
  q26e,
  q27a,
  q27b,
  q27d,
  q27e,
  q27f1,
  q27f2,
  q27g,
  q27h,
  q27i,
  q27j,
  q27k,
  q27l,
  q27m,
];

export const tablesOf = (report: ReportType): TableDef[] => TABLES.filter((t) => t.reports.includes(report));

export const tableById = (id: string): TableDef | undefined => TABLES.find((t) => t.id === id);
