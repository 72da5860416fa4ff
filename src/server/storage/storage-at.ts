// Opens the file store a location names: the job process opens the app's store this way.
import { type FileStorage, localFileStorage, type StorageLocation } from './file-storage.ts';
import { s3FileStorage } from './s3-file-storage.ts';

export function storageAt(location: StorageLocation): FileStorage {
  return location.kind === 'local' ? localFileStorage(location.root) : s3FileStorage(location.options);
}
