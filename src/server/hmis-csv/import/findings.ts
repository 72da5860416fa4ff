// Collects what an import found. Every finding is counted; the first ones of each check in each
// file are kept in full (a thousand copies of one problem do not help a data person more than a
// few hundred and a count).
import { IMPORT_CHECKS, type ImportCheckId, type Severity } from '../../../hud/validate/checks.ts';

export type Finding = {
  severity: Severity;
  checkId: ImportCheckId;
  file: string | null;
  line: number | null;
  column: string | null;
  recordId: string | null;
  value: string | null;
  message: string;
};

export type FindingInput = {
  file?: string | null;
  line?: number | null;
  column?: string | null;
  recordId?: string | null;
  value?: string | null;
  message: string;
};

const KEEP_PER_CHECK_AND_FILE = 200;

/** What a worker thread sends back: a class instance loses its methods in a message. */
export type FindingsData = {
  kept: Finding[];
  counts: Record<Severity, number>;
  byFile: Map<string, Record<Severity, number>>;
  perKey: Map<string, number>;
};

export class Findings {
  readonly kept: Finding[] = [];
  readonly counts: Record<Severity, number> = { high_priority: 0, error: 0, warning: 0 };
  readonly byFile = new Map<string, Record<Severity, number>>();
  private readonly perKey = new Map<string, number>();

  static fromData(data: FindingsData): Findings {
    const f = new Findings();
    for (const k of data.kept) f.kept.push(k);
    Object.assign(f.counts, data.counts);
    for (const [k, v] of data.byFile) f.byFile.set(k, v);
    for (const [k, v] of data.perKey) f.perKey.set(k, v);
    return f;
  }

  toData(): FindingsData {
    return { kept: this.kept, counts: this.counts, byFile: this.byFile, perKey: this.perKey };
  }

  add(checkId: ImportCheckId, f: FindingInput): void {
    const severity = IMPORT_CHECKS[checkId].severity;
    this.counts[severity] += 1;
    const fileKey = f.file ?? '(zip)';
    const fileCounts = this.byFile.get(fileKey) ?? { high_priority: 0, error: 0, warning: 0 };
    fileCounts[severity] += 1;
    this.byFile.set(fileKey, fileCounts);
    const key = `${checkId}|${fileKey}`;
    const n = (this.perKey.get(key) ?? 0) + 1;
    this.perKey.set(key, n);
    if (n > KEEP_PER_CHECK_AND_FILE) return;
    this.kept.push({
      severity,
      checkId,
      file: f.file ?? null,
      line: f.line ?? null,
      column: f.column ?? null,
      recordId: f.recordId?.slice(0, 100) ?? null,
      value: f.value === undefined || f.value === null ? null : f.value.slice(0, 200),
      message: f.message.slice(0, 1000),
    });
  }

  /** Findings of a check beyond those kept, so the report can say "and N more". */
  omitted(): { checkId: ImportCheckId; file: string; count: number }[] {
    const out: { checkId: ImportCheckId; file: string; count: number }[] = [];
    for (const [key, n] of this.perKey) {
      if (n <= KEEP_PER_CHECK_AND_FILE) continue;
      const [checkId, file] = key.split('|') as [ImportCheckId, string];
      out.push({ checkId, file, count: n - KEEP_PER_CHECK_AND_FILE });
    }
    return out;
  }

  get blocking(): boolean {
    return this.counts.high_priority > 0;
  }
}
