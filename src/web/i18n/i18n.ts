// Every screen string goes through i18next. One namespace per web feature folder
// (`useTranslation('clients')` in src/web/clients/…), plus `common` for words many screens share.
// Keys are the English text itself (natural-language keys): the English file is complete by
// construction and a reader of the code sees what the screen says.
import dayjs from 'dayjs';
import 'dayjs/locale/es';
import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'es', label: 'Español' },
] as const;
export type Language = (typeof LANGUAGES)[number]['code'];
export const LANGUAGE_STORAGE_KEY = 'hearth.language';

type Catalog = Record<string, string>;
const files = import.meta.glob<Catalog>('./locales/*/*.json', { eager: true, import: 'default' });

/** {en: {clients: {...}}, es: {...}} from locales/<language>/<namespace>.json. */
export function catalogs(): Record<string, Record<string, Catalog>> {
  const out: Record<string, Record<string, Catalog>> = {};
  for (const [path, catalog] of Object.entries(files)) {
    const m = /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!m) continue;
    const [, lng, ns] = m as unknown as [string, string, string];
    out[lng] ??= {};
    out[lng][ns] = catalog;
  }
  return out;
}

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: catalogs(),
    supportedLngs: LANGUAGES.map((l) => l.code),
    nonExplicitSupportedLngs: true,
    fallbackLng: 'en',
    defaultNS: 'common',
    fallbackNS: 'common',
    keySeparator: false,
    nsSeparator: false,
    returnNull: false,
    interpolation: { escapeValue: false },
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: ['localStorage'],
    },
  });

// <html lang> (screen readers, hyphenation) and dayjs' month and day names follow the language.
function applyLanguage(lng: string | undefined) {
  const code = lng?.startsWith('es') ? 'es' : 'en';
  document.documentElement.lang = code;
  dayjs.locale(code);
}
i18n.on('languageChanged', applyLanguage);
applyLanguage(i18n.resolvedLanguage ?? i18n.language);

/** Switches the screens (and the server's messages, via Accept-Language) to `lng`; remembered in localStorage. */
export async function switchLanguage(lng: Language): Promise<void> {
  if (currentLanguage() !== lng) await i18n.changeLanguage(lng);
}

/** The language the screens are in now ('en' or 'es'), for the server's messages and dates. */
export function currentLanguage(): Language {
  return i18n.resolvedLanguage === 'es' ? 'es' : 'en';
}

export { i18n };
