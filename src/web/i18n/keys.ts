/**
 * Marks a string as a translation key where it is defined (a table's column list, a select's
 * options, a helper's message) and translated later, at render time, with `t(value)`. It returns
 * the key unchanged; the scanner test (untranslated.test.ts) checks the key exists in the en and es
 * files of `ns` (default: the folder's namespace, then `common`).
 */
export function tKey<K extends string>(key: K, _ns?: string): K {
  return key;
}
