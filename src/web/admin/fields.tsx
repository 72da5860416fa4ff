// Labelled inputs for nullable API fields: text, HUD dates (yyyy-mm-dd) and counts.
import { NumberInput, TextInput } from '@mantine/core';

type Base = { label: string; error?: string; required?: boolean; description?: string };

export function TextField(props: Base & { value: string | null; onChange: (v: string) => void; maxLength?: number }) {
  const { value, onChange, ...rest } = props;
  return <TextInput {...rest} value={value ?? ''} onChange={(e) => onChange(e.currentTarget.value)} />;
}

/** The browser's date picker; its value is already HUD's yyyy-mm-dd. */
export function DateField(props: Base & { value: string | null; onChange: (v: string) => void }) {
  const { value, onChange, ...rest } = props;
  return <TextInput {...rest} type="date" value={value ?? ''} onChange={(e) => onChange(e.currentTarget.value)} />;
}

export function CountField(props: Base & { value: number | null; onChange: (v: number | null) => void }) {
  const { value, onChange, ...rest } = props;
  return (
    <NumberInput
      {...rest}
      min={0}
      allowDecimal={false}
      allowNegative={false}
      value={value ?? ''}
      onChange={(v) => onChange(typeof v === 'number' ? v : null)}
    />
  );
}
