import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorsUnder } from './admin-forms.ts';
import { DateField } from './fields.tsx';
import { HudSelect } from './hud-select.tsx';
import { emptyParticipation, type ParticipationForm } from './project-form-state.ts';
import { SubRecordList } from './sub-record-list.tsx';

/** HUD 2.08 HMIS participation status over time. */
export function ProjectParticipationSection(props: {
  rows: ParticipationForm[];
  onChange: (rows: ParticipationForm[]) => void;
  errors: Record<string, string>;
  defaultStart: string;
}) {
  const { t } = useTranslation('admin');
  return (
    <SubRecordList
      title={t('HMIS participation')}
      itemLabel={t('Participation period')}
      addLabel={t('Add a participation period')}
      rows={props.rows}
      onChange={props.onChange}
      newRow={() => emptyParticipation(props.defaultStart)}
    >
      {(row, i, set) => {
        const e = errorsUnder(props.errors, `participations.${i}.`);
        return (
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <HudSelect
              list="HMISParticipationType"
              label={t('Participation type')}
              required
              value={row.HMISParticipationType}
              error={e.HMISParticipationType}
              onChange={(v) => set({ HMISParticipationType: v })}
            />
            <DateField
              label={t('Participation start date')}
              required
              value={row.HMISParticipationStatusStartDate}
              error={e.HMISParticipationStatusStartDate}
              onChange={(v) => set({ HMISParticipationStatusStartDate: v })}
            />
            <DateField
              label={t('Participation end date')}
              value={row.HMISParticipationStatusEndDate}
              error={e.HMISParticipationStatusEndDate}
              onChange={(v) => set({ HMISParticipationStatusEndDate: v })}
            />
          </SimpleGrid>
        );
      }}
    </SubRecordList>
  );
}
