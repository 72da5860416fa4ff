// Record what became of a referral without an intake: the provider's result, HUD's referral
// result, the result date and a comment.
import { Alert, Button, Group, Modal, NativeSelect, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReferralResult } from '../../hud/codes.ts';
import { DateField, HudSelect } from '../enrollments/hud-inputs.tsx';
import { personName } from '../enrollments/types.ts';
import { api } from '../lib/api.ts';
import { fieldErrors } from '../lib/forms.ts';
import { type IncomingReferral, providerResultOptions } from './cas-api.ts';

export function OutcomeModal({
  row,
  onClose,
  onDone,
}: {
  row: IncomingReferral;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('cas');
  const [providerResult, setProviderResult] = useState(row.providerResult ?? '');
  const [result, setResult] = useState<number | null>(row.ReferralResult);
  const [date, setDate] = useState<string | null>(row.ResultDate ?? new Date().toLocaleDateString('en-CA'));
  const [comment, setComment] = useState(row.resultComment ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  async function save() {
    try {
      await api.post(`/api/cas/referrals/${row.EventID}/outcome`, {
        version: row.version,
        providerResult,
        ReferralResult: result,
        ResultDate: date,
        comment: comment || null,
      });
      onDone();
    } catch (e) {
      setErrors(fieldErrors(e));
    }
  }
  const fields = ['providerResult', 'ReferralResult', 'ResultDate', 'comment'];
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('Outcome of the referral of {{name}} to {{project}}', {
        name: personName(row),
        project: row.ProjectName,
      })}
    >
      <Stack>
        {errors._form && !fields.some((k) => errors[k]) && (
          <Alert color="red">{errors.ProjectID ?? errors._form}</Alert>
        )}
        <NativeSelect
          label={t('Provider result')}
          value={providerResult}
          error={errors.providerResult}
          data={[{ value: '', label: t('Choose…') }, ...providerResultOptions(t)]}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setProviderResult(v);
            if (v === 'enrolled') setResult(ReferralResult.SuccessfulClientAccepted);
            if (v === 'no_show') setResult(ReferralResult.UnsuccessfulClientRejected);
          }}
        />
        <HudSelect
          list="ReferralResult"
          label={t('Referral result')}
          value={result}
          error={errors.ReferralResult}
          onChange={setResult}
        />
        <DateField label={t('Result date')} value={date} error={errors.ResultDate} onChange={setDate} />
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
          <Button disabled={!providerResult || result === null || !date} onClick={save}>
            {t('Save outcome')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
