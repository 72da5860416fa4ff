import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FundingSource } from '../../hud/codes.ts';
import { errorsUnder } from './admin-forms.ts';
import { DateField, TextField } from './fields.tsx';
import { HudSelect } from './hud-select.tsx';
import { emptyFunder, type FunderForm } from './project-form-state.ts';
import { SubRecordList } from './sub-record-list.tsx';

/** HUD 2.06 Funding sources and grants. */
export function ProjectFundersSection(props: {
  rows: FunderForm[];
  onChange: (rows: FunderForm[]) => void;
  errors: Record<string, string>;
  defaultStart: string;
}) {
  const { t } = useTranslation('admin');
  return (
    <SubRecordList
      title={t('Funders and grants')}
      itemLabel={t('Funder')}
      addLabel={t('Add a funder')}
      rows={props.rows}
      onChange={props.onChange}
      newRow={() => emptyFunder(props.defaultStart)}
    >
      {(row, i, set) => {
        const e = errorsUnder(props.errors, `funders.${i}.`);
        const other = row.Funder === FundingSource.LocalOrOther;
        return (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <HudSelect
              list="FundingSource"
              label={t('Funding source')}
              required
              value={row.Funder}
              error={e.Funder}
              onChange={(v) =>
                set({ Funder: v, OtherFunder: v === FundingSource.LocalOrOther ? row.OtherFunder : null })
              }
            />
            {other ? (
              <TextField
                label={t('Other funder')}
                description={t('Name the local or other funder')}
                required
                value={row.OtherFunder}
                error={e.OtherFunder}
                onChange={(v) => set({ OtherFunder: v })}
              />
            ) : (
              <div />
            )}
            <TextField
              label={t('Grant ID')}
              required
              value={row.GrantID}
              error={e.GrantID}
              onChange={(v) => set({ GrantID: v })}
            />
            <div />
            <DateField
              label={t('Grant start date')}
              required
              value={row.StartDate}
              error={e.StartDate}
              onChange={(v) => set({ StartDate: v })}
            />
            <DateField
              label={t('Grant end date')}
              value={row.EndDate}
              error={e.EndDate}
              onChange={(v) => set({ EndDate: v })}
            />
          </SimpleGrid>
        );
      }}
    </SubRecordList>
  );
}
