/** One CSV line as HUD's files have them: strings in double quotes, empty values bare. */
export function csvLine(values: (string | number | null)[], header: string[], quoted: string[]): string {
  const q = new Set(quoted);
  return `${values
    .map((v, i) => {
      if (v === null || v === undefined) return '';
      const s = String(v);
      return q.has(header[i] ?? '') ? `"${s.replaceAll('"', '""')}"` : s;
    })
    .join(',')}\n`;
}
