// Add a document to Document Check: type, status, verification and expiry dates, note, the file
// (a PDF or an image; not needed while the document is only requested).
import { Alert, Button, Card, FileInput, Group, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../lib/api.ts';
import { fieldErrors } from '../lib/forms.ts';
import { DOCUMENT_STATUSES, documentsUrl, statusName, useDocumentTypes } from './document-check-api.ts';

const today = () => new Date().toLocaleDateString('en-CA');

export function AddDocument({ personalId, onDone }: { personalId: string; onDone: () => void }) {
  const { t } = useTranslation('document-check');
  const types = useDocumentTypes();
  const [typeId, setTypeId] = useState('');
  const [status, setStatus] = useState<string>('received');
  const [verifiedOn, setVerifiedOn] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const [note, setNote] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  async function save() {
    setErrors({});
    setSaving(true);
    try {
      const form = new FormData();
      form.append('documentTypeId', typeId);
      form.append('status', status);
      if (status === 'verified' || status === 'expired') form.append('verifiedOn', verifiedOn || today());
      form.append('expiresOn', expiresOn);
      form.append('note', note);
      if (file) form.append('file', file, file.name);
      await api.upload(documentsUrl(personalId), form);
      setTypeId('');
      setVerifiedOn('');
      setExpiresOn('');
      setNote('');
      setFile(null);
      onDone();
    } catch (e) {
      setErrors(fieldErrors(e));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Card withBorder>
      <Stack>
        <Title order={4}>{t('Add document')}</Title>
        {errors._form && <Alert color="red">{errors._form}</Alert>}
        <Group grow align="flex-start">
          <NativeSelect
            label={t('Document type')}
            value={typeId}
            error={errors.documentTypeId}
            onChange={(e) => setTypeId(e.currentTarget.value)}
            data={[
              { value: '', label: t('Choose…') },
              ...(types.data?.items ?? []).map((t) => ({ value: t.id, label: t.name })),
            ]}
          />
          <NativeSelect
            label={t('Status')}
            value={status}
            error={errors.status}
            onChange={(e) => setStatus(e.currentTarget.value)}
            data={DOCUMENT_STATUSES.map((s) => ({ value: s, label: statusName(t, s) }))}
          />
        </Group>
        <Group grow align="flex-start">
          <TextInput
            type="date"
            label={t('Date verified')}
            description={t('Verified documents: today when left empty')}
            value={verifiedOn}
            error={errors.verifiedOn}
            disabled={status !== 'verified' && status !== 'expired'}
            onChange={(e) => setVerifiedOn(e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('Expiry date')}
            value={expiresOn}
            error={errors.expiresOn}
            onChange={(e) => setExpiresOn(e.currentTarget.value)}
          />
        </Group>
        <TextInput
          label={t('Note')}
          value={note}
          error={errors.note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <FileInput
          label={t('File (PDF or image)')}
          accept="application/pdf,image/*"
          value={file}
          error={errors.file}
          onChange={setFile}
          clearable
        />
        <Group>
          <Button onClick={save} loading={saving} disabled={!typeId}>
            {t('Save document')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
