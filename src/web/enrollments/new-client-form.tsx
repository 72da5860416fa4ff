// Quick-add: a person the search did not find. They are created with the household when the
// workflow finishes, after the server's own duplicate check.
import { Button, Card, Group, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { DateField, HudSelect } from './hud-inputs.tsx';
import type { NewClient } from './intake-model.ts';

export function NewClientForm({ onAdd, onCancel }: { onAdd: (c: NewClient) => void; onCancel: () => void }) {
  const [c, setC] = useState<NewClient>({ FirstName: '', LastName: '', DOB: null, Sex: null });
  const ready = c.FirstName.trim() !== '' && c.LastName.trim() !== '';
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={4}>Add a new client</Title>
        <Group align="flex-start">
          <TextInput
            label="First name"
            value={c.FirstName}
            onChange={(e) => setC({ ...c, FirstName: e.currentTarget.value })}
          />
          <TextInput
            label="Last name"
            value={c.LastName}
            onChange={(e) => setC({ ...c, LastName: e.currentTarget.value })}
          />
          <DateField label="Date of birth" value={c.DOB} onChange={(DOB) => setC({ ...c, DOB })} />
          <HudSelect label="Sex of the new client" list="Sex" value={c.Sex} onChange={(Sex) => setC({ ...c, Sex })} />
        </Group>
        <Group>
          <Button
            disabled={!ready}
            onClick={() => onAdd({ ...c, FirstName: c.FirstName.trim(), LastName: c.LastName.trim() })}
          >
            Add to household
          </Button>
          <Button variant="subtle" onClick={onCancel}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
