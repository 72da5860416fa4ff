// The data collection rules: for each FY2026 data element, which projects (type and funder)
// collect it, at which stages, about whom. Workflow pages, server validation and data-quality
// reports all ask this module; nothing else decides what is collected.
import { DataCollectionStage } from '../codes.ts';
import { cocElements, hopwaElements, pathElements, rhyElements, veteranElements } from './elements-partners.ts';
import { programElements } from './elements-program.ts';
import { universalElements } from './elements-universal.ts';
import type { CollectionPoint, ElementRule, HudRecord, Member, Stage, WorkflowPage } from './types.ts';

export type { Applies, CollectionPoint, ElementRule, HudRecord, Member, Stage, Who, WorkflowPage } from './types.ts';

/** Every rule row, universal elements first, in the manual's order. */
export const dataCollectionRules: readonly ElementRule[] = [
  ...universalElements,
  ...programElements,
  ...pathElements,
  ...rhyElements,
  ...hopwaElements,
  ...veteranElements,
  ...cocElements,
];

/** The order workflow pages appear in, after Basic Client Information and Program Enrollment. */
export const PAGE_ORDER: readonly WorkflowPage[] = [
  'clientInfo',
  'veteran',
  'enrollment',
  'priorLivingSituation',
  'disabilities',
  'hopwa',
  'income',
  'nonCashBenefits',
  'healthInsurance',
  'path',
  'domesticViolence',
  'employmentEducation',
  'youthEducation',
  'healthStatus',
  'rhy',
  'ssvf',
  'exit',
  'rhyExit',
];

const STAGE_CODES: Record<Stage, number> = {
  projectStart: DataCollectionStage.ProjectStart,
  update: DataCollectionStage.Update,
  annual: DataCollectionStage.Annual,
  exit: DataCollectionStage.ProjectExit,
  postExit: DataCollectionStage.PostExit,
};

/** HUD's DataCollectionStage code (list 5.03.1) for a stage. */
export const stageCode = (stage: Stage): number => STAGE_CODES[stage];

/** The stage of a DataCollectionStage code, or undefined for a code not on the list. */
export function stageOfCode(code: number): Stage | undefined {
  return (Object.keys(STAGE_CODES) as Stage[]).find((s) => STAGE_CODES[s] === code);
}

/** True when the project (its type and the funders active on the date) collects the element. */
export function collectedBy(rule: ElementRule, projectType: number | null, funders: readonly number[]): boolean {
  return rule.applies.some((a) => {
    if (a.funders !== 'any' && !a.funders.some((f) => funders.includes(f))) return false;
    if (a.projectTypes && (projectType === null || !a.projectTypes.some((t) => t === projectType))) return false;
    if (a.exceptProjectTypes && projectType !== null && a.exceptProjectTypes.some((t) => t === projectType))
      return false;
    return true;
  });
}

function isAbout(rule: ElementRule, member: Member): boolean {
  const who =
    rule.who === 'all' ||
    (rule.who === 'hoh' && member.isHeadOfHousehold) ||
    (rule.who === 'adults' && member.isAdult) ||
    (rule.who === 'hohAndAdults' && (member.isHeadOfHousehold || member.isAdult));
  if (!who) return false;
  if (rule.when === 'veteran') return member.isVeteran === true;
  if (rule.when === 'hivAids') return member.hasHivAids === true;
  return true;
}

/**
 * The elements a project collects about this person at this stage.
 * `funders` are the FundingSource codes (list 2.06.1) active on the stage's date.
 */
export function requiredElements(
  projectType: number | null,
  funders: readonly number[],
  stage: CollectionPoint,
  member: Member,
): ElementRule[] {
  return dataCollectionRules.filter(
    (r) => r.stages.includes(stage) && collectedBy(r, projectType, funders) && isAbout(r, member),
  );
}

/** True when the element's `required` columns must hold an answer at this stage (not only be asked). */
export const answerRequiredAt = (rule: ElementRule, stage: CollectionPoint): boolean =>
  (rule.requiredAt ?? rule.stages).includes(stage);

/** The workflow pages to show this person at this stage, in page order. */
export function pagesFor(
  projectType: number | null,
  funders: readonly number[],
  stage: Stage,
  member: Member,
): WorkflowPage[] {
  const pages = new Set(requiredElements(projectType, funders, stage, member).map((r) => r.page));
  return PAGE_ORDER.filter((p) => pages.has(p));
}

/** The HUD columns of a record that any element collects at this stage (what a workflow may write). */
export function fieldsCollectedAt(record: HudRecord, stage: CollectionPoint): Set<string> {
  const fields = new Set<string>();
  for (const r of dataCollectionRules)
    if (r.record === record && r.stages.includes(stage)) for (const f of r.fields) fields.add(f);
  return fields;
}
