// The HUD Client fields (3.01 name, 3.02 SSN, 3.03 DOB, 4.21 sex, 3.04 race and ethnicity, 3.07
// veteran status) with HUD's labels, shared by Create client and Edit client.

import { Button, Checkbox, Fieldset, Group, SimpleGrid, Text, TextInput } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { hudLabel, NoYes } from '../../hud/codes.ts';
import { HudSelect } from '../admin/hud-select.tsx';
import type { ClientView } from './client-api.ts';

export const RACE_FIELDS = [
  'AmIndAKNative',
  'Asian',
  'BlackAfAmerican',
  'HispanicLatinao',
  'MidEastNAfrican',
  'NativeHIPacific',
  'White',
] as const;

export type ClientFormValues = {
  FirstName: string;
  MiddleName: string;
  LastName: string;
  NameSuffix: string;
  NameDataQuality: number | null;
  SSN: string;
  SSNDataQuality: number | null;
  DOB: string;
  DOBDataQuality: number | null;
  Sex: number | null;
  RaceNone: number | null;
  AdditionalRaceEthnicity: string;
  VeteranStatus: number | null;
} & Record<(typeof RACE_FIELDS)[number], boolean>;

export const emptyClientForm = (): ClientFormValues => ({
  FirstName: '',
  MiddleName: '',
  LastName: '',
  NameSuffix: '',
  NameDataQuality: null,
  SSN: '',
  SSNDataQuality: null,
  DOB: '',
  DOBDataQuality: null,
  Sex: null,
  RaceNone: null,
  AdditionalRaceEthnicity: '',
  VeteranStatus: null,
  AmIndAKNative: false,
  Asian: false,
  BlackAfAmerican: false,
  HispanicLatinao: false,
  MidEastNAfrican: false,
  NativeHIPacific: false,
  White: false,
});

/** A client record in the form. Masked values stay out of it: the field is empty (what is on
 * file shows beside it) until the user types a new value or reveals the full one. */
export function clientForm(c: ClientView): ClientFormValues {
  const v: ClientFormValues = {
    ...emptyClientForm(),
    FirstName: c.FirstName ?? '',
    MiddleName: c.MiddleName ?? '',
    LastName: c.LastName ?? '',
    NameSuffix: c.NameSuffix ?? '',
    NameDataQuality: c.NameDataQuality,
    SSN: c.piiMasked ? '' : (c.SSN ?? ''),
    SSNDataQuality: c.SSNDataQuality,
    DOB: c.DOB ?? '',
    DOBDataQuality: c.DOBDataQuality,
    Sex: c.Sex,
    RaceNone: c.RaceNone,
    AdditionalRaceEthnicity: c.AdditionalRaceEthnicity ?? '',
    VeteranStatus: c.VeteranStatus,
  };
  for (const f of RACE_FIELDS) v[f] = c[f] === NoYes.Yes;
  return v;
}

const TEXT_FIELDS = ['FirstName', 'MiddleName', 'LastName', 'NameSuffix', 'SSN', 'DOB', 'AdditionalRaceEthnicity'];

/** Only the fields given, as the API takes them (a workflow sends what was changed). */
export function toClientPatch(v: Partial<ClientFormValues>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    if (k === 'VeteranStatus' || x === undefined) continue;
    if ((RACE_FIELDS as readonly string[]).includes(k)) body[k] = x ? NoYes.Yes : NoYes.No;
    else if (TEXT_FIELDS.includes(k)) body[k] = String(x).trim() || null;
    else body[k] = x;
  }
  return body;
}

/** The JSON body the API takes: blanks as null, race boxes as HUD Yes/No. */
export function toClientBody(v: ClientFormValues, opts: { withVeteran: boolean }) {
  const { VeteranStatus, ...rest } = v;
  const body: Record<string, unknown> = { ...rest };
  for (const f of RACE_FIELDS) body[f] = v[f] ? NoYes.Yes : NoYes.No;
  for (const k of TEXT_FIELDS) body[k] = (body[k] as string).trim() || null;
  if (opts.withVeteran) body.VeteranStatus = VeteranStatus;
  return body;
}

const noRace = Object.fromEntries(RACE_FIELDS.map((f) => [f, false])) as Record<(typeof RACE_FIELDS)[number], boolean>;

const raceLabel = (f: string) => hudLabel('Race', f === 'HispanicLatinao' ? 'HispanicLatinaeo' : f) ?? f;

/** SSN and DOB the role sees masked: what is on file, and the audited Reveal. */
export type MaskedPii = { ssnDisplay: string | null; dobDisplay: string | null; onReveal: () => void };

