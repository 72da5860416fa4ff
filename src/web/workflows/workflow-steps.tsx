// A workflow's steps: the full list beside the question on a wide screen, and on a phone a
// one-line "Step 3 of 12: Income" with a menu of every step.

import { Button, Group, Menu, NavLink, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { Step } from './workflow-shell.tsx';

type Go = (to: string) => void;

const groupsOf = (steps: Step[]) => [...new Set(steps.map((s) => s.group))];

export function StepList({
  steps,
  current,
  hasError,
  onGo,
}: {
  steps: Step[];
  current: string | undefined;
  hasError: (s: Step) => boolean;
  onGo: Go;
}) {
  const { t } = useTranslation('workflows');
  return (
    <nav aria-label={t('Workflow steps')} style={{ maxHeight: '70vh', overflowY: 'auto' }}>
      {groupsOf(steps).map((g) => (
        <div key={g}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={700} mt="xs">
            {g}
          </Text>
          {steps
            .filter((s) => s.group === g)
            .map((s) => (
              <NavLink
                key={s.id}
                component="button"
                type="button"
                label={s.label}
                active={s.id === current}
                color={hasError(s) ? 'red' : undefined}
                aria-current={s.id === current ? 'step' : undefined}
                onClick={() => onGo(s.id)}
              />
            ))}
        </div>
      ))}
    </nav>
  );
}

export function StepIndicator({
  steps,
  index,
  hasError,
  onGo,
}: {
  steps: Step[];
  index: number;
  hasError: (s: Step) => boolean;
  onGo: Go;
}) {
  const { t } = useTranslation('workflows');
  const step = steps[index];
  if (!step) return null;
  const groups = groupsOf(steps);
  return (
    <Group hiddenFrom="md" justify="space-between" wrap="nowrap" gap="xs">
      <div>
        <Text fw={700} aria-live="polite">
          {t('Step {{n}} of {{total}}: {{label}}', { n: index + 1, total: steps.length, label: step.label })}
        </Text>
        {groups.length > 1 && (
          <Text size="sm" c="dimmed">
            {step.group}
          </Text>
        )}
      </div>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" size="xs">
            {t('All steps')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown mah="70vh" style={{ overflowY: 'auto' }}>
          {groups.map((g) => (
            <Fragment key={g}>
              {groups.length > 1 && <Menu.Label>{g}</Menu.Label>}
              {steps
                .filter((s) => s.group === g)
                .map((s) => (
                  <Menu.Item
                    key={s.id}
                    onClick={() => onGo(s.id)}
                    fw={s.id === step.id ? 700 : undefined}
                    c={hasError(s) ? 'red.9' : undefined}
                    aria-current={s.id === step.id ? 'step' : undefined}
                  >
                    {steps.indexOf(s) + 1}. {s.label}
                  </Menu.Item>
                ))}
            </Fragment>
          ))}
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
