// A job's title, progress note and failure are stored as the job wrote them (English) and shown
// in the reader's language.
import { type Language, translateMessage } from '../http/messages/localize.ts';
import type { JobView } from './schemas.ts';

export function jobIn(view: JobView, lng: Language): JobView {
  if (lng === 'en') return view;
  const t = (text: string) => translateMessage(text, lng);
  return {
    ...view,
    title: t(view.title),
    progressNote: view.progressNote === null ? null : t(view.progressNote),
    ...(view.error ? { error: t(view.error) } : {}),
  };
}
