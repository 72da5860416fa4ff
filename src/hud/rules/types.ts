// The shape of one row of the data collection rules table.
import type { FunderCode, ProjectTypeCode } from './funders.ts';

/** When an element is collected. `occurrence` = recorded when it happens (services, contacts, events). */
export type Stage = 'projectStart' | 'update' | 'annual' | 'exit' | 'postExit';
export type CollectionPoint = Stage | 'occurrence';

/** Whom the element is collected about. */
export type Who = 'all' | 'hoh' | 'adults' | 'hohAndAdults';

/** The HUD CSV record (file) an element is stored in. */
export type HudRecord =
  | 'Client'
  | 'Enrollment'
  | 'Exit'
  | 'IncomeBenefits'
  | 'HealthAndDV'
  | 'Disabilities'
  | 'EmploymentEducation'
  | 'YouthEducationStatus'
  | 'Services'
  | 'CurrentLivingSituation'
  | 'Assessment'
  | 'Event';

/** The workflow page that asks the element. `none` = not asked in a workflow (services, CE events…). */
export type WorkflowPage =
  | 'clientInfo'
  | 'veteran'
  | 'enrollment'
  | 'priorLivingSituation'
  | 'disabilities'
  | 'income'
  | 'nonCashBenefits'
  | 'healthInsurance'
  | 'domesticViolence'
  | 'employmentEducation'
  | 'youthEducation'
  | 'healthStatus'
  | 'rhy'
  | 'path'
  | 'ssvf'
  | 'hopwa'
  | 'exit'
  | 'rhyExit'
  | 'none';

/** One funder (or any project) and the project types it collects the element in. */
export type Applies = {
  /** `any`: every project, whatever its funding (universal data elements). */
  funders: readonly FunderCode[] | 'any';
  /** Only these project types (default: all). */
  projectTypes?: readonly ProjectTypeCode[];
  /** All project types but these. */
  exceptProjectTypes?: readonly ProjectTypeCode[];
};

export type ElementRule = {
  /** HUD element number: 3.08, 4.02, P4, R10, V7, W5, C3. */
  element: string;
  name: string;
  record: HudRecord;
  /** The HUD columns the element writes. */
  fields: readonly string[];
  /** Columns that must hold an answer (a HUD code, including 8/9/99) when the element is required. */
  required: readonly string[];
  /** Disabilities rows: the DisabilityType (list 1.3) the element is stored under. */
  disabilityType?: number;
  who: Who;
  /** Further condition on the person: veterans only, or people who report HIV/AIDS. */
  when?: 'veteran' | 'hivAids';
  stages: readonly CollectionPoint[];
  /** Stages at which an answer is required (default: every stage in `stages`). */
  requiredAt?: readonly CollectionPoint[];
  applies: readonly Applies[];
  page: WorkflowPage;
};

/** The person an element is asked of, on the stage's date. */
export type Member = {
  isHeadOfHousehold: boolean;
  /** 18 or older on the stage's date; people of unknown age count as adults (asked more, not less). */
  isAdult: boolean;
  isVeteran?: boolean;
  hasHivAids?: boolean;
};
