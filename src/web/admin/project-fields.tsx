import { NativeSelect, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProjectType } from '../../hud/codes.ts';
import { housingTypeApplies, residentialAffiliationApplies } from '../../server/admin/project-rules.ts';
import { CountField, DateField, TextField } from './fields.tsx';
import { HudSelect } from './hud-select.tsx';
import type { ProjectColumns } from './project-form-state.ts';

/** HUD 2.02 Project information; fields HUD does not collect for the project type are hidden. */
export function ProjectFields(props: {
  value: ProjectColumns;
  onChange: (patch: Partial<ProjectColumns>) => void;
  errors: Record<string, string>;
  organizations: { OrganizationID: string; OrganizationName: string }[];
}) {
  const { t } = useTranslation('admin');
  const { value: p, onChange: set, errors: e } = props;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
      <NativeSelect
        label={t('Organization')}
        required
        data={[
          { value: '', label: t('Choose…') },
          ...props.organizations.map((o) => ({ value: o.OrganizationID, label: o.OrganizationName })),
        ]}
        value={p.OrganizationID}
        error={e.OrganizationID}
        onChange={(ev) => set({ OrganizationID: ev.currentTarget.value })}
      />
      <TextField
        label={t('Project name')}
        required
        value={p.ProjectName}
        error={e.ProjectName}
        onChange={(v) => set({ ProjectName: v })}
      />
      <TextField
        label={t('Project common name')}
        value={p.ProjectCommonName}
        error={e.ProjectCommonName}
        onChange={(v) => set({ ProjectCommonName: v })}
      />
      <DateField
        label={t('Operating start date')}
        required
        value={p.OperatingStartDate}
        error={e.OperatingStartDate}
        onChange={(v) => set({ OperatingStartDate: v })}
      />
      <DateField
        label={t('Operating end date')}
        value={p.OperatingEndDate}
        error={e.OperatingEndDate}
        onChange={(v) => set({ OperatingEndDate: v })}
      />
      <HudSelect
        list="NoYes"
        label={t('Continuum project')}
        required
        value={p.ContinuumProject}
        error={e.ContinuumProject}
        onChange={(v) => set({ ContinuumProject: v ?? undefined })}
      />
      <HudSelect
        list="ProjectType"
        label={t('Project type')}
        value={p.ProjectType}
        error={e.ProjectType}
        onChange={(v) => set({ ProjectType: v })}
      />
      {p.ProjectType === ProjectType.RapidReHousing && (
        <HudSelect
          list="RRHSubType"
          label={t('RRH sub-type')}
          required
          value={p.RRHSubType}
          error={e.RRHSubType}
          onChange={(v) => set({ RRHSubType: v })}
        />
      )}
      {housingTypeApplies(p.ProjectType, p.RRHSubType) && (
        <HudSelect
          list="HousingType"
          label={t('Housing type')}
          required
          value={p.HousingType}
          error={e.HousingType}
          onChange={(v) => set({ HousingType: v })}
        />
      )}
      {residentialAffiliationApplies(p.ProjectType, p.RRHSubType) && (
        <HudSelect
          list="NoYes"
          label={t('Affiliated with a residential project')}
          required
          value={p.ResidentialAffiliation}
          error={e.ResidentialAffiliation}
          onChange={(v) => set({ ResidentialAffiliation: v })}
        />
      )}
      <HudSelect
        list="TargetPopulation"
        label={t('Target population')}
        value={p.TargetPopulation}
        error={e.TargetPopulation}
        onChange={(v) => set({ TargetPopulation: v })}
      />
      <HudSelect
        list="HOPWAMedAssistedLivingFac"
        label={t('HOPWA medically assisted living facility')}
        value={p.HOPWAMedAssistedLivingFac}
        error={e.HOPWAMedAssistedLivingFac}
        onChange={(v) => set({ HOPWAMedAssistedLivingFac: v })}
      />
      <CountField label={t('PIT count')} value={p.PITCount} error={e.PITCount} onChange={(v) => set({ PITCount: v })} />
    </SimpleGrid>
  );
}
