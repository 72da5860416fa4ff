// A person's complete answer set at one stage, the unit that is merged, normalised,
// validated and written. Inputs are partial (PATCH-like): a field given (even as null)
// replaces the stored value, a field left out keeps it.
import type { Answers, AssessmentInput, DisabilityRow } from './schemas.ts';

export type MemberAnswers = {
  Client: Answers;
  /** Enrollment columns, including EntryDate, RelationshipToHoH and EnrollmentCoC. */
  Enrollment: Answers;
  /** Exit columns, including ExitDate and Destination (exit stage only). */
  Exit: Answers;
  IncomeBenefits: Answers;
  HealthAndDV: Answers;
  EmploymentEducation: Answers;
  YouthEducationStatus: Answers;
  /** One row per DisabilityType. */
  Disabilities: DisabilityRow[];
};

export const emptyAnswers = (): MemberAnswers => ({
  Client: {},
  Enrollment: {},
  Exit: {},
  IncomeBenefits: {},
  HealthAndDV: {},
  EmploymentEducation: {},
  YouthEducationStatus: {},
  Disabilities: [],
});

const mergeRecord = (stored: Answers, input: Answers | undefined): Answers => {
  if (!input) return { ...stored };
  const out = { ...stored };
  for (const [k, v] of Object.entries(input)) if (v !== undefined) out[k] = v;
  return out;
};

/** The stored answers with the input laid over them. */
export function mergeAnswers(stored: MemberAnswers, input: AssessmentInput | undefined): MemberAnswers {
  const i = input ?? {};
  const disabilities = new Map(stored.Disabilities.map((d) => [d.DisabilityType, { ...d }]));
  for (const row of i.Disabilities ?? []) {
    const before = disabilities.get(row.DisabilityType);
    disabilities.set(row.DisabilityType, mergeRecord(before ?? {}, row) as DisabilityRow);
  }
  return {
    Client: mergeRecord(stored.Client, i.Client),
    Enrollment: mergeRecord(stored.Enrollment, i.Enrollment),
    Exit: mergeRecord(stored.Exit, i.Exit),
    IncomeBenefits: mergeRecord(stored.IncomeBenefits, i.IncomeBenefits),
    HealthAndDV: mergeRecord(stored.HealthAndDV, i.HealthAndDV),
    EmploymentEducation: mergeRecord(stored.EmploymentEducation, i.EmploymentEducation),
    YouthEducationStatus: mergeRecord(stored.YouthEducationStatus, i.YouthEducationStatus),
    Disabilities: [...disabilities.values()].sort((a, b) => Number(a.DisabilityType) - Number(b.DisabilityType)),
  };
}

/** True when the record holds at least one answer. */
export const hasAnswers = (a: Answers): boolean => Object.values(a).some((v) => v !== null && v !== undefined);

export const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
