// The last day of the twelve months a dashboard covers (empty: today).
import { TextInput } from '@mantine/core';

export function PeriodEnding({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  return (
    <TextInput
      type="date"
      label="Twelve months ending"
      description="Leave empty for today"
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      maw={220}
    />
  );
}
