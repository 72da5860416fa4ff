// Every route of the OpenAPI document that may return client data, classified: a read (it must
// write an audit row naming each client it showed), a write (its audit row names the client it
// changed), or not client data (why). The test fails on any GET route, or any route whose answer
// holds client fields, that is not in this list — a new route must be classified here.
import { CAS_DOCUMENT_ROUTES } from './client-data-routes.cas-documents.test-support.ts';
import { CLIENT_ROUTES } from './client-data-routes.clients.test-support.ts';
import { REPORT_ROUTES } from './client-data-routes.reports.test-support.ts';
import { SERVICE_ROUTES } from './client-data-routes.services.test-support.ts';
import type { Classified } from './client-data-routes.shared.test-support.ts';

export type { AuditFixtures, Call, Classified, Reader } from './client-data-routes.shared.test-support.ts';

// One table, in the order the test walks it; each feature's routes are in their own file.
export const CLIENT_DATA_ROUTES: Record<string, Classified> = {
  ...REPORT_ROUTES,
  ...CAS_DOCUMENT_ROUTES,
  ...SERVICE_ROUTES,
  ...CLIENT_ROUTES,
};
