// Server validation driven by the data collection rules: every element the project asks of
// this person at this stage must be answered (a real answer, or Client doesn't know /
// Client prefers not to answer / Data not collected), and its follow-up questions too.
import { DisabilityType, hudLists, NoYesReasons } from '../../hud/codes.ts';
import {
  answerRequiredAt,
  type ElementRule,
  type Member,
  requiredElements,
  type Stage,
} from '../../hud/rules/index.ts';
import { hudSpec } from '../../hud/spec.generated.ts';
import type { FieldErrors } from '../http/errors.ts';
import type { MemberAnswers } from './answers.ts';
import { elementChecks } from './check-answers.ts';
import type { Answers } from './schemas.ts';

export type RuleContext = {
  projectType: number | null;
  funders: readonly number[];
  stage: Stage;
  member: Member;
};

const WHO: Record<ElementRule['who'], string> = {
  all: 'every household member',
  hoh: 'the head of household',
  adults: 'adults',
  hohAndAdults: 'adults and the head of household',
};

/** True when the column's HUD list offers "Data not collected" (99). */
function offersMissingReasons(record: string, field: string): boolean {
  const col = hudSpec.find((f) => f.file === record)?.columns.find((c) => c.name === field) as
    | { list?: string }
    | undefined;
  const list = Object.values(hudLists).find((l) => l.code === col?.list);
  return Boolean(list && '99' in list.values);
}

function requiredMessage(rule: ElementRule, field: string): string {
  const base = `${rule.element} ${rule.name} is required for ${WHO[rule.who]}: choose an answer`;
  return offersMissingReasons(rule.record, field)
    ? `${base}, or Client doesn't know / Client prefers not to answer / Data not collected`
    : base;
}

/** The person's conditions the rules depend on, read from their answers. */
export function memberFacts(a: MemberAnswers, base: { isHeadOfHousehold: boolean; isAdult: boolean }): Member {
  return {
    ...base,
    isVeteran: a.Client.VeteranStatus === NoYesReasons.Yes,
    hasHivAids: a.Disabilities.some(
      (d) => Number(d.DisabilityType) === DisabilityType.HivAids && d.DisabilityResponse === NoYesReasons.Yes,
    ),
  };
}

const isBlank = (v: unknown) => v === null || v === undefined || v === '';

/** At an update only what changed is recorded: an element left wholly unanswered is not asked for. */
function answeredAtAll(rule: ElementRule, a: MemberAnswers): boolean {
  if (rule.record === 'Disabilities') {
    return a.Disabilities.some((d) => Number(d.DisabilityType) === rule.disabilityType);
  }
  const record = a[rule.record as keyof Omit<MemberAnswers, 'Disabilities'>] as Answers | undefined;
  return rule.fields.some((f) => !isBlank(record?.[f]));
}

/** Problems with one person's answers, keyed `<prefix>.<Record>.<Column>`. */
export function validateAnswers(a: MemberAnswers, rc: RuleContext, prefix: string): FieldErrors {
  const errors: FieldErrors = {};
  const rules = requiredElements(rc.projectType, rc.funders, rc.stage, rc.member);
  for (const rule of rules) {
    if (!answerRequiredAt(rule, rc.stage)) continue;
    if (rc.stage === 'update' && !answeredAtAll(rule, a)) continue;
    if (rule.record === 'Disabilities') {
      const row = a.Disabilities.find((d) => Number(d.DisabilityType) === rule.disabilityType) as Answers | undefined;
      for (const f of rule.required)
        if (isBlank(row?.[f]))
          errors[`${prefix}.Disabilities.${rule.disabilityType}.${f}`] ??= requiredMessage(rule, f);
    } else {
      const record = a[rule.record as keyof Omit<MemberAnswers, 'Disabilities'>] as Answers | undefined;
      if (!record) continue;
      for (const f of rule.required)
        if (isBlank(record[f])) errors[`${prefix}.${rule.record}.${f}`] ??= requiredMessage(rule, f);
    }
    elementChecks[rule.element]?.(a, { projectType: rc.projectType, prefix }, errors);
  }
  return errors;
}
