// HUD answer labels in the language the screens are in: Spanish where the client sees or hears
// them (the intake and assessment workflows), HUD's English elsewhere. Re-renders on a switch.
import { createContext, createElement, type ReactNode, useContext } from 'react';
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

const ClientFacing = createContext(false);

/** Marks screens whose questions are read to the client (the workflows): shared HUD inputs inside follow the language. */
export function ClientFacingHudLabels({ children }: { children: ReactNode }) {
  return createElement(ClientFacing.Provider, { value: true }, children);
}

/** For components used on both sides (HUD selects, the client record fields): the screen language
 * inside ClientFacingHudLabels, HUD's English elsewhere. */
export function useSharedHudLanguage(): HudLanguage {
  const lang = useHudLanguage();
  return useContext(ClientFacing) ? lang : 'en';
}
