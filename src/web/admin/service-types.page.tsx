// Admin → Service types: the CoC's service catalog and the HUD service each entry is exported as.
import { Alert, Badge, Button, Checkbox, Group, Modal, NativeSelect, Stack, Table, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { hudOptions, TYPE_PROVIDED_LIST } from '../../hud/codes.ts';
import type { ServiceTypeRecord } from '../../server/admin/service-type.schema.ts';
import { api } from '../lib/api.ts';
import { errorMessage } from '../lib/forms.ts';
import { adminFieldErrors } from './admin-forms.ts';
import { TextField } from './fields.tsx';
import { HudSelect } from './hud-select.tsx';

export function ServiceTypesPage() {
  const qc = useQueryClient();
  const [editing, setEditing] = useState<ServiceTypeRecord | 'new' | null>(null);
  const query = useQuery({
    queryKey: ['admin', 'service-types'],
    queryFn: () => api.get<{ items: ServiceTypeRecord[] }>('/api/admin/service-types'),
  });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>Service types</Title>
        <Button onClick={() => setEditing('new')}>Add service type</Button>
      </Group>
      {query.error && <Alert color="red">{errorMessage(query.error)}</Alert>}
      <Table striped aria-label="Service types">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Category</Table.Th>
            <Table.Th>Unit</Table.Th>
            <Table.Th>HUD record type</Table.Th>
            <Table.Th>HUD type provided</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Actions</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {query.data?.items.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>{s.name}</Table.Td>
              <Table.Td>{s.category}</Table.Td>
              <Table.Td>{s.unitLabel}</Table.Td>
              <Table.Td>{s.recordTypeLabel ?? 'Not a HUD service'}</Table.Td>
              <Table.Td>{s.typeProvidedLabel}</Table.Td>
              <Table.Td>
                {s.active ? <Badge color="green">Active</Badge> : <Badge color="gray">Inactive</Badge>}
              </Table.Td>
              <Table.Td>
                <Button size="xs" variant="default" aria-label={`Edit ${s.name}`} onClick={() => setEditing(s)}>
                  Edit
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {editing && (
        <ServiceTypeForm
          serviceType={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            qc.invalidateQueries({ queryKey: ['admin', 'service-types'] });
          }}
        />
      )}
    </Stack>
  );
}

function ServiceTypeForm(props: { serviceType: ServiceTypeRecord | null; onClose: () => void; onSaved: () => void }) {
  const s = props.serviceType;
  const [name, setName] = useState(s?.name ?? '');
  const [category, setCategory] = useState(s?.category ?? '');
  const [unitLabel, setUnitLabel] = useState(s?.unitLabel ?? '');
  const [active, setActive] = useState(s?.active ?? true);
  const [recordType, setRecordType] = useState<number | null>(s?.recordType ?? null);
  const [typeProvided, setTypeProvided] = useState<number | null>(s?.typeProvided ?? null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const list = recordType === null ? undefined : TYPE_PROVIDED_LIST[recordType];

  async function submit(e: FormEvent) {
    e.preventDefault();
    setErrors({});
    const body = { name, category, unitLabel, active, recordType, typeProvided };
    try {
      if (s) await api.put(`/api/admin/service-types/${s.id}`, { ...body, version: s.version });
      else await api.post('/api/admin/service-types', body);
      props.onSaved();
    } catch (err) {
      setErrors(adminFieldErrors(err));
    }
  }

  return (
    <Modal opened onClose={props.onClose} title={s ? `Edit ${s.name}` : 'Add service type'}>
      <Stack component="form" onSubmit={submit} aria-label="Service type">
        {errors._form && <Alert color="red">{errors._form}</Alert>}
        <TextField label="Name" required value={name} error={errors.name} onChange={setName} />
        <TextField label="Category" required value={category} error={errors.category} onChange={setCategory} />
        <TextField
          label="Unit"
          description="What one unit of the service is: Night, Session, Meal …"
          required
          value={unitLabel}
          error={errors.unitLabel}
          onChange={setUnitLabel}
        />
        <HudSelect
          list="RecordType"
          label="HUD record type"
          description="Leave empty for services HUD does not ask about"
          value={recordType}
          error={errors.recordType}
          onChange={(v) => {
            setRecordType(v);
            setTypeProvided(null);
          }}
        />
        {list && (
          <NativeSelect
            label="HUD type provided"
            required
            value={typeProvided === null ? '' : String(typeProvided)}
            error={errors.typeProvided}
            onChange={(e) => setTypeProvided(e.currentTarget.value === '' ? null : Number(e.currentTarget.value))}
            data={[{ value: '', label: 'Choose…' }, ...hudOptions(list)]}
          />
        )}
        <Checkbox
          label="Active (offered when recording services)"
          checked={active}
          onChange={(e) => setActive(e.currentTarget.checked)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            Cancel
          </Button>
          <Button type="submit">Save service type</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
