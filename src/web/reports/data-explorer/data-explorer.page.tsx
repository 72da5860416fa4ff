// Reports → Data Explorer: build a question without SQL (subject, columns, filters, grouping and
// counts), choose which organizations' records to include, save and share it. The User Tracker
// is one of its built-in questions.
import { Alert, Loader, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useMe } from '../../auth/session.tsx';
import { api } from '../../lib/api.ts';
import { ReportPage } from '../framework/report-page.tsx';
import { DeleteQuestion } from './delete-question.tsx';
import { type ExplorerForm, formFromQuestion, type QuestionView, type SubjectView } from './explorer-api.ts';
import { QuestionFields } from './question-fields.tsx';
import { QuestionChooser, SaveQuestion } from './questions-panel.tsx';

export function DataExplorerPage() {
  const me = useMe();
  const subjects = useQuery({
    queryKey: ['data-explorer', 'subjects'],
    queryFn: () => api.get<{ items: SubjectView[] }>('/api/data-explorer/subjects'),
  });
  const orgs = { organizationIds: me.currentOrganizationId ? [me.currentOrganizationId] : [] };
  const [opened, setOpened] = useState<QuestionView | null>(null);
  const [form, setForm] = useState<ExplorerForm | null>(null);
  if (subjects.error) return <Alert color="red">{String(subjects.error)}</Alert>;
  const items = subjects.data?.items;
  if (!items) return <Loader />;
  const first = items[0];
  const initial = form ?? formFromQuestion({ subject: first?.id, columns: first?.defaults }, orgs);
  return (
    <Stack>
      <QuestionChooser
        onOpen={(q) => {
          setOpened(q);
          setForm(formFromQuestion(q.question, form ?? orgs));
        }}
      />
      <ReportPage<ExplorerForm>
        key={opened?.id ?? 'new'}
        reportId="data-explorer"
        savedSettings={false}
        title={opened ? `Data Explorer: ${opened.name}` : 'Data Explorer'}
        intro="Ask a question about clients, enrollments, exits, services, assessments, users or projects: choose its columns and filters, group it to count, and choose whose records to include. Only records you may see are counted."
        initial={initial}
        fields={(f) => (
          <>
            <QuestionFields {...f} subjects={items} />
            <SaveQuestion key={opened?.id ?? 'new'} current={() => f.params} opened={opened} />
            {opened?.mine && (
              <DeleteQuestion
                question={opened}
                onDeleted={() => {
                  setOpened(null);
                  setForm(null);
                }}
              />
            )}
          </>
        )}
      />
    </Stack>
  );
}
