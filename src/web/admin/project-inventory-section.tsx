import { NativeSelect, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { tKey } from '../i18n/keys.ts';
import { errorsUnder } from './admin-forms.ts';
import { CountField, DateField } from './fields.tsx';
import { HudSelect } from './hud-select.tsx';
import { emptyInventory, type InventoryForm } from './project-form-state.ts';
import { SubRecordList } from './sub-record-list.tsx';

const DEDICATED: { key: keyof InventoryForm & `${string}BedInventory`; label: string }[] = [
  { key: 'CHVetBedInventory', label: tKey('Chronically homeless veteran beds') },
  { key: 'YouthVetBedInventory', label: tKey('Youth veteran beds') },
  { key: 'VetBedInventory', label: tKey('Veteran beds') },
  { key: 'CHYouthBedInventory', label: tKey('Chronically homeless youth beds') },
  { key: 'YouthBedInventory', label: tKey('Youth beds') },
  { key: 'CHBedInventory', label: tKey('Chronically homeless beds') },
  { key: 'OtherBedInventory', label: tKey('Other beds') },
];

/** HUD 2.07 Bed and unit inventory; shelters also record availability and bed type. */
export function ProjectInventorySection(props: {
  rows: InventoryForm[];
  onChange: (rows: InventoryForm[]) => void;
  errors: Record<string, string>;
  cocCodes: string[];
  shelter: boolean;
  defaultStart: string;
}) {
  const { t } = useTranslation('admin');
  const cocOptions = [{ value: '', label: t('Choose…') }, ...props.cocCodes.map((c) => ({ value: c, label: c }))];
  return (
    <SubRecordList
      title={t('Bed and unit inventory')}
      itemLabel={t('Inventory')}
      addLabel={t('Add inventory')}
      rows={props.rows}
      onChange={props.onChange}
      newRow={() => emptyInventory(props.cocCodes[0] ?? '', props.defaultStart)}
      error={props.errors.inventory}
    >
      {(row, i, set) => {
        const e = errorsUnder(props.errors, `inventory.${i}.`);
        const sum = DEDICATED.reduce((n, d) => n + (row[d.key] ?? 0), 0);
        return (
          <>
            <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
              <NativeSelect
                label={t('Inventory CoC code')}
                required
                data={cocOptions}
                value={row.CoCCode}
                error={e.CoCCode}
                onChange={(ev) => set({ CoCCode: ev.currentTarget.value })}
              />
              <HudSelect
                list="HouseholdType"
                label={t('Household type')}
                required
                value={row.HouseholdType}
                error={e.HouseholdType}
                onChange={(v) => set({ HouseholdType: v })}
              />
              {props.shelter && (
                <HudSelect
                  list="Availability"
                  label={t('Availability')}
                  required
                  value={row.Availability}
                  error={e.Availability}
                  onChange={(v) => set({ Availability: v })}
                />
              )}
              {props.shelter && (
                <HudSelect
                  list="BedType"
                  label={t('Bed type')}
                  required
                  value={row.ESBedType}
                  error={e.ESBedType}
                  onChange={(v) => set({ ESBedType: v })}
                />
              )}
              <CountField
                label={t('Units')}
                required
                value={row.UnitInventory}
                error={e.UnitInventory}
                onChange={(v) => set({ UnitInventory: v })}
              />
              <CountField
                label={t('Total beds')}
                required
                value={row.BedInventory}
                error={e.BedInventory}
                description={t('Dedicated and other beds add up to {{sum}}', { sum })}
                onChange={(v) => set({ BedInventory: v })}
              />
              <DateField
                label={t('Inventory start date')}
                required
                value={row.InventoryStartDate}
                error={e.InventoryStartDate}
                onChange={(v) => set({ InventoryStartDate: v })}
              />
              <DateField
                label={t('Inventory end date')}
                value={row.InventoryEndDate}
                error={e.InventoryEndDate}
                onChange={(v) => set({ InventoryEndDate: v })}
              />
            </SimpleGrid>
            <Text size="sm" fw={500}>
              {t('Beds dedicated to a population (every bed counts once)')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
              {DEDICATED.map((d) => (
                <CountField
                  key={d.key}
                  label={t(d.label)}
                  value={row[d.key]}
                  error={e[d.key]}
                  onChange={(v) => set({ [d.key]: v })}
                />
              ))}
            </SimpleGrid>
          </>
        );
      }}
    </SubRecordList>
  );
}
