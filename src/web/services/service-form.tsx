// New Service: the enrollment it hangs on, the service, date (today unless backdated), units
// and the value of one unit ($0.00 is fine).
import { Alert, Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../lib/api.ts';
import { fieldErrors } from '../lib/forms.ts';
import {
  enrollmentLabel,
  formError,
  type Service,
  serviceTypeOptions,
  today,
  useClearUnofferedService,
  useRecordableServiceTypes,
  useServiceEnrollments,
} from './service-api.ts';
import { UnitsAndValue } from './units-and-value.tsx';

export function ServiceForm({ personalId, onSaved }: { personalId: string; onSaved: (s: Service) => void }) {
  const { t } = useTranslation('services');
  const enrollments = useServiceEnrollments(personalId);
  const [EnrollmentID, setEnrollment] = useState('');
  const [serviceTypeId, setType] = useState('');
  const [DateProvided, setDate] = useState(today());
  const [units, setUnits] = useState<number | string>(1);
  const [unitValue, setValue] = useState<number | string>(0);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const options = enrollments.data ?? [];
  const chosenEnrollment = options.find((o) => o.EnrollmentID === EnrollmentID) ?? options[0];
  // Only what the enrollment's project records on the service date is offered.
  const types = useRecordableServiceTypes(chosenEnrollment?.ProjectID, DateProvided);
  useClearUnofferedService(
    types.data,
    serviceTypeId,
    useCallback(() => setType(''), []),
  );

  async function submit(e: FormEvent) {
    e.preventDefault();
    setErrors({});
    setBusy(true);
    try {
      const saved = await api.post<Service>(`/api/clients/${personalId}/services`, {
        EnrollmentID: chosenEnrollment?.EnrollmentID,
        serviceTypeId,
        DateProvided,
        units: Number(units),
        unitValue: Number(unitValue),
      });
      onSaved(saved);
    } catch (err) {
      setErrors(fieldErrors(err));
    } finally {
      setBusy(false);
    }
  }

  if (enrollments.isSuccess && !options.length) {
    return (
      <Alert color="yellow" title={t('No enrollment to record on')}>
        {t(
          'This client has no enrollment in your organization’s projects. A service must be attached to an enrollment: enroll the client first.',
        )}
      </Alert>
    );
  }
  return (
    <Stack component="form" onSubmit={submit} aria-label={t('New service')} maw={520}>
      {formError(errors) && <Alert color="red">{formError(errors)}</Alert>}
      <NativeSelect
        label={t('Enrollment')}
        required
        data={options.map((o) => ({ value: o.EnrollmentID, label: enrollmentLabel(o, t('open')) }))}
        value={chosenEnrollment?.EnrollmentID ?? ''}
        error={errors.EnrollmentID}
        onChange={(e) => setEnrollment(e.currentTarget.value)}
      />
      <NativeSelect
        label={t('Service')}
        required
        data={[{ group: '', items: [{ value: '', label: t('Choose a service') }] }, ...serviceTypeOptions(types.data)]}
        value={serviceTypeId}
        error={errors.serviceTypeId}
        onChange={(e) => setType(e.currentTarget.value)}
      />
      <TextInput
        label={t('Service date')}
        type="date"
        required
        max={today()}
        value={DateProvided}
        error={errors.DateProvided}
        onChange={(e) => setDate(e.currentTarget.value)}
      />
      <Group grow>
        <UnitsAndValue units={units} unitValue={unitValue} onUnits={setUnits} onUnitValue={setValue} errors={errors} />
      </Group>
      <Button type="submit" loading={busy} w="fit-content">
        {t('Save service')}
      </Button>
    </Stack>
  );
}
