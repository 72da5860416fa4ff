// HUD answer labels in the language the screens are in: Spanish where the client sees or hears
// them (the intake and assessment questions), HUD's English otherwise. Re-renders on a switch.
import { useTranslation } from 'react-i18next';
import { codeLabel, type HudLanguage, type HudListName, hudLabel, hudOptions } from '../../hud/codes.ts';

type Code = number | string | null | undefined;

/** The HUD label language of the current screen language. */
export function useHudLanguage(): HudLanguage {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage === 'es' ? 'es' : 'en';
}

/** `codeLabel`, `hudLabel` and `hudOptions` of src/hud/codes.ts in the current language. */
export function useHudLabels() {
  const lang = useHudLanguage();
  return {
    lang,
    hudLabel: (list: HudListName, code: Code) => hudLabel(list, code, lang),
    codeLabel: (list: HudListName, code: Code) => codeLabel(list, code, lang),
    hudOptions: (list: HudListName, current?: Code) => hudOptions(list, current, lang),
  };
}