type Props = {
  values: ClientFormValues;
  onChange: (v: ClientFormValues) => void;
  errors: Record<string, string>;
  /** Veteran status changes through enrollments once the client exists. */
  showVeteran: boolean;
  /** Sex is asked on its own page in workflows (only where the rules ask it). */
  showSex?: boolean;
  masked?: MaskedPii;
};

const onFile = (t: TFunction<'clients'>, shown: string | null | undefined, what: string) =>
  shown ? t('On file: {{shown}}. Type a new {{what}} to replace it, or Reveal.', { shown, what }) : undefined;

export function ClientFields({ values, onChange, errors, showVeteran, showSex = true, masked }: Props) {
  const { t } = useTranslation('clients');
  const set = <K extends keyof ClientFormValues>(k: K, v: ClientFormValues[K]) => onChange({ ...values, [k]: v });
  const text = (
    k: 'FirstName' | 'MiddleName' | 'LastName' | 'NameSuffix' | 'SSN' | 'DOB',
    label: string,
    description?: string,
  ) => (
    <TextInput
      label={label}
      description={description}
      value={values[k]}
      error={errors[k]}
      onChange={(e) => set(k, e.currentTarget.value)}
      type={k === 'DOB' ? 'date' : 'text'}
    />
  );
  return (
    <>
      <Fieldset legend={t('Name')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {text('FirstName', t('First name'))}
          {text('MiddleName', t('Middle name'))}
          {text('LastName', t('Last name'))}
          {text('NameSuffix', t('Suffix'))}
          <HudSelect
            list="NameDataQuality"
            label={t('Name data quality')}
            value={values.NameDataQuality}
            onChange={(v) => set('NameDataQuality', v)}
            error={errors.NameDataQuality}
          />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('Social Security Number and date of birth')}>
        {masked && (
          <Button size="xs" variant="light" mb="xs" onClick={masked.onReveal}>
            {t('Reveal SSN and date of birth')}
          </Button>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {text('SSN', t('SSN'), masked && !values.SSN ? onFile(t, masked.ssnDisplay, t('SSN')) : undefined)}
          <HudSelect
            list="SSNDataQuality"
            label={t('SSN data quality')}
            value={values.SSNDataQuality}
            onChange={(v) => set('SSNDataQuality', v)}
            error={errors.SSNDataQuality}
          />
          {text(
            'DOB',
            t('Date of birth'),
            masked && !values.DOB ? onFile(t, masked.dobDisplay, t('date of birth')) : undefined,
          )}
          <HudSelect
            list="DOBDataQuality"
            label={t('DOB data quality')}
            value={values.DOBDataQuality}
            onChange={(v) => set('DOBDataQuality', v)}
            error={errors.DOBDataQuality}
          />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('Demographics')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {showSex && (
            <HudSelect
              list="Sex"
              label={t('Sex')}
              value={values.Sex}
              onChange={(v) => set('Sex', v)}
              error={errors.Sex}
            />
          )}
          {showVeteran && (
            <HudSelect
              list="NoYesReasonsForMissingData"
              label={t('Veteran status')}
              value={values.VeteranStatus}
              onChange={(v) => set('VeteranStatus', v)}
              error={errors.VeteranStatus}
            />
          )}
        </SimpleGrid>
        <Fieldset legend={t('Race and ethnicity')} variant="unstyled" mt="sm">
          {errors.AmIndAKNative && (
            <Text c="red" size="sm">
              {errors.AmIndAKNative}
            </Text>
          )}
          <Group mt="xs">
            {RACE_FIELDS.map((f) => (
              <Checkbox
                key={f}
                label={raceLabel(f)}
                checked={values[f]}
                onChange={(e) => {
                  const checked = e.currentTarget.checked;
                  // A race chosen answers 3.04: "not given" no longer applies.
                  onChange({ ...values, [f]: checked, ...(checked ? { RaceNone: null } : {}) });
                }}
              />
            ))}
          </Group>
        </Fieldset>
        <SimpleGrid cols={{ base: 1, sm: 2 }} mt="sm">
          <HudSelect
            list="RaceNone"
            label={t('Race and ethnicity not given')}
            value={values.RaceNone}
            onChange={(v) =>
              // Why no race was given, so none is ticked.
              onChange({ ...values, RaceNone: v, ...(v === null ? {} : noRace) })
            }
            error={errors.RaceNone}
          />
          <TextInput
            label={t('Additional race and ethnicity detail')}
            value={values.AdditionalRaceEthnicity}
            error={errors.AdditionalRaceEthnicity}
            onChange={(e) => set('AdditionalRaceEthnicity', e.currentTarget.value)}
          />
        </SimpleGrid>
      </Fieldset>
    </>
  );
}
