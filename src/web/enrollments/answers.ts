// One person's answers in a workflow, in the API's shape: HUD record → HUD column → value.
export type Value = string | number | null | undefined;
export type Rec = Record<string, Value>;
export type Assessment = {
  Client?: Rec;
  Enrollment?: Rec;
  Exit?: Rec;
  IncomeBenefits?: Rec;
  HealthAndDV?: Rec;
  EmploymentEducation?: Rec;
  YouthEducationStatus?: Rec;
  Disabilities?: Rec[];
};
export type RecordName = Exclude<keyof Assessment, 'Disabilities'>;

export const recordOf = (a: Assessment | undefined, r: RecordName): Rec => a?.[r] ?? {};

export function setField(a: Assessment | undefined, r: RecordName, field: string, value: Value): Assessment {
  return { ...a, [r]: { ...recordOf(a, r), [field]: value } };
}

export function disabilityOf(a: Assessment | undefined, type: number): Rec {
  return a?.Disabilities?.find((d) => d.DisabilityType === type) ?? { DisabilityType: type };
}

export function setDisability(a: Assessment | undefined, type: number, field: string, value: Value): Assessment {
  const rows = (a?.Disabilities ?? []).filter((d) => d.DisabilityType !== type);
  return { ...a, Disabilities: [...rows, { ...disabilityOf(a, type), [field]: value }] };
}

/** Copies the given records (or disability rows) from a previous assessment onto this one. */
export function copyRecords(a: Assessment | undefined, from: Assessment | undefined, records: (keyof Assessment)[]) {
  const out: Assessment = { ...a };
  for (const r of records) {
    if (!from?.[r]) continue;
    if (r === 'Disabilities') out.Disabilities = (from.Disabilities ?? []).map((d) => ({ ...d }));
    else out[r] = { ...recordOf(out, r), ...from[r] };
  }
  return out;
}

/** Server field errors for one member (`members.2.IncomeBenefits.X` → `IncomeBenefits.X`). */
export function memberErrors(errors: Record<string, string>, index: number): Record<string, string> {
  const prefix = `members.${index}.`;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(errors)) if (k.startsWith(prefix)) out[k.slice(prefix.length)] = v;
  return out;
}
