// What a search that found no one says about the person's name, to start the new-client form with:
// "Maria Lopez" and "Lopez, Maria" both give First name Maria, Last name Lopez. Tokens with a
// digit (a date of birth, an SSN, a client ID) are not a name and are left out.

export type SearchedName = { FirstName: string; MiddleName: string; LastName: string };

const nameWords = (part: string) => part.split(/\s+/).filter((w) => w && !/\d/.test(w) && /\p{L}/u.test(w));

export function nameFromSearch(text: string): SearchedName {
  const comma = text.indexOf(',');
  const before = nameWords(comma >= 0 ? text.slice(0, comma) : text);
  if (comma >= 0 && before.length) {
    // "Last, First Middle", as lists print names.
    const [first = '', ...middle] = nameWords(text.slice(comma + 1));
    return { FirstName: first, MiddleName: middle.join(' '), LastName: before.join(' ') };
  }
  // "First Last": the rest is the last name, as in "Maria Lopez Garcia".
  const [first = '', ...rest] = nameWords(text.replace(',', ' '));
  return { FirstName: first, MiddleName: '', LastName: rest.join(' ') };
}
