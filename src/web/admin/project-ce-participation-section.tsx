import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NoYes } from '../../hud/codes.ts';
import { tKey } from '../i18n/keys.ts';
import { errorsUnder } from './admin-forms.ts';
import { DateField } from './fields.tsx';
import { HudSelect } from './hud-select.tsx';
import { type CeParticipationForm, emptyCeParticipation } from './project-form-state.ts';
import { SubRecordList } from './sub-record-list.tsx';

const ACCESS_POINT_ANSWERS = [
  ['PreventionAssessment', tKey('Prevention assessment')],
  ['CrisisAssessment', tKey('Crisis assessment')],
  ['HousingAssessment', tKey('Housing assessment')],
  ['DirectServices', tKey('Direct services')],
] as const;

/** HUD 2.09 Coordinated Entry participation over time: access point, referrals received. */
export function ProjectCeParticipationSection(props: {
  rows: CeParticipationForm[];
  onChange: (rows: CeParticipationForm[]) => void;
  errors: Record<string, string>;
  defaultStart: string;
}) {
  const { t } = useTranslation('admin');
  return (
    <SubRecordList
      title={t('Coordinated Entry participation')}
      itemLabel={t('CE participation period')}
      addLabel={t('Add a CE participation period')}
      rows={props.rows}
      onChange={props.onChange}
      newRow={() => emptyCeParticipation(props.defaultStart)}
    >
      {(row, i, set) => {
        const e = errorsUnder(props.errors, `ceParticipations.${i}.`);
        return (
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <HudSelect
              list="NoYes"
              label={t('CE access point')}
              required
              value={row.AccessPoint}
              error={e.AccessPoint}
              onChange={(v) => set({ AccessPoint: v })}
            />
            {row.AccessPoint === NoYes.Yes &&
              ACCESS_POINT_ANSWERS.map(([key, label]) => (
                <HudSelect
                  key={key}
                  list="NoYes"
                  label={t(label)}
                  required
                  value={row[key]}
                  error={e[key]}
                  onChange={(v) => set({ [key]: v })}
                />
              ))}
            <HudSelect
              list="NoYes"
              label={t('Receives CE referrals')}
              required
              value={row.ReceivesReferrals}
              error={e.ReceivesReferrals}
              onChange={(v) => set({ ReceivesReferrals: v })}
            />
            <DateField
              label={t('CE participation start date')}
              required
              value={row.CEParticipationStatusStartDate}
              error={e.CEParticipationStatusStartDate}
              onChange={(v) => set({ CEParticipationStatusStartDate: v })}
            />
            <DateField
              label={t('CE participation end date')}
              value={row.CEParticipationStatusEndDate}
              error={e.CEParticipationStatusEndDate}
              onChange={(v) => set({ CEParticipationStatusEndDate: v })}
            />
          </SimpleGrid>
        );
      }}
    </SubRecordList>
  );
}
