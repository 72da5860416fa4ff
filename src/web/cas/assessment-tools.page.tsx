// Admin → CAS assessment tools: the CoC's tools, and the editor for one.
import { Alert, Badge, Button, Group, Stack, Table, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hudLabel } from '../../hud/codes.ts';
import { api } from '../lib/api.ts';
import { fieldErrors } from '../lib/forms.ts';
import { AssessmentToolEditor, emptyTool, type ToolForm, toolBody } from './assessment-tool-editor.tsx';
import type { Tool } from './cas-api.ts';

export function AssessmentToolsPage() {
  const { t } = useTranslation('cas');
  const qc = useQueryClient();
  const tools = useQuery({
    queryKey: ['admin', 'cas', 'tools'],
    queryFn: () => api.get<Tool[]>('/api/admin/cas/assessment-tools'),
  });
  const [editing, setEditing] = useState<{ id: string | null; version: number; form: ToolForm } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  async function save() {
    if (!editing) return;
    try {
      setErrors({});
      const body = toolBody(editing.form);
      if (editing.id)
        await api.put(`/api/admin/cas/assessment-tools/${editing.id}`, { ...body, version: editing.version });
      else await api.post('/api/admin/cas/assessment-tools', body);
      notifications.show({ color: 'green', message: t('Tool "{{name}}" saved', { name: editing.form.name }) });
      setEditing(null);
      qc.invalidateQueries({ queryKey: ['admin', 'cas', 'tools'] });
      qc.invalidateQueries({ queryKey: ['cas', 'tools'] });
    } catch (e) {
      setErrors(fieldErrors(e));
    }
  }
  if (editing)
    return (
      <Stack>
        <Title order={1}>{editing.id ? editing.form.name : t('New assessment tool')}</Title>
        {errors._form && <Alert color="red">{errors._form}</Alert>}
        <AssessmentToolEditor
          value={editing.form}
          errors={errors}
          onChange={(form) => setEditing({ ...editing, form })}
        />
        <Group>
          <Button onClick={save}>{t('Save tool')}</Button>
          <Button variant="default" onClick={() => setEditing(null)}>
            {t('Cancel')}
          </Button>
        </Group>
      </Stack>
    );
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('CAS assessment tools')}</Title>
        <Button onClick={() => setEditing({ id: null, version: 0, form: emptyTool() })}>{t('Add tool')}</Button>
      </Group>
      <Table aria-label={t('Assessment tools')} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('Tool')}</Table.Th>
            <Table.Th>{t('Level')}</Table.Th>
            <Table.Th>{t('Questions')}</Table.Th>
            <Table.Th>{t('Score')}</Table.Th>
            <Table.Th>{t('Status')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tools.data?.map((tool) => (
            <Table.Tr key={tool.id}>
              <Table.Td>{tool.name}</Table.Td>
              <Table.Td>{hudLabel('AssessmentLevel', tool.assessmentLevel)}</Table.Td>
              <Table.Td>{tool.questions.length}</Table.Td>
              <Table.Td>{tool.scoreName}</Table.Td>
              <Table.Td>
                {tool.active ? <Badge color="green">{t('Active')}</Badge> : <Badge color="gray">{t('Inactive')}</Badge>}
              </Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="default"
                  aria-label={t('Edit {{name}}', { name: tool.name })}
                  onClick={() => {
                    const { id, version, ...form } = tool;
                    setEditing({ id, version, form });
                  }}
                >
                  {t('Edit')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
