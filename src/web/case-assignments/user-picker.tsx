// Find a user who can be a case manager for your organization, by name.
import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, qs } from '../lib/api.ts';

export type UserOption = { id: string; name: string; username: string };

export function UserPicker({
  label,
  value,
  valueName,
  onChange,
  error,
}: {
  label: string;
  value: string | null;
  valueName?: string;
  onChange: (id: string | null, name: string | null) => void;
  error?: string;
}) {
  const { t } = useTranslation('case-assignments');
  const [search, setSearch] = useState('');
  const users = useQuery({
    queryKey: ['assignable-users', search],
    queryFn: () => api.get<UserOption[]>(`/api/case-assignments/users${qs({ search })}`),
  });
  const data = (users.data ?? []).map((u) => ({ value: u.id, label: u.name }));
  if (value && valueName && !data.some((d) => d.value === value)) data.unshift({ value, label: valueName });
  return (
    <Select
      label={label}
      placeholder={t('Search by name')}
      searchable
      clearable
      maw={320}
      data={data}
      value={value}
      error={error}
      onSearchChange={setSearch}
      onChange={(id) => onChange(id, data.find((d) => d.value === id)?.label ?? null)}
      nothingFoundMessage={t('No user with access to your organization has that name')}
    />
  );
}
