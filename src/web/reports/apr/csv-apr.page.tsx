// Reports → HMIS Exports → CSV-APR FY2026 / CSV-CAPER FY2026: the seed's launch form. Running it
// queues a job; the zip for Sage (and the validation file, when asked for) appear on Files on Server.
import { Alert, Button, Card, Checkbox, Group, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../lib/api.ts';
import { fieldErrors } from '../../lib/forms.ts';
import { type AprForm, AprParamsFields, initialAprForm } from './apr-params.tsx';

export function CsvAprPage({ reportType }: { reportType: 'APR' | 'CAPER' }) {
  const { t } = useTranslation('reports');
  const navigate = useNavigate();
  const [form, setForm] = useState<AprForm>(initialAprForm);
  const [validation, setValidation] = useState(false);
  const [encrypt, setEncrypt] = useState(true);
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const onChange = useCallback((f: AprForm) => setForm(f), []);

  async function run() {
    setBusy(true);
    setErrors({});
    try {
      await api.post<{ jobId: string }>('/api/reports/csv-apr', {
        reportType,
        startDate: form.startDate,
        endDate: form.endDate,
        projectIds: form.projectIds,
        generateValidationFile: validation,
        ...(validation && encrypt ? { validationPassword: password } : {}),
        acceptUnencrypted: validation && !encrypt,
      });
      navigate('/reports/files');
    } catch (e) {
      setErrors(fieldErrors(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack>
      <Title order={1}>{t('CSV-{{report}} FY2026', { report: reportType })}</Title>
      <Text c="dimmed" size="sm">
        {reportType === 'APR'
          ? t(
              'The CoC Annual Performance Report as the zip of CSV files Sage takes. It runs in the background and appears on Files on Server.',
            )
          : t(
              'The ESG CAPER as the zip of CSV files Sage takes. It runs in the background and appears on Files on Server.',
            )}
      </Text>
      <Card withBorder>
        <AprParamsFields form={form} onChange={onChange} errors={errors} />
      </Card>
      <Card withBorder>
        <Stack gap="xs">
          <Title order={4}>{t('Validation file')}</Title>
          <Checkbox
            label={t('Generate Validation File (client-level data, with the Annual Detail)')}
            checked={validation}
            onChange={(e) => setValidation(e.currentTarget.checked)}
          />
          {validation && (
            <>
              <Checkbox
                label={t('Encrypt the validation file with a password (AES-256)')}
                checked={encrypt}
                onChange={(e) => setEncrypt(e.currentTarget.checked)}
              />
              {encrypt ? (
                <PasswordInput
                  label={t('Validation file password')}
                  description={t('At least 12 characters; you will need it to open the zip')}
                  value={password}
                  onChange={(e) => setPassword(e.currentTarget.value)}
                  error={errors.validationPassword}
                  autoComplete="new-password"
                />
              ) : (
                <Alert color="orange" title={t('Unencrypted client-level data')}>
                  {t(
                    'By running the export without encryption you accept full responsibility for keeping the validation file safe. This choice is recorded.',
                  )}
                </Alert>
              )}
            </>
          )}
        </Stack>
      </Card>
      {errors._form && <Alert color="red">{errors._form}</Alert>}
      <Group>
        <Button onClick={run} loading={busy}>
          {t('Run Export')}
        </Button>
      </Group>
    </Stack>
  );
}
