// Refer a household on the queue to a housing project that receives CE referrals.
import { Alert, Button, Group, Modal, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../enrollments/hud-inputs.tsx';
import { personName } from '../enrollments/types.ts';
import { api } from '../lib/api.ts';
import { fieldErrors } from '../lib/forms.ts';
import type { CasCase, ReferralProject } from './cas-api.ts';

export function ReferModal({
  row,
  onClose,
  onDone,
}: {
  row: Pick<CasCase, 'EnrollmentID' | 'PersonalID' | 'FirstName' | 'LastName'>;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('cas');
  const [ProjectID, setProjectId] = useState('');
  const [EventDate, setEventDate] = useState<string | null>(new Date().toLocaleDateString('en-CA'));
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const projects = useQuery({
    queryKey: ['cas', 'referral-projects'],
    queryFn: () => api.get<ReferralProject[]>('/api/cas/referral-projects'),
  });
  const chosen = projects.data?.find((p) => p.ProjectID === ProjectID);
  async function save() {
    try {
      await api.post('/api/cas/referrals', {
        EnrollmentID: row.EnrollmentID,
        ProjectID,
        ...(EventDate ? { EventDate } : {}),
        comment: comment || null,
      });
      onDone();
    } catch (e) {
      setErrors(fieldErrors(e));
    }
  }
  const known = ['ProjectID', 'EventDate', 'comment'];
  return (
    <Modal opened onClose={onClose} title={t("Refer {{name}}'s household", { name: personName(row) })}>
      <Stack>
        {errors._form && !known.some((k) => errors[k]) && <Alert color="red">{errors._form}</Alert>}
        {errors.EnrollmentID && <Alert color="red">{errors.EnrollmentID}</Alert>}
        <NativeSelect
          label={t('Housing project')}
          value={ProjectID}
          error={errors.ProjectID}
          data={[
            { value: '', label: t('Choose…') },
            ...(projects.data ?? []).map((p) => ({
              value: p.ProjectID,
              label: `${p.ProjectName} (${p.OrganizationName})`,
            })),
          ]}
          onChange={(e) => setProjectId(e.currentTarget.value)}
        />
        {chosen && <Text size="sm">{t('Recorded as: {{event}}', { event: chosen.EventLabel })}</Text>}
        <DateField label={t('Referral date')} value={EventDate} error={errors.EventDate} onChange={setEventDate} />
        <Textarea
          label={t('Comment')}
          value={comment}
          error={errors.comment}
          onChange={(e) => setComment(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('Cancel')}
          </Button>
          <Button disabled={!ProjectID} onClick={save}>
            {t('Refer')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
