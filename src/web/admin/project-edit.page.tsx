// Admin → Projects → one project: its HUD 2.02 fields and sub-records, saved together.
import { Alert, Anchor, Button, Card, Group, Loader, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ProjectType } from '../../hud/codes.ts';
import type { OrganizationRecord } from '../../server/admin/organization.schema.ts';
import type { ProjectRecord } from '../../server/admin/project.schema.ts';
import {
  housingTypeApplies,
  inventoryApplies,
  isEmergencyShelter,
  residentialAffiliationApplies,
} from '../../server/admin/project-rules.ts';
import { ApiError, api } from '../lib/api.ts';
import { adminFieldErrors } from './admin-forms.ts';
import { ConfirmDelete } from './confirm-delete.tsx';
import { ProjectCeParticipationSection } from './project-ce-participation-section.tsx';
import { ProjectCocSection } from './project-coc-section.tsx';
import { ProjectFields } from './project-fields.tsx';
import {
  emptyProject,
  formToBody,
  type ProjectColumns,
  type ProjectForm,
  projectToForm,
} from './project-form-state.ts';
import { ProjectFundersSection } from './project-funders-section.tsx';
import { ProjectInventorySection } from './project-inventory-section.tsx';
import { ProjectParticipationSection } from './project-participation-section.tsx';

// Fields HUD does not collect for the chosen type are cleared, so hidden fields never block a save.
function applyTypeRules(f: ProjectForm): ProjectForm {
  const t = f.ProjectType;
  const shelter = isEmergencyShelter(t);
  return {
    ...f,
    RRHSubType: t === ProjectType.RapidReHousing ? f.RRHSubType : null,
    HousingType: housingTypeApplies(t, f.RRHSubType) ? f.HousingType : null,
    ResidentialAffiliation: residentialAffiliationApplies(t, f.RRHSubType) ? f.ResidentialAffiliation : null,
    inventory: shelter ? f.inventory : f.inventory.map((i) => ({ ...i, Availability: null, ESBedType: null })),
  };
}

export function ProjectEditPage() {
  const { projectId } = useParams();
  // A fresh editor per project, so one project's unsaved form never shows on another.
  return <ProjectEditor key={projectId ?? 'new'} projectId={projectId} />;
}

function ProjectEditor({ projectId }: { projectId: string | undefined }) {
  const { t } = useTranslation('admin');
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const orgs = useQuery({
    queryKey: ['admin', 'organizations'],
    queryFn: () => api.get<{ items: OrganizationRecord[] }>('/api/admin/organizations'),
  });
  const project = useQuery({
    queryKey: ['admin', 'project', projectId],
    queryFn: () => api.get<ProjectRecord>(`/api/admin/projects/${projectId}`),
    enabled: Boolean(projectId),
  });
  const [form, setForm] = useState<ProjectForm | null>(
    projectId ? null : emptyProject(search.get('organizationId') ?? ''),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState(false);
  const [deleting, setDeleting] = useState(false);

  useEffect(() => {
    if (project.data) setForm(projectToForm(project.data));
  }, [project.data]);

  if (project.error) return <Alert color="red">{project.error.message}</Alert>;
  if (!form) return <Loader aria-label={t('Loading project')} />;
  const set = (patch: Partial<ProjectColumns>) => setForm(applyTypeRules({ ...form, ...patch }));
  const list = <K extends 'cocs' | 'funders' | 'inventory' | 'participations' | 'ceParticipations'>(key: K) => ({
    rows: form[key],
    onChange: (rows: ProjectForm[K]) => setForm({ ...form, [key]: rows }),
    errors,
  });

  async function save(e: FormEvent) {
    e.preventDefault();
    if (!form) return;
    setBusy(true);
    setErrors({});
    setStale(false);
    try {
      const body = formToBody(form);
      const saved = project.data
        ? await api.put<ProjectRecord>(`/api/admin/projects/${project.data.ProjectID}`, {
            ...body,
            version: project.data.version,
          })
        : await api.post<ProjectRecord>('/api/admin/projects', body);
      qc.setQueryData(['admin', 'project', saved.ProjectID], saved);
      qc.invalidateQueries({ queryKey: ['admin', 'projects'] });
      notifications.show({ color: 'green', message: t('Project "{{name}}" saved', { name: saved.ProjectName }) });
      if (!project.data) navigate(`/admin/projects/${saved.ProjectID}`, { replace: true });
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) setStale(true);
      setErrors(adminFieldErrors(err));
    } finally {
      setBusy(false);
    }
  }

  const cocCodes = form.cocs.map((c) => c.CoCCode).filter(Boolean);
  return (
    <Stack component="form" onSubmit={save} aria-label={t('Project')}>
      <Group justify="space-between">
        <Title order={1}>{project.data ? project.data.ProjectName : t('New project')}</Title>
        <Anchor component={Link} to="/admin/projects">
          {t('All projects')}
        </Anchor>
      </Group>
      {errors._form && (
        <Alert
          color="red"
          role="alert"
          title={stale ? t('Someone else saved this project') : t('The project was not saved')}
        >
          {errors._form}
          {stale && (
            <Button
              mt="sm"
              size="xs"
              variant="default"
              onClick={() => {
                setErrors({});
                setStale(false);
                project.refetch();
              }}
            >
              {t('Reload the project')}
            </Button>
          )}
        </Alert>
      )}
      <Card withBorder>
        <ProjectFields value={form} onChange={set} errors={errors} organizations={orgs.data?.items ?? []} />
      </Card>
      <ProjectCocSection {...list('cocs')} />
      <ProjectFundersSection {...list('funders')} defaultStart={form.OperatingStartDate} />
      {(inventoryApplies(form.ProjectType) || form.inventory.length > 0) && (
        <ProjectInventorySection
          {...list('inventory')}
          cocCodes={cocCodes}
          shelter={isEmergencyShelter(form.ProjectType)}
          defaultStart={form.OperatingStartDate}
        />
      )}
      <ProjectParticipationSection {...list('participations')} defaultStart={form.OperatingStartDate} />
      <ProjectCeParticipationSection {...list('ceParticipations')} defaultStart={form.OperatingStartDate} />
      <Group justify="space-between">
        <Button type="submit" loading={busy}>
          {t('Save project')}
        </Button>
        {project.data && (
          <Button variant="subtle" color="red" onClick={() => setDeleting(true)}>
            {t('Delete project')}
          </Button>
        )}
      </Group>
      {deleting && project.data && (
        <ConfirmDelete
          what={t('the project {{name}}', { name: project.data.ProjectName })}
          consequence={t('Projects with enrollments cannot be deleted; give them an operating end date instead.')}
          onCancel={() => setDeleting(false)}
          onConfirm={async () => {
            if (!project.data) return;
            await api.delete(`/api/admin/projects/${project.data.ProjectID}?version=${project.data.version}`);
            qc.invalidateQueries({ queryKey: ['admin', 'projects'] });
            navigate('/admin/projects');
          }}
        />
      )}
    </Stack>
  );
}
