import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NoYes } from '../../hud/codes.ts';
import type { OrganizationRecord } from '../../server/admin/organization.schema.ts';
import { api } from '../lib/api.ts';
import { adminFieldErrors } from './admin-forms.ts';
import { HudSelect } from './hud-select.tsx';

/** Add or edit an organization (HUD 2.01) in a dialog. */
export function OrganizationForm(props: {
  organization: OrganizationRecord | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation('admin');
  const o = props.organization;
  const [name, setName] = useState(o?.OrganizationName ?? '');
  const [commonName, setCommonName] = useState(o?.OrganizationCommonName ?? '');
  const [vsp, setVsp] = useState<number | null>(o ? o.VictimServiceProvider : NoYes.No);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setErrors({});
    const body = { OrganizationName: name, OrganizationCommonName: commonName || null, VictimServiceProvider: vsp };
    try {
      if (o) await api.put(`/api/admin/organizations/${o.OrganizationID}`, { ...body, version: o.version });
      else await api.post('/api/admin/organizations', body);
      props.onSaved();
    } catch (err) {
      setErrors(adminFieldErrors(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened onClose={props.onClose} title={o ? t('Edit organization') : t('Add organization')}>
      <Stack component="form" onSubmit={submit} aria-label={t('Organization')}>
        {errors._form && (
          <Alert color="red" role="alert">
            {errors._form}
          </Alert>
        )}
        <TextInput
          label={t('Organization name')}
          required
          value={name}
          error={errors.OrganizationName}
          onChange={(e) => setName(e.currentTarget.value)}
        />
        <TextInput
          label={t('Common name')}
          value={commonName}
          error={errors.OrganizationCommonName}
          onChange={(e) => setCommonName(e.currentTarget.value)}
        />
        <HudSelect
          list="NoYes"
          label={t('Victim service provider')}
          description={t('Victim service providers keep client data in a comparable database, never in HMIS.')}
          required
          value={vsp}
          error={errors.VictimServiceProvider}
          onChange={setVsp}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t('Cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('Save organization')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
