// Every message the server can send a user has Spanish: the scanner reads src/server with the
// TypeScript compiler (scan-messages.test-support.ts) and each message it finds must be in the
// catalog, exactly or by a pattern whose blanks are data or translated terms.
import { describe, expect, it } from 'vitest';
import { findTranslation } from './localize.ts';
import { type FoundMessage, scanServerMessages } from './scan-messages.test-support.ts';

/** Text left English after translating: a blank kept as it was that has words outside `{data}`. */
const hasWords = (text: string) => /[A-Za-z]/.test(text.replace(/\{\w+\}/g, ''));

function untranslated(m: FoundMessage): boolean {
  const found = findTranslation(m.text, 'es');
  return !found || found.kept.some(hasWords);
}

describe('the Spanish catalog of server messages', () => {
  const messages = scanServerMessages();

  it('finds the messages of every area of the server', () => {
    const areas = new Set(messages.map((m) => m.where.split('/')[2]));
    for (const area of ['admin', 'cas', 'reports', 'jobs', 'services', 'batches', 'hmis-csv', 'workflows'])
      expect(areas).toContain(area);
    expect(messages.map((m) => m.text)).toContain('Client was not found');
  });

  it('has Spanish for every one of them', () => {
    const missing = messages.filter(untranslated).map((m) => `${m.where}  ${m.text}`);
    expect(missing, `${missing.length} of ${messages.length} messages have no Spanish`).toEqual([]);
  });
});
