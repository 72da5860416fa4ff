// Reports → Data Explorer: build a question without SQL (subject, columns, filters, grouping and
// counts), choose which organizations' records to include, save and share it. The User Tracker
// is one of its built-in questions. The open question is in the URL (?question=<id>): a saved
// question opens at once, so Delete and Save Changes act on it, and a reload keeps it open.
import { Alert, Loader, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMe } from '../../auth/session.tsx';
import { api } from '../../lib/api.ts';
import { ReportPage } from '../framework/report-page.tsx';
import { DeleteQuestion } from './delete-question.tsx';
import { type ExplorerForm, formFromQuestion, type QuestionView, type SubjectView } from './explorer-api.ts';
import { QuestionFields } from './question-fields.tsx';
import { QuestionChooser, SaveQuestion, useQuestions } from './questions-panel.tsx';

export function DataExplorerPage() {
  const { t } = useTranslation('reports');
  const me = useMe();
  const subjects = useQuery({
    queryKey: ['data-explorer', 'subjects'],
    queryFn: () => api.get<{ items: SubjectView[] }>('/api/data-explorer/subjects'),
  });
  const orgs = { organizationIds: me.currentOrganizationId ? [me.currentOrganizationId] : [] };
  const [search, setSearch] = useSearchParams();
  const questionId = search.get('question');
  const listed = useQuestions(false);
  const [opened, setOpened] = useState<QuestionView | null>(null);
  const [form, setForm] = useState<ExplorerForm | null>(null);
  // The form starts afresh only when another question is opened (not when the one on it is saved).
  const [formKey, setFormKey] = useState(0);
  const load = (q: QuestionView | null) => {
    setOpened(q);
    setForm(q ? formFromQuestion(q.question, form ?? orgs) : null);
    setFormKey((k) => k + 1);
  };
  const show = (q: QuestionView | null) => setSearch(q ? { question: q.id } : {});
  // When the URL names another question (a link, a reload, Back), open it once it is listed.
  const [followed, setFollowed] = useState<string | null>(null);
  if (questionId !== followed) {
    const fromUrl = questionId ? listed.data?.items.find((q) => q.id === questionId) : undefined;
    if (!questionId || opened?.id === questionId || fromUrl) setFollowed(questionId);
    if (!questionId && opened) load(null);
    else if (fromUrl && opened?.id !== questionId) load(fromUrl);
  }
  if (subjects.error) return <Alert color="red">{String(subjects.error)}</Alert>;
  const items = subjects.data?.items;
  if (!items) return <Loader />;
  const first = items[0];
  const initial = form ?? formFromQuestion({ subject: first?.id, columns: first?.defaults }, orgs);
  return (
    <Stack>
      <QuestionChooser
        value={opened?.id ?? null}
        onOpen={(q) => {
          load(q);
          show(q);
        }}
      />
      <ReportPage<ExplorerForm>
        key={formKey}
        reportId="data-explorer"
        savedSettings={false}
        title={opened ? t('Data Explorer: {{question}}', { question: opened.name }) : t('Data Explorer')}
        intro={t(
          'Ask a question about clients, enrollments, exits, services, assessments, users or projects: choose its columns and filters, group it to count, and choose whose records to include. Only records you may see are counted.',
        )}
        initial={initial}
        fields={(f) => (
          <>
            <QuestionFields {...f} subjects={items} />
            <SaveQuestion
              key={formKey}
              current={() => f.params}
              opened={opened}
              onSaved={(q) => {
                setOpened(q);
                show(q);
              }}
            />
            {opened?.mine && (
              <DeleteQuestion
                question={opened}
                onDeleted={() => {
                  load(null);
                  show(null);
                }}
              />
            )}
          </>
        )}
      />
    </Stack>
  );
}
