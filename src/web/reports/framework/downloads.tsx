// Save the report as Excel, PDF or CSV (what is on screen: same parameters, sort and filters),
// or run it in the background when it is large: the file then appears on Files on Server.
import { Alert, Button, Group, Menu } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { tKey } from '../../i18n/keys.ts';
import { api } from '../../lib/api.ts';
import { errorMessage } from '../../lib/forms.ts';
import { downloadUrl, type Params, type View } from './report-api.ts';

const FORMATS = [
  { format: 'xlsx', label: tKey('Excel') },
  { format: 'pdf', label: tKey('PDF') },
  { format: 'csv', label: tKey('CSV') },
] as const;

export function Downloads({ reportId, params, view }: { reportId: string; params: Params; view?: View }) {
  const { t } = useTranslation('reports');
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  async function background(format: string) {
    try {
      await api.post(`/api/reports/${reportId}/jobs`, { parameters: params, format });
      navigate('/reports/files');
    } catch (e) {
      setError(errorMessage(e));
    }
  }
  return (
    <>
      <Group gap="xs">
        {FORMATS.map((f) => (
          <Button
            key={f.format}
            component="a"
            variant="default"
            size="sm"
            href={downloadUrl(reportId, params, f.format, view)}
            download
          >
            {t('Download {{format}}', { format: t(f.label) })}
          </Button>
        ))}
        <Menu>
          <Menu.Target>
            <Button variant="subtle" size="sm">
              {t('Run in background…')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {FORMATS.map((f) => (
              <Menu.Item key={f.format} onClick={() => background(f.format)}>
                {t('{{format}} on Files on Server', { format: t(f.label) })}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      </Group>
      {error && <Alert color="red">{error}</Alert>}
    </>
  );
}
