// Notifications are stored as their sender wrote them (English) and read in the reader's
// language: the screens' Accept-Language, or for email the recipient's saved language.
import { type Language, translateMessage } from '../http/messages/localize.ts';
import { HIDDEN_CLIENT } from './notification-query.ts';
import type { NotificationView } from './schemas.ts';

/** A notification as the API shows it, its words in `lng` (names, dates and IDs stay as they are). */
export function notificationIn(view: NotificationView, lng: Language): NotificationView {
  if (lng === 'en') return view;
  const kindLabel = translateMessage(view.kindLabel, lng);
  return {
    ...view,
    kindLabel,
    // Composed from its parts: the kind's label has a colon, which the catalog reads as "Name: message".
    title: view.clientHidden
      ? `${kindLabel} ${translateMessage(HIDDEN_CLIENT, lng)}`
      : translateMessage(view.title, lng),
    body: view.body === null ? null : translateMessage(view.body, lng),
  };
}

/** A user's saved language (app_user.language), English when not chosen. */
export const savedLanguage = (language: string | null | undefined): Language => (language === 'es' ? 'es' : 'en');
