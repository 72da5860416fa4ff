// The pages each household member gets at a stage, straight from the data collection rules:
// the same table the server validates against decides which pages appear.

import type { ReactNode } from 'react';
import { isAdultOn } from '../../hud/rules/dates.ts';
import {
  dataCollectionRules,
  type Member,
  pagesFor,
  requiredElements,
  type Stage,
  type WorkflowPage,
} from '../../hud/rules/index.ts';
import type { Step } from '../workflows/workflow-shell.tsx';
import { type Assessment, disabilityOf, memberErrors, recordOf } from './answers.ts';
import { MemberPage, PAGE_TITLES } from './member-page.tsx';
import { type Person, personName } from './types.ts';

export type MemberInput = {
  /** Index of the member in the API body (server messages are keyed `members.<index>.…`). */
  index: number;
  person: Person;
  isHeadOfHousehold: boolean;
  /** The stage's date for this person. */
  date: string;
  /** The date their age counts on, when not the stage's (Edit entry asks adult questions of someone who has since turned 18). */
  ageDate?: string;
  assessment: Assessment;
  setAssessment: (a: Assessment) => void;
  last?: Assessment;
  /** The client record on Basic Client Information (intake and edit entry). */
  identity?: () => ReactNode;
};

/** Server message keys of the client record itself (`members.<i>.client.SSN`, `….newClient.DOB`). */
const isIdentityKey = (key: string, index: number) =>
  key.startsWith(`members.${index}.client.`) || key.startsWith(`members.${index}.newClient.`);

export function memberFacts(
  m: Pick<MemberInput, 'person' | 'isHeadOfHousehold' | 'date' | 'ageDate' | 'assessment'>,
): Member {
  const veteran = recordOf(m.assessment, 'Client').VeteranStatus ?? m.person.VeteranStatus;
  return {
    isHeadOfHousehold: m.isHeadOfHousehold,
    isAdult: isAdultOn(m.person.DOB, m.date) || (m.ageDate !== undefined && isAdultOn(m.person.DOB, m.ageDate)),
    isVeteran: veteran === 1,
    hasHivAids: disabilityOf(m.assessment, 8).DisabilityResponse === 1,
  };
}

/** The page a server message key (`Record.Field` or `Disabilities.<type>.Field`) belongs to. */
export function pageOfKey(key: string, pages: WorkflowPage[]): WorkflowPage | undefined {
  const [record, a, b] = key.split('.');
  const field = record === 'Disabilities' ? b : a;
  const rule = dataCollectionRules.find(
    (r) =>
      r.record === record &&
      pages.includes(r.page) &&
      (record !== 'Disabilities' || String(r.disabilityType) === a) &&
      (r.fields.includes(field ?? '') || r.required.includes(field ?? '')),
  );
  if (rule) return rule.page;
  // 3.08 sits with the disabilities.
  return field === 'DisablingCondition' && pages.includes('disabilities') ? 'disabilities' : undefined;
}

export function memberSteps(o: {
  projectType: number | null;
  funders: readonly number[];
  stage: Stage;
  members: MemberInput[];
  errors: Record<string, string>;
  exclude?: WorkflowPage[];
  /** Translates the page titles (the enrollments namespace). */
  t: (key: string) => string;
  /** Pages to put first (an exit asks the destination before anything else). */
  first?: WorkflowPage[];
}): Step[] {
  const steps: Step[] = [];
  // The head of household's pages come first, also after a change of head of household.
  const ordered = [...o.members].sort((a, b) => Number(b.isHeadOfHousehold) - Number(a.isHeadOfHousehold));
  for (const m of ordered) {
    const member = memberFacts(m);
    const all = pagesFor(o.projectType, o.funders, o.stage, member).filter((p) => !o.exclude?.includes(p));
    const pages = [...(o.first ?? []).filter((p) => all.includes(p)), ...all.filter((p) => !o.first?.includes(p))];
    const elements = new Set(requiredElements(o.projectType, o.funders, o.stage, member).map((r) => r.element));
    const name = personName(m.person);
    const errors = memberErrors(o.errors, m.index);
    for (const page of pages) {
      steps.push({
        id: `m:${m.person.PersonalID}:${page}`,
        label: o.t(PAGE_TITLES[page]),
        group: name,
        owns: (key) =>
          (page === 'clientInfo' && isIdentityKey(key, m.index)) ||
          (key.startsWith(`members.${m.index}.`) && pageOfKey(key.slice(`members.${m.index}.`.length), pages) === page),
        render: () => (
          <MemberPage
            page={page}
            identity={page === 'clientInfo' ? m.identity : undefined}
            value={m.assessment}
            onChange={m.setAssessment}
            errors={errors}
            ctx={{
              stage: o.stage,
              projectType: o.projectType,
              funders: o.funders,
              member,
              elements,
              date: m.date,
              name,
              last: m.last,
            }}
          />
        ),
      });
    }
  }
  return steps;
}
