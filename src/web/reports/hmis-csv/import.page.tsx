// HMIS CSV Import (HMIS admin): upload a zip in the FY2026 (or FY2024) format; the import runs
// in the background and its report shows every problem by file, line and column.
import { Alert, Button, FileInput, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../lib/api.ts';
import { fieldErrors } from '../../lib/forms.ts';

export function CsvImportPage() {
  const { t } = useTranslation('reports');
  const navigate = useNavigate();
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  async function start() {
    if (!file) return;
    setBusy(true);
    setErrors({});
    try {
      const form = new FormData();
      form.append('file', file);
      const { jobId } = await api.upload<{ jobId: string }>('/api/hmis-csv/imports', form);
      navigate(`/reports/files/${jobId}`);
    } catch (e) {
      setErrors(fieldErrors(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack maw={640}>
      <Title order={1}>{t('HMIS CSV Import')}</Title>
      <Text size="sm" c="dimmed">
        {t(
          'Upload an HMIS CSV export (a .zip of the 24 files) in the FY2026 format; FY2024 exports are converted on the way in. Every file is checked first. High Priority problems stop the import and nothing is written; errors and warnings are reported and the data still loads. Records already in Hearth are updated only when the file has a newer copy.',
        )}
      </Text>
      <FileInput
        label={t('HMIS CSV zip file')}
        placeholder={t('Choose a .zip file')}
        accept=".zip,application/zip"
        value={file}
        onChange={setFile}
        error={errors.file}
        clearable
      />
      {errors._form && !errors.file && <Alert color="red">{errors._form}</Alert>}
      <Button onClick={start} disabled={!file} loading={busy} w="fit-content">
        {t('Import')}
      </Button>
    </Stack>
  );
}
