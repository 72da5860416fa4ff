import { NativeSelect, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { hudOptions } from '../../hud/codes.ts';
import { errorsUnder } from './admin-forms.ts';
import { TextField } from './fields.tsx';
import { HudSelect } from './hud-select.tsx';
import { type CocForm, emptyCoc } from './project-form-state.ts';
import { SubRecordList } from './sub-record-list.tsx';

const COC_CODES = hudOptions('CoCCodes').map((o) => ({ value: o.value, label: `${o.value} — ${o.label}` }));

/** HUD 2.03 Continuum of Care information: where the project operates. */
export function ProjectCocSection(props: {
  rows: CocForm[];
  onChange: (rows: CocForm[]) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation('admin');
  return (
    <SubRecordList
      title={t('Continuum of Care')}
      itemLabel="CoC"
      addLabel={t('Add a CoC')}
      rows={props.rows}
      onChange={props.onChange}
      newRow={emptyCoc}
      error={props.errors.cocs}
      empty={t('Add the CoC the project operates in.')}
    >
      {(row, i, set) => {
        const e = errorsUnder(props.errors, `cocs.${i}.`);
        return (
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
            <NativeSelect
              label={t('CoC code')}
              required
              data={[{ value: '', label: t('Choose…') }, ...COC_CODES]}
              value={row.CoCCode}
              error={e.CoCCode}
              onChange={(ev) => set({ CoCCode: ev.currentTarget.value })}
            />
            <TextField
              label={t('Geocode')}
              description={t('6 digits')}
              required
              value={row.Geocode}
              error={e.Geocode}
              onChange={(v) => set({ Geocode: v })}
            />
            <HudSelect
              list="GeographyType"
              label={t('Geography type')}
              value={row.GeographyType}
              error={e.GeographyType}
              onChange={(v) => set({ GeographyType: v })}
            />
            <TextField
              label={t('Address line 1')}
              value={row.Address1}
              error={e.Address1}
              onChange={(v) => set({ Address1: v })}
            />
            <TextField
              label={t('Address line 2')}
              value={row.Address2}
              error={e.Address2}
              onChange={(v) => set({ Address2: v })}
            />
            <TextField label={t('City')} value={row.City} error={e.City} onChange={(v) => set({ City: v })} />
            <TextField label={t('State')} value={row.State} error={e.State} onChange={(v) => set({ State: v })} />
            <TextField label={t('ZIP')} value={row.ZIP} error={e.ZIP} onChange={(v) => set({ ZIP: v })} />
          </SimpleGrid>
        );
      }}
    </SubRecordList>
  );
}
