import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/support/test-db.ts';
import type { Database } from '../db/connect.ts';
import { hashName, hashSsn, hudSoundex } from './hash.ts';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

describe('HUD’s Soundex variant', () => {
  it.each([
    ['Robert', 'R163'],
    ['Rupert', 'R163'],
    ['Ashcraft', 'A261'],
    ['Tymczak', 'T522'],
    ['Pfister', 'P236'],
    ['John', 'J500'],
    ['john', 'j500'],
    ['Jackson', 'J225'],
    ["O'Brien", "O'16"],
    ['Mary-Ann', 'M6-5'],
    [' John', ' 250'],
    ['Lee', 'L000'],
  ])('codes %s as %s', (name, code) => {
    expect(hudSoundex(name)).toBe(code);
  });
});

describe('hashing', () => {
  it('hashes a name as the SHA-256 of its Soundex code and leaves blanks alone', () => {
    expect(hashName('John')).toBe(sha('J500'));
    expect(hashName('John')).not.toBe(hashName('john'));
    expect(hashName('')).toBe('');
    expect(hashName('  ')).toBe('  ');
    expect(hashName(null)).toBeNull();
  });

  it('hashes an SSN padded to nine characters, its last four in front', () => {
    expect(hashSsn('123456789')).toBe(`6789${sha('123456789')}`);
    expect(hashSsn('6789')).toBe(`6789${sha('xxxxx6789')}`);
    expect(hashSsn('123456789')).toHaveLength(68);
    expect(hashSsn(null)).toBeNull();
  });
});

describe('the database’s hashing (used by streamed exports) matches', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  const names = [
    'Robert',
    'Jackson',
    "O'Brien",
    'Mary-Ann',
    ' John',
    'john',
    'Ashcraft',
    'Pfister',
    'Tymczak',
    'Xu',
    'Llewellyn',
    'Hwang',
    'Ng',
    'A',
    'Zoë',
    'José',
    '  ',
    '',
  ];
  it.each(names)('for the name %j', async (name) => {
    const { rows } = await database.raw.query<{ soundex: string | null; hash: string | null }>(
      'SELECT hud_soundex($1) AS soundex, hud_hash_name($1) AS hash',
      [name],
    );
    if (name.trim()) expect(rows[0]?.soundex).toBe(hudSoundex(name));
    expect(rows[0]?.hash).toBe(hashName(name));
  });

  it.each(['123456789', '6789', '12345678901', 'abc'])('for the SSN %s', async (ssn) => {
    const { rows } = await database.raw.query<{ hash: string }>('SELECT hud_hash_ssn($1) AS hash', [ssn]);
    expect(rows[0]?.hash).toBe(hashSsn(ssn));
  });
});
