// A labelled native select of one HUD list: shows HUD's labels, keeps the code as a number.
import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type HudListName, hudOptions } from '../../hud/codes.ts';
import { useSharedHudLanguage } from '../lib/hud-labels.ts';

type Props = {
  list: HudListName;
  label: string;
  value: number | null;
  onChange: (value: number | null) => void;
  error?: string;
  required?: boolean;
  description?: string;
  /** Limit the choices (for lists where only some codes apply). */
  only?: readonly number[];
};

export function HudSelect({ list, label, value, onChange, error, required, description, only }: Props) {
  const { t } = useTranslation('admin');
  const options = hudOptions(list, value, useSharedHudLanguage()).filter(
    (o) => !only || o.value === String(value) || only.includes(Number(o.value)),
  );
  return (
    <NativeSelect
      label={label}
      description={description}
      required={required}
      error={error}
      value={value === null ? '' : String(value)}
      onChange={(e) => onChange(e.currentTarget.value === '' ? null : Number(e.currentTarget.value))}
      data={[{ value: '', label: required ? t('Choose…') : t('(none)') }, ...options]}
    />
  );
}
