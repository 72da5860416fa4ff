// Client photo: upload a file or take one with the device camera; download; remove.

import { Alert, Button, FileInput, Group, Image, Stack, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../lib/api.ts';
import { ConfirmButton } from '../lib/confirm-button.tsx';
import { errorMessage } from '../lib/forms.ts';
import { type ClientDashboard, clientKey, photoUrl } from './client-api.ts';
import { ClientFrame } from './client-frame.tsx';

function Camera({ onImage }: { onImage: (blob: Blob) => Promise<void> }) {
  const { t } = useTranslation('clients');
  const video = useRef<HTMLVideoElement>(null);
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [shot, setShot] = useState<{ blob: Blob; url: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function start() {
    setError(null);
    try {
      const s = await navigator.mediaDevices.getUserMedia({ video: true });
      setStream(s);
      if (video.current) {
        video.current.srcObject = s;
        await video.current.play();
      }
    } catch (e) {
      setError(t('The camera could not start: {{reason}}', { reason: errorMessage(e) }));
    }
  }
  function stop() {
    for (const t of stream?.getTracks() ?? []) t.stop();
    setStream(null);
  }
  function capture() {
    const v = video.current;
    if (!v) return;
    const canvas = document.createElement('canvas');
    canvas.width = v.videoWidth || 640;
    canvas.height = v.videoHeight || 480;
    canvas.getContext('2d')?.drawImage(v, 0, 0, canvas.width, canvas.height);
    canvas.toBlob((blob) => blob && setShot({ blob, url: URL.createObjectURL(blob) }), 'image/jpeg', 0.9);
  }
  async function use() {
    if (!shot) return;
    await onImage(shot.blob);
    URL.revokeObjectURL(shot.url);
    setShot(null);
    stop();
  }
  return (
    <Stack>
      {error && <Alert color="red">{error}</Alert>}
      <video ref={video} hidden={!stream || !!shot} muted playsInline style={{ maxWidth: 480 }} />
      {shot && <Image src={shot.url} alt={t('Captured image')} maw={480} />}
      <Group>
        {!stream && <Button onClick={start}>{t('Take a photo')}</Button>}
        {stream && !shot && <Button onClick={capture}>{t('Capture')}</Button>}
        {shot && <Button onClick={use}>{t('Use this image')}</Button>}
        {shot && (
          <Button variant="default" onClick={() => setShot(null)}>
            {t('Retake')}
          </Button>
        )}
        {stream && (
          <Button variant="default" onClick={stop}>
            {t('Close camera')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

function Photo({ client }: { client: ClientDashboard }) {
  const { t } = useTranslation('clients');
  const [file, setFile] = useState<File | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const qc = useQueryClient();
  const id = encodeURIComponent(client.PersonalID);
  const refresh = () => qc.invalidateQueries({ queryKey: clientKey(client.PersonalID) });

  async function upload(blob: Blob, name: string) {
    setMessage(null);
    try {
      const form = new FormData();
      form.append('photo', blob, name);
      await api.upload(`/api/clients/${id}/photo`, form);
      setFile(null);
      setMessage({ ok: true, text: t('Photo saved.') });
      await refresh();
    } catch (e) {
      setMessage({ ok: false, text: errorMessage(e) });
    }
  }
  async function remove() {
    await api.delete(`/api/clients/${id}/photo`);
    setMessage({ ok: true, text: t('Photo removed.') });
    await refresh();
  }

  return (
    <Stack maw={600}>
      <Title order={3}>{t('Photo')}</Title>
      {message && (
        <Alert color={message.ok ? 'green' : 'red'} role="status">
          {message.text}
        </Alert>
      )}
      {client.hasPhoto ? (
        <>
          <Image src={photoUrl(client.PersonalID, 'full', client.photoVersion)} alt={t('Client photo')} maw={320} />
          <Group>
            <Button component="a" href={`${photoUrl(client.PersonalID, 'full', client.photoVersion)}&download=true`}>
              {t('Download photo')}
            </Button>
            <ConfirmButton
              color="red"
              variant="light"
              title={t('Remove the photo?')}
              message={t("The client's photo will be removed from their record.")}
              confirmLabel={t('Remove photo')}
              onConfirm={remove}
            >
              {t('Remove photo')}
            </ConfirmButton>
          </Group>
        </>
      ) : (
        <Alert color="gray">{t('No photo yet.')}</Alert>
      )}
      <Group align="end">
        <FileInput
          label={t('Photo file')}
          accept="image/*"
          value={file}
          onChange={setFile}
          style={{ flex: 1 }}
          clearable
        />
        <Button disabled={!file} onClick={() => file && upload(file, file.name)}>
          {t('Upload photo')}
        </Button>
      </Group>
      <Camera onImage={(blob) => upload(blob, 'camera.jpg')} />
    </Stack>
  );
}

export function PhotoPage() {
  return <ClientFrame>{(client) => <Photo client={client} />}</ClientFrame>;
}
