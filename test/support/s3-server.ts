// A real S3-compatible server (s3rver, on a free port, files in a temporary directory) for tests
// of the object file store.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import type { S3Options } from '../../src/server/storage/s3-file-storage.ts';

export type TestS3 = {
  options: S3Options;
  /** HEARTH_FILE_STORE and the AWS_* credentials a Hearth process needs to use it. */
  env: Record<string, string>;
  close(): Promise<void>;
};

export async function startTestS3(bucket = 'hearth-files'): Promise<TestS3> {
  const directory = mkdtempSync(join(tmpdir(), 'hearth-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  // s3rver's fixed credentials.
  const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
  return {
    options: { bucket, prefix: 'hearth', endpoint, region: 'us-east-1', credentials },
    env: {
      HEARTH_FILE_STORE: `s3://${bucket}/hearth?endpoint=${encodeURIComponent(endpoint)}&region=us-east-1`,
      AWS_ACCESS_KEY_ID: credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    },
    async close() {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
