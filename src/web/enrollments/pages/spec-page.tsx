// Renders a page described by field specs: only the questions whose element the rules ask of
// this person, and follow-up questions once the answer they follow is given.
import { Select, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useHudLabels } from '../../lib/hud-labels.ts';
import { recordOf, setField } from '../answers.ts';
import { DateField, HudSelect, MoneyField, NumberField, TextField } from '../hud-inputs.tsx';
import type { FieldSpec } from './field-specs.ts';
import type { PageProps } from './page-types.ts';

export function SpecFields({ specs, value, onChange, errors, ctx }: PageProps & { specs: FieldSpec[] }) {
  const { t } = useTranslation('enrollments');
  const { hudOptions } = useHudLabels();
  const shown = specs.filter((s) => ctx.elements.has(s.element) && (!s.showIf || s.showIf(recordOf(value, s.record))));
  return (
    <Stack gap="sm">
      {shown.map((s) => {
        const key = `${s.record}.${s.field}`;
        const v = recordOf(value, s.record)[s.field];
        const set = (x: string | number | null) => onChange(setField(value, s.record, s.field, x));
        const id = `${key}.${s.label}`;
        // Labels are keys of the enrollments namespace (field-specs.test.ts checks each is translated).
        const common = { label: t(s.label), error: errors[key] };
        if (s.kind === 'code' && s.list)
          return <HudSelect key={id} {...common} list={s.list} value={v} onChange={set} />;
        if (s.kind === 'string-code' && s.list)
          return (
            <Select
              key={id}
              {...common}
              searchable
              maw={420}
              data={hudOptions(s.list)}
              value={typeof v === 'string' ? v : null}
              onChange={(x) => set(x)}
            />
          );
        if (s.kind === 'date') return <DateField key={id} {...common} value={v} onChange={set} />;
        if (s.kind === 'money') return <MoneyField key={id} {...common} value={v} onChange={set} />;
        if (s.kind === 'int') return <NumberField key={id} {...common} value={v} onChange={set} />;
        return <TextField key={id} {...common} value={v} onChange={set} />;
      })}
    </Stack>
  );
}
