// Files on an S3-compatible object store (AWS S3, MinIO, Ceph, …), so every app server sees the
// same files. HEARTH_FILE_STORE names it: s3://bucket/optional/prefix, with ?endpoint=…&region=…
// for stores other than AWS (path-style addressing is then used). Credentials come the standard
// AWS way (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, a profile, or the instance's role).
import { type Readable, Transform } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { FileStorage } from './file-storage.ts';

export type S3Options = {
  bucket: string;
  prefix?: string;
  endpoint?: string;
  region?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
};

/** Reads HEARTH_FILE_STORE (s3://bucket/prefix?endpoint=http://host:9000&region=us-east-1). */
export function parseFileStore(value: string): S3Options {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`HEARTH_FILE_STORE must be an s3://bucket/prefix URL, got "${value}"`);
  }
  if (url.protocol !== 's3:' || !url.hostname) {
    throw new Error(`HEARTH_FILE_STORE must be an s3://bucket/prefix URL, got "${value}"`);
  }
  return {
    bucket: url.hostname,
    prefix: decodeURIComponent(url.pathname.replace(/^\/+|\/+$/g, '')),
    endpoint: url.searchParams.get('endpoint') ?? undefined,
    region: url.searchParams.get('region') ?? undefined,
  };
}

export function s3FileStorage(opts: S3Options): FileStorage {
  const config: S3ClientConfig = {
    region: opts.region ?? process.env.AWS_REGION ?? 'us-east-1',
    // Checksums only where S3 requires them: many S3-compatible stores reject the newer headers.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  };
  if (opts.endpoint) {
    config.endpoint = opts.endpoint;
    config.forcePathStyle = true;
  }
  if (opts.credentials) config.credentials = opts.credentials;
  const client = new S3Client(config);
  const Bucket = opts.bucket;
  const keyOf = (key: string) => {
    // Keys are ours, but never let one climb out of the prefix.
    if (!key || key.split('/').some((part) => part === '..' || part === '.' || part === '')) {
      throw new Error('invalid storage key');
    }
    return opts.prefix ? `${opts.prefix}/${key}` : key;
  };
  const missing = (e: unknown) => {
    const name = (e as { name?: string }).name;
    return (
      name === 'NoSuchKey' ||
      name === 'NotFound' ||
      (e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404
    );
  };

  return {
    location: { kind: 's3', options: opts },
    async put(key, data) {
      const Key = keyOf(key);
      if (Buffer.isBuffer(data)) {
        await client.send(new PutObjectCommand({ Bucket, Key, Body: data, ContentLength: data.length }));
        return { size: data.length };
      }
      // A stream of unknown length: multipart in 8 MB parts (one PUT when smaller).
      let size = 0;
      const counted = data.pipe(
        new Transform({
          transform(chunk: Buffer, _enc, done) {
            size += chunk.length;
            done(null, chunk);
          },
        }),
      );
      data.once('error', (e) => counted.destroy(e));
      await new Upload({
        client,
        params: { Bucket, Key, Body: counted },
        partSize: 8 * 1024 ** 2,
        queueSize: 2,
      }).done();
      return { size };
    },
    async get(key) {
      const res = await client.send(new GetObjectCommand({ Bucket, Key: keyOf(key) }));
      if (!res.Body) throw new Error('the file store returned no body');
      return res.Body as Readable;
    },
    async remove(key) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: keyOf(key) })).catch((e: unknown) => {
        if (!missing(e)) throw e;
      });
    },
    async exists(key) {
      try {
        await client.send(new HeadObjectCommand({ Bucket, Key: keyOf(key) }));
        return true;
      } catch (e) {
        if (missing(e)) return false;
        throw e;
      }
    },
  };
}
