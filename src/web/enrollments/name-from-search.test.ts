// The new-client form opens with the name the case manager searched for (search first, then add).
import { describe, expect, it } from 'vitest';
import { nameFromSearch } from './name-from-search.ts';

describe('the name a search that found no one starts the new-client form with', () => {
  it('reads "First Last" and "Last, First"', () => {
    expect(nameFromSearch('Maria Lopez')).toEqual({ FirstName: 'Maria', MiddleName: '', LastName: 'Lopez' });
    expect(nameFromSearch('  Lopez,  Maria ')).toEqual({ FirstName: 'Maria', MiddleName: '', LastName: 'Lopez' });
    expect(nameFromSearch('Lopez,Maria Elena')).toEqual({
      FirstName: 'Maria',
      MiddleName: 'Elena',
      LastName: 'Lopez',
    });
  });

  it('keeps a two-word last name and a lone word as the first name', () => {
    expect(nameFromSearch('María López García')).toEqual({
      FirstName: 'María',
      MiddleName: '',
      LastName: 'López García',
    });
    expect(nameFromSearch('maria')).toEqual({ FirstName: 'maria', MiddleName: '', LastName: '' });
  });

  it('leaves out a date of birth, an SSN or a client ID typed with the name', () => {
    expect(nameFromSearch('mar lop 03/14/1981')).toEqual({ FirstName: 'mar', MiddleName: '', LastName: 'lop' });
    expect(nameFromSearch('123-45-6789')).toEqual({ FirstName: '', MiddleName: '', LastName: '' });
    expect(nameFromSearch(', Maria')).toEqual({ FirstName: 'Maria', MiddleName: '', LastName: '' });
  });
});
