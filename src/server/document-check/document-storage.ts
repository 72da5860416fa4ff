// Where Document Check files live: the app's file storage, encrypted at rest.
import type { Deps } from '../deps.ts';
import { encryptedFileStorage, keyringFor } from '../storage/encrypted-file-storage.ts';
import type { FileStorage } from '../storage/file-storage.ts';

const stores = new WeakMap<Deps, FileStorage>();

export function documentStorage(deps: Deps): FileStorage {
  let store = stores.get(deps);
  if (!store) {
    store = encryptedFileStorage(deps.storage, () => keyringFor(deps.database, deps.config.fileKey));
    stores.set(deps, store);
  }
  return store;
}

export const documentStorageKey = (documentId: string, fileId: string) => `document-check/${documentId}/${fileId}`;
