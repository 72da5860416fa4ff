// "Predefined date range" on the report launch forms: it names the range the dates are (the one
// chosen, or the first whose dates they equal), or says "Custom dates"; it is never blank. Dates
// that merely equal a range stay fixed: only choosing a range here makes a schedule recompute them.
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DATE_RANGES, dateRange } from '../../../server/reports/framework/date-ranges.ts';

const CUSTOM = 'custom';
type Dates = { startDate: string; endDate: string };

/** The value the box shows for these dates. */
export function shownRange(chosen: string | null | undefined, dates: Dates, today = new Date()): string {
  if (chosen) return chosen;
  const same = DATE_RANGES.find((r) => {
    const d = dateRange(r.value, today);
    return d?.startDate === dates.startDate && d.endDate === dates.endDate;
  });
  return same?.value ?? CUSTOM;
}

export function DateRangeSelect({
  chosen,
  dates,
  onChoose,
}: {
  chosen: string | null | undefined;
  dates: Dates;
  /** A range was chosen: its name and the dates it gives today. */
  onChoose: (range: string, dates: Dates) => void;
}) {
  const { t } = useTranslation('reports');
  return (
    <Select
      label={t('Predefined date range')}
      allowDeselect={false}
      data={[
        ...DATE_RANGES.map((r) => ({ value: r.value, label: t(r.label) })),
        // Shown, not chosen: typing dates makes them custom.
        { value: CUSTOM, label: t('Custom dates'), disabled: true },
      ]}
      value={shownRange(chosen, dates)}
      onChange={(v) => {
        const d = v ? dateRange(v) : undefined;
        if (v && d) onChoose(v, d);
      }}
    />
  );
}
