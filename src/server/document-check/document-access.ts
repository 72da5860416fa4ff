// Reading Document Check documents: the rule of who sees one is the access module's
// (clientDocumentVisibleSql); the client is looked up first, and everyone else gets 404, exactly
// like a document that does not exist.
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { appUserTable, clientDocumentTable, documentTypeTable, organizationTable } from '../../db/schema/index.ts';
import { clientDocumentVisibleSql } from '../access/client-records.ts';
import { currentOrganization } from '../auth/session-hook.ts';
import { requireClientAccess } from '../clients/client-access.ts';
import type { RequestContext } from '../http/context.ts';
import { notFound } from '../http/errors.ts';
import type { ClientDocumentView } from './schemas.ts';

const d = clientDocumentTable;

/** Verified or received documents read expired once their expiry date has passed. */
export const effectiveStatus = sql<ClientDocumentView['status']>`(CASE
  WHEN ${d.status} IN ('verified', 'received') AND ${d.expiresOn} < CURRENT_DATE THEN 'expired'
  ELSE ${d.status} END)`;

const verifier = sql<
  string | null
>`(SELECT vu.first_name || ' ' || vu.last_name FROM app_user vu WHERE vu.id = ${d.verifiedBy})`;

export function selectDocuments(db: DbOrTx) {
  return db
    .select({
      row: d,
      status: effectiveStatus,
      typeName: documentTypeTable.name,
      organizationName: organizationTable.OrganizationName,
      first: appUserTable.firstName,
      last: appUserTable.lastName,
      verifier,
    })
    .from(d)
    .innerJoin(documentTypeTable, eq(documentTypeTable.id, d.documentTypeId))
    .innerJoin(organizationTable, eq(organizationTable.OrganizationID, d.organizationId))
    .leftJoin(appUserTable, eq(appUserTable.id, d.createdBy))
    .$dynamic();
}

type Selected = Awaited<ReturnType<ReturnType<typeof selectDocuments>['execute']>>[number];

export function toDocumentView(s: Selected): ClientDocumentView {
  const r = s.row;
  return {
    id: r.id,
    PersonalID: r.personalId,
    documentTypeId: r.documentTypeId,
    documentTypeName: s.typeName,
    status: s.status,
    verifiedOn: r.verifiedOn,
    verifiedBy: s.verifier,
    expiresOn: r.expiresOn,
    note: r.note,
    organizationId: r.organizationId,
    organizationName: s.organizationName,
    file:
      r.fileName && r.contentType
        ? { name: r.fileName, contentType: r.contentType, sizeBytes: r.sizeBytes ?? 0 }
        : null,
    addedBy: s.first ? `${s.first} ${s.last}` : 'Unknown user',
    addedAt: r.createdAt.toISOString(),
    version: r.version,
  };
}

/** The client's documents this user may see (the client checked first: hidden clients are 404). */
export async function visibleDocuments(db: DbOrTx, ctx: RequestContext, personalId: string) {
  await requireClientAccess(db, ctx, personalId);
  const org = currentOrganization(ctx);
  return selectDocuments(db)
    .where(and(eq(d.personalId, personalId), isNull(d.deletedAt), clientDocumentVisibleSql(org)))
    .orderBy(asc(documentTypeTable.sortOrder), desc(d.createdAt));
}

/** One visible document, or 404. */
export async function requireDocument(db: DbOrTx, ctx: RequestContext, personalId: string, id: string) {
  await requireClientAccess(db, ctx, personalId);
  const org = currentOrganization(ctx);
  const [row] = await selectDocuments(db).where(
    and(eq(d.id, id), eq(d.personalId, personalId), isNull(d.deletedAt), clientDocumentVisibleSql(org)),
  );
  if (!row) throw notFound('The document');
  return row;
}
