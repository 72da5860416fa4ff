// Record a 4.19 assessment or a 4.20 event on a household's CAS enrollment after the intake.
import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EventType, REFERRAL_EVENTS } from '../../hud/codes.ts';
import { DateField, HudSelect } from '../enrollments/hud-inputs.tsx';
import { api } from '../lib/api.ts';
import { fieldErrors } from '../lib/forms.ts';
import { useTools } from './cas-api.ts';
import { type AssessmentValue, assessmentBody } from './cas-intake-model.ts';
import { CeAssessmentForm, newAssessment } from './ce-assessment-form.tsx';

type ModalProps = { enrollmentId: string; onClose: () => void; onDone: () => void };
const today = () => new Date().toLocaleDateString('en-CA');

export function RecordAssessmentModal({ enrollmentId, onClose, onDone }: ModalProps) {
  const { t } = useTranslation('cas');
  const tools = useTools();
  const [value, setValue] = useState<AssessmentValue | null>(null);
  const [status, setStatus] = useState<number | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const first = tools.data?.[0];
  const current = value ?? (first ? newAssessment(first, today()) : null);
  async function save() {
    if (!current) return;
    try {
      await api.post(`/api/cas/households/${enrollmentId}/assessments`, {
        ...assessmentBody(current),
        PrioritizationStatus: status,
      });
      onDone();
    } catch (e) {
      setErrors(fieldErrors(e));
    }
  }
  return (
    <Modal opened onClose={onClose} title={t('Record a Coordinated Entry assessment')} size="xl">
      <Stack>
        {errors._form && <Alert color="red">{errors._form}</Alert>}
        {current && <CeAssessmentForm tools={tools.data ?? []} value={current} errors={errors} onChange={setValue} />}
        <HudSelect
          list="PrioritizationStatus"
          label={t('Prioritization status')}
          required
          value={status}
          error={errors.PrioritizationStatus}
          onChange={setStatus}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('Cancel')}
          </Button>
          <Button disabled={!current || status === null} onClick={save}>
            {t('Save assessment')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

type EventValue = {
  EventDate: string | null;
  Event: number | null;
  ProbSolDivRRResult: number | null;
  ReferralCaseManageAfter: number | null;
  LocationCrisisOrPHHousing: string;
  ReferralResult: number | null;
  ResultDate: string | null;
};

export function RecordEventModal({ enrollmentId, onClose, onDone }: ModalProps) {
  const { t } = useTranslation('cas');
  const [v, setV] = useState<EventValue>({
    EventDate: today(),
    Event: null,
    ProbSolDivRRResult: null,
    ReferralCaseManageAfter: null,
    LocationCrisisOrPHHousing: '',
    ReferralResult: null,
    ResultDate: null,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (patch: Partial<EventValue>) => setV({ ...v, ...patch });
  const referral = v.Event !== null && REFERRAL_EVENTS.includes(v.Event);
  async function save() {
    try {
      await api.post(`/api/cas/households/${enrollmentId}/events`, {
        ...v,
        LocationCrisisOrPHHousing: v.LocationCrisisOrPHHousing || null,
      });
      onDone();
    } catch (e) {
      setErrors(fieldErrors(e));
    }
  }
  return (
    <Modal opened onClose={onClose} title={t('Record a Coordinated Entry event')} size="lg">
      <Stack>
        {errors._form && <Alert color="red">{errors._form}</Alert>}
        <DateField
          label={t('Event date')}
          required
          value={v.EventDate}
          error={errors.EventDate}
          onChange={(d) => set({ EventDate: d })}
        />
        <HudSelect
          list="EventType"
          label={t('Event')}
          required
          value={v.Event}
          error={errors.Event}
          onChange={(e) => set({ Event: e })}
        />
        {v.Event === EventType.ProblemSolvingDiversion && (
          <HudSelect
            list="NoYesMissing"
            label={t('Client housed/re-housed in a safe alternative')}
            value={v.ProbSolDivRRResult}
            error={errors.ProbSolDivRRResult}
            onChange={(x) => set({ ProbSolDivRRResult: x })}
          />
        )}
        {v.Event === EventType.PostPlacementCaseManagement && (
          <HudSelect
            list="NoYesMissing"
            label={t('Enrolled in aftercare project')}
            value={v.ReferralCaseManageAfter}
            error={errors.ReferralCaseManageAfter}
            onChange={(x) => set({ ReferralCaseManageAfter: x })}
          />
        )}
        {referral && (
          <>
            <TextInput
              label={t('Location of crisis housing or permanent housing referral')}
              value={v.LocationCrisisOrPHHousing}
              error={errors.LocationCrisisOrPHHousing}
              onChange={(e) => set({ LocationCrisisOrPHHousing: e.currentTarget.value })}
            />
            <HudSelect
              list="ReferralResult"
              label={t('Referral result')}
              value={v.ReferralResult}
              error={errors.ReferralResult}
              onChange={(x) => set({ ReferralResult: x })}
            />
            <DateField
              label={t('Result date')}
              value={v.ResultDate}
              error={errors.ResultDate}
              onChange={(d) => set({ ResultDate: d })}
            />
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('Cancel')}
          </Button>
          <Button disabled={!v.EventDate || v.Event === null} onClick={save}>
            {t('Save event')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
