// A batch entry's flag and reason are written in English and read in the reader's language.
import { type Language, translateMessage } from '../http/messages/localize.ts';
import type { EntryOut } from './schemas.ts';

export function entryIn<E extends Pick<EntryOut, 'flagLabel' | 'flagReason'>>(entry: E, lng: Language): E {
  if (lng === 'en') return entry;
  return {
    ...entry,
    flagLabel: translateMessage(entry.flagLabel, lng),
    flagReason: entry.flagReason === null ? null : translateMessage(entry.flagReason, lng),
  };
}
