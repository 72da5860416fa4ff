// The CAS block of the CAS & Diversion intake: what the pages hold (saved in the draft) and the
// `cas` part of the POST /api/cas/intakes body they make.
export type TieValue = { areaId: string; tieKind: string; note: string };
export type AssessmentValue = {
  toolId: string;
  AssessmentDate: string | null;
  AssessmentLocation: string;
  AssessmentType: number | null;
  answers: Record<string, string | number | null>;
};
export type CasValues = {
  areaTies: TieValue[];
  /** null: no assessment (a household diverted before one). */
  assessment: AssessmentValue | null;
  decision: { outcome: 'queue' | 'diverted' | null; EventDate: string | null; ProbSolDivRRResult: number | null };
};

export const emptyCas = (): CasValues => ({
  areaTies: [],
  assessment: null,
  decision: { outcome: null, EventDate: null, ProbSolDivRRResult: null },
});

export const assessmentBody = (a: AssessmentValue) => ({
  toolId: a.toolId,
  AssessmentDate: a.AssessmentDate,
  AssessmentLocation: a.AssessmentLocation,
  AssessmentType: a.AssessmentType,
  answers: Object.entries(a.answers).map(([questionId, value]) => ({ questionId, value: value === '' ? null : value })),
});

export function casBody(c: CasValues) {
  const d = c.decision;
  return {
    areaTies: c.areaTies.map((t) => ({ areaId: t.areaId, tieKind: t.tieKind, note: t.note || null })),
    ...(c.assessment ? { assessment: assessmentBody(c.assessment) } : {}),
    decision:
      d.outcome === 'diverted'
        ? {
            outcome: 'diverted',
            ProbSolDivRRResult: d.ProbSolDivRRResult,
            ...(d.EventDate ? { EventDate: d.EventDate } : {}),
          }
        : { outcome: d.outcome },
  };
}

/** Server messages under `prefix.` with the prefix taken off, for one form. */
export const errorsUnder = (errors: Record<string, string>, prefix: string) =>
  Object.fromEntries(
    Object.entries(errors).flatMap(([k, v]) => (k.startsWith(prefix) ? [[k.slice(prefix.length), v]] : [])),
  );
