// Add or edit a case note: date, title, note, Read Only, Default Enrollment and (new notes)
// the services given. A read-only note shows its fields locked; only its author or an HMIS
// admin can uncheck Read Only, after which it can be edited in the same save.
import { Alert, Button, Checkbox, Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../lib/api.ts';
import { fieldErrors } from '../lib/forms.ts';
import { enrollmentLabel, formError, today, useServiceEnrollments } from '../services/service-api.ts';
import type { CaseNote, CaseNoteDetail, ServiceRow } from './case-note-api.ts';
import { CaseNoteServices } from './case-note-services.tsx';

export function CaseNoteForm({
  personalId,
  note,
  onSaved,
  onCancel,
}: {
  personalId: string;
  note?: CaseNote;
  onSaved: (n: CaseNoteDetail) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('case-notes');
  const enrollments = useServiceEnrollments(personalId);
  const [noteDate, setDate] = useState(note?.noteDate ?? today());
  const [title, setTitle] = useState(note?.title ?? '');
  const [text, setText] = useState(note?.note ?? '');
  const [readOnly, setReadOnly] = useState(note?.readOnly ?? false);
  const [EnrollmentID, setEnrollment] = useState(note?.EnrollmentID ?? '');
  const [rows, setRows] = useState<ServiceRow[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  // Locked until the stored note's Read Only is unchecked here.
  const locked = Boolean(note?.readOnly) && readOnly;
  const options = enrollments.data ?? [];

  function chooseDefault(id: string) {
    setEnrollment(id);
    setRows(rows.map((r) => ({ ...r, EnrollmentID: id })));
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    setErrors({});
    setBusy(true);
    const body = { noteDate, title, note: text, readOnly, EnrollmentID: EnrollmentID || null };
    try {
      const saved = note
        ? await api.put<CaseNoteDetail>(`/api/case-notes/${note.id}`, { ...body, version: note.version })
        : await api.post<CaseNoteDetail>(`/api/clients/${personalId}/case-notes`, {
            ...body,
            services: rows.map((r) => ({
              EnrollmentID: r.EnrollmentID || null,
              serviceTypeId: r.serviceTypeId,
              DateProvided: r.DateProvided || noteDate,
              units: Number(r.units),
              unitValue: Number(r.unitValue),
            })),
          });
      onSaved(saved);
    } catch (err) {
      setErrors(fieldErrors(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack component="form" onSubmit={submit} aria-label={note ? t('Edit case note') : t('New case note')}>
      {locked && (
        <Alert color="yellow" title={t('Read only')}>
          {note?.canUnlock
            ? t('This case note is read only. Uncheck Read Only to edit or delete it.')
            : t('This case note is read only. Only its author ({{author}}) or an HMIS admin can uncheck Read Only.', {
                author: note?.author.name,
              })}
        </Alert>
      )}
      {formError(errors) && <Alert color="red">{formError(errors)}</Alert>}
      <Group grow align="start">
        <TextInput
          label={t('Date')}
          type="date"
          required
          disabled={locked}
          value={noteDate}
          error={errors.noteDate}
          onChange={(e) => setDate(e.currentTarget.value)}
        />
        <TextInput
          label={t('Title')}
          required
          disabled={locked}
          value={title}
          error={errors.title}
          onChange={(e) => setTitle(e.currentTarget.value)}
        />
      </Group>
      <Textarea
        label={t('Note')}
        required
        autosize
        minRows={5}
        disabled={locked}
        value={text}
        error={errors.note}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <Checkbox
        label={t('Read Only')}
        description={t('Read-only notes cannot be edited or deleted and can be printed')}
        checked={readOnly}
        disabled={Boolean(note?.readOnly) && !note?.canUnlock}
        onChange={(e) => setReadOnly(e.currentTarget.checked)}
      />
      <NativeSelect
        label={t('Default Enrollment')}
        description={t('The enrollment this note is about; fills every service row')}
        disabled={locked}
        data={[
          { value: '', label: t('No enrollment') },
          ...options.map((o) => ({ value: o.EnrollmentID, label: enrollmentLabel(o, t('open')) })),
        ]}
        value={EnrollmentID}
        error={errors.EnrollmentID}
        onChange={(e) => chooseDefault(e.currentTarget.value)}
      />
      {!note && (
        <CaseNoteServices
          rows={rows}
          setRows={setRows}
          enrollments={options}
          defaults={{ EnrollmentID, DateProvided: noteDate }}
          errors={errors}
        />
      )}
      <Group>
        <Button type="submit" loading={busy} disabled={Boolean(note?.readOnly) && !note?.canUnlock}>
          {t('Save')}
        </Button>
        <Button variant="default" onClick={onCancel}>
          {t('Cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
