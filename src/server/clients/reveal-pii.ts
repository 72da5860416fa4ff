// "Reveal" on a masked SSN or date of birth: the full values of one client the user can see,
// each reveal audited as a PII view (who, which client, from where), apart from ordinary reads.
import type { DbOrTx } from '../../db/connect.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { RequestContext } from '../http/context.ts';
import { forbidden } from '../http/errors.ts';
import { mayRevealPii, requireClientAccess } from './client-access.ts';
import { dobDisplay, ssnDisplay } from './mask.ts';

export type RevealedPii = {
  SSN: string | null;
  DOB: string | null;
  ssnDisplay: string | null;
  dobDisplay: string | null;
};

export async function revealClientPii(db: DbOrTx, ctx: RequestContext, personalId: string): Promise<RevealedPii> {
  const { client } = await requireClientAccess(db, ctx, personalId);
  if (!mayRevealPii(ctx)) throw forbidden('Your role may not see full SSNs and dates of birth');
  await recordAudit(db, ctx, {
    action: 'client.pii_view',
    entityType: 'client',
    entityId: personalId,
    clientId: personalId,
    detail: { fields: ['SSN', 'DOB'] },
  });
  return {
    SSN: client.SSN,
    DOB: client.DOB,
    ssnDisplay: ssnDisplay(client.SSN, true),
    dobDisplay: dobDisplay(client.DOB, true),
  };
}
