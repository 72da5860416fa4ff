// The last day of the twelve months a dashboard covers (empty: today).

import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function PeriodEnding({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const { t } = useTranslation('home');
  return (
    <TextInput
      type="date"
      label={t('Twelve months ending')}
      description={t('Leave empty for today')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      maw={220}
    />
  );
}
