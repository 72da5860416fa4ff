// zod schemas for HUD record fields, built from the FY2026 CSV spec: every coded field is
// checked against its HUD list, every string against its length, so the API and the
// OpenAPI document say exactly what HUD says.
import { z } from 'zod';
import { type HudListName, hudLists, isHudCode } from '../../hud/codes.ts';
import { hudSpec } from '../../hud/spec.generated.ts';

type SpecFile = (typeof hudSpec)[number]['file'];
type Column = { name: string; type: string; maxLength?: number; list?: string };

const listByCode = new Map<string, HudListName>(
  (Object.keys(hudLists) as HudListName[]).map((name) => [hudLists[name].code, name]),
);

function columnsOf(file: SpecFile): Column[] {
  const spec = hudSpec.find((f) => f.file === file);
  if (!spec) throw new Error(`no HUD file ${file}`);
  return spec.columns as readonly Column[] as Column[];
}

export type HudValue = string | number;

/** The zod schema of one HUD column (not nullable). */
export function hudColumnSchema(file: SpecFile, name: string): z.ZodType<HudValue> {
  const col = columnsOf(file).find((c) => c.name === name);
  if (!col) throw new Error(`no HUD column ${file}.${name}`);
  switch (col.type) {
    case 'integer': {
      const listName = col.list ? listByCode.get(col.list) : undefined;
      if (!listName) return z.number().int().min(0).max(2_000_000_000);
      return z
        .number()
        .int()
        .refine((v) => isHudCode(listName, v), { message: `Not a code on HUD list ${col.list} (${listName})` })
        .describe(`HUD list ${col.list} ${listName}`);
    }
    case 'decimal':
      return z.number().min(0).max(1_000_000_000);
    case 'date':
      return z.iso.date();
    default:
      return col.list
        ? z
            .string()
            .max(col.maxLength ?? 50)
            .describe(`HUD list ${col.list}`)
        : z.string().max(col.maxLength ?? 50);
  }
}

/** An object of the named HUD columns, each optional and nullable (a partial answer set). */
export function hudRecordSchema(file: SpecFile, names: readonly string[]) {
  const shape: Record<string, z.ZodOptional<z.ZodNullable<z.ZodType<HudValue>>>> = {};
  for (const n of names) shape[n] = hudColumnSchema(file, n).nullable().optional();
  return z.strictObject(shape);
}

/** The data columns of a HUD file: everything but IDs, links and row bookkeeping. */
export function dataColumns(file: SpecFile, exclude: readonly string[] = []): string[] {
  const skip = new Set([
    'EnrollmentID',
    'PersonalID',
    'ProjectID',
    'HouseholdID',
    'InformationDate',
    'DataCollectionStage',
    'DateCreated',
    'DateUpdated',
    'UserID',
    'DateDeleted',
    'ExportID',
    ...exclude,
  ]);
  return columnsOf(file)
    .map((c) => c.name)
    .filter((n) => !skip.has(n) && !n.endsWith('ID'));
}

/** Column type, for converting stored values (numeric columns come back from the driver as text). */
export function columnType(file: SpecFile, name: string): string | undefined {
  return columnsOf(file).find((c) => c.name === name)?.type;
}
