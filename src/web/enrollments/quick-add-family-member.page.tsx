// /clients/:personalId/quick-add-family-member — Quick Add Family Member on the head of
// household's dashboard (the seed's cheat sheet): search first so nobody is entered twice, add
// the person if not found (past the duplicate check), then, if they join the program, add them
// to the household's enrollment with Edit entry.

import { Alert, Anchor, Button, Card, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../auth/session.tsx';
import { type ClientView, type DuplicateCandidate, fullName } from '../clients/client-api.ts';
import { toClientBody } from '../clients/client-fields.tsx';
import { ClientFrame } from '../clients/client-frame.tsx';
import { DuplicateCompare } from '../clients/duplicate-compare.tsx';
import { ApiError, api } from '../lib/api.ts';
import { errorMessage } from '../lib/forms.ts';
import { useStartWorkflow } from '../workflows/start-workflow.tsx';
import { useClientEnrollments } from './client-enrollments.page.tsx';
import { ClientPicker } from './client-picker.tsx';
import type { NewClient } from './intake-model.ts';
import { personName } from './types.ts';

export function QuickAddFamilyMemberPage() {
  return <ClientFrame>{(head) => <QuickAdd head={head} />}</ClientFrame>;
}

type Added = { PersonalID: string; name: string };

function QuickAdd({ head }: { head: ClientView }) {
  const { t } = useTranslation('enrollments');
  const me = useMe();
  const enrollments = useClientEnrollments(head.PersonalID);
  const { start, dialog } = useStartWorkflow();
  const [added, setAdded] = useState<Added | null>(null);
  const [duplicates, setDuplicates] = useState<{ entered: NewClient; candidates: DuplicateCandidate[] } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The households this client heads in the organization the user works as, still enrolled.
  const households = (enrollments.data?.enrollments ?? []).filter(
    (e) => e.RelationshipToHoH === 1 && !e.ExitDate && e.OrganizationID === me.currentOrganizationId,
  );

  async function create(c: NewClient, confirmedNotDuplicate = false) {
    setBusy(true);
    setProblem(null);
    try {
      const body = { ...toClientBody(c, { withVeteran: false }), confirmedNotDuplicate };
      const created = await api.post<ClientView>('/api/clients', body);
      setDuplicates(null);
      setAdded({ PersonalID: created.PersonalID, name: fullName(created) });
    } catch (e) {
      if (e instanceof ApiError && e.body.code === 'possible_duplicate')
        setDuplicates({ entered: c, candidates: (e.body.candidates as DuplicateCandidate[]) ?? [] });
      else setProblem(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  if (duplicates)
    return (
      <DuplicateCompare
        entered={duplicates.entered}
        candidates={duplicates.candidates}
        busy={busy}
        onUse={(id) => {
          const found = duplicates.candidates.find((x) => x.PersonalID === id);
          setDuplicates(null);
          setAdded({ PersonalID: id, name: found ? fullName(found) : t('Client {{id}}', { id }) });
        }}
        onNone={() => create(duplicates.entered, true)}
        onBack={() => setDuplicates(null)}
      />
    );

  return (
    <Stack maw={900}>
      {dialog}
      <Title order={3}>{t('Quick Add Family Member')}</Title>
      {problem && <Alert color="red">{problem}</Alert>}
      {added ? (
        <Card withBorder>
          <Stack gap="xs">
            <Text>
              {t('{{name}} (client ID {{id}}) is in HMIS.', { name: added.name, id: added.PersonalID })}{' '}
              <Anchor component={Link} to={`/clients/${added.PersonalID}`}>
                {t('Open their dashboard')}
              </Anchor>
            </Text>
            {households.length > 0 ? (
              <>
                <Text size="sm" c="dimmed">
                  {t(
                    "If {{name}} is joining the program, add them to the household's enrollment with their own project start date:",
                    { name: added.name },
                  )}
                </Text>
                {households.map((h) => (
                  <Button
                    key={h.EnrollmentID}
                    w="fit-content"
                    onClick={() =>
                      start('edit-entry', { EnrollmentID: h.EnrollmentID, data: { join: added.PersonalID } }).catch(
                        (e) => setProblem(errorMessage(e)),
                      )
                    }
                  >
                    {t('Add {{name}} to the {{project}} enrollment', { name: added.name, project: h.ProjectName })}
                  </Button>
                ))}
              </>
            ) : (
              <Text size="sm" c="dimmed">
                {t(
                  '{{name}} heads no open enrollment of your organization, so there is no enrollment to add them to.',
                  { name: personName(head) },
                )}
              </Text>
            )}
            <Button variant="subtle" w="fit-content" onClick={() => setAdded(null)}>
              {t('Add another family member')}
            </Button>
          </Stack>
        </Card>
      ) : (
        <>
          <Text c="dimmed">
            {t(
              'Search first (the first letters of the first and last name), so nobody is entered twice. If the family member is not found, add them.',
            )}
          </Text>
          <ClientPicker
            label={t('Find family member')}
            exclude={[head.PersonalID]}
            addLabel={t('Save family member')}
            onPick={(p) => setAdded({ PersonalID: p.PersonalID, name: personName(p) })}
            onAddNew={(c) => create(c)}
          />
        </>
      )}
    </Stack>
  );
}
