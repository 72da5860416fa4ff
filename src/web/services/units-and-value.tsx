// Units and the value of one unit, as every service form asks them ($0.00 is a valid value).
import { NumberInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Props = {
  units: number | string;
  unitValue: number | string;
  onUnits: (v: number | string) => void;
  onUnitValue: (v: number | string) => void;
  errors: Record<string, string>;
};

export function UnitsAndValue({ units, unitValue, onUnits, onUnitValue, errors }: Props) {
  const { t } = useTranslation('services');
  return (
    <>
      <NumberInput
        label={t('Units')}
        required
        min={0}
        decimalScale={2}
        value={units}
        error={errors.units}
        onChange={onUnits}
      />
      <NumberInput
        label={t('Unit value')}
        description={t('Value of one unit; $0.00 is fine')}
        prefix="$"
        min={0}
        decimalScale={2}
        fixedDecimalScale
        value={unitValue}
        error={errors.unitValue}
        onChange={onUnitValue}
      />
    </>
  );
}
