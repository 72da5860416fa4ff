// Labelled inputs for HUD fields. Codes are chosen from HUD's own labels (never bare numbers);
// native selects keep them keyboard-usable and easy to find by label.
import { Checkbox, NativeSelect, NumberInput, TextInput, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HudListName } from '../../hud/codes.ts';
import { useHudLabels } from '../lib/hud-labels.ts';
import type { Value } from './answers.ts';

type Base = { label: string; error?: string; description?: string; required?: boolean };
/** In a table row the column header already says it: the label is kept for screen readers only. */
type InTable = { hideLabel?: boolean };
const labelOf = (label: string, hide?: boolean) => (hide ? <VisuallyHidden>{label}</VisuallyHidden> : label);

export function HudSelect({
  list,
  value,
  onChange,
  only,
  label,
  hideLabel,
  ...base
}: Base &
  InTable & { list: HudListName; value: Value; onChange: (v: number | null) => void; only?: readonly number[] }) {
  const { t } = useTranslation('enrollments');
  const { hudOptions } = useHudLabels();
  const options = hudOptions(list, value).filter(
    (o) => !only || o.value === String(value) || only.includes(Number(o.value)),
  );
  return (
    <NativeSelect
      {...base}
      label={labelOf(label, hideLabel)}
      value={value === null || value === undefined ? '' : String(value)}
      data={[{ value: '', label: t('Choose…') }, ...options]}
      onChange={(e) => onChange(e.currentTarget.value === '' ? null : Number(e.currentTarget.value))}
    />
  );
}

export function DateField({
  value,
  onChange,
  label,
  hideLabel,
  ...base
}: Base & InTable & { value: Value; onChange: (v: string | null) => void }) {
  return (
    <TextInput
      {...base}
      label={labelOf(label, hideLabel)}
      type="date"
      w={200}
      value={typeof value === 'string' ? value : ''}
      onChange={(e) => onChange(e.currentTarget.value || null)}
    />
  );
}

export function MoneyField({
  value,
  onChange,
  ...base
}: Base & { value: Value; onChange: (v: number | null) => void }) {
  return (
    <NumberInput
      {...base}
      w={200}
      prefix="$"
      min={0}
      decimalScale={2}
      thousandSeparator=","
      value={typeof value === 'number' ? value : ''}
      onChange={(v) => onChange(typeof v === 'number' ? v : v === '' ? null : Number(v))}
    />
  );
}

export function NumberField({
  value,
  onChange,
  ...base
}: Base & { value: Value; onChange: (v: number | null) => void }) {
  return (
    <NumberInput
      {...base}
      w={200}
      min={0}
      allowDecimal={false}
      value={typeof value === 'number' ? value : ''}
      onChange={(v) => onChange(typeof v === 'number' ? v : null)}
    />
  );
}

export function TextField({ value, onChange, ...base }: Base & { value: Value; onChange: (v: string | null) => void }) {
  return (
    <TextInput
      {...base}
      maw={420}
      value={typeof value === 'string' ? value : ''}
      onChange={(e) => onChange(e.currentTarget.value || null)}
    />
  );
}

/** A yes/no question answered by ticking (HUD 0/1). */
export function YesNoCheck({ value, onChange, label }: { label: string; value: Value; onChange: (v: number) => void }) {
  return <Checkbox label={label} checked={value === 1} onChange={(e) => onChange(e.currentTarget.checked ? 1 : 0)} />;
}
