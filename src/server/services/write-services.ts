// Writes checked services: the app row, the HUD Services row for HUD-mapped types, and one
// audit row per service, in bulk, inside the caller's transaction.
import type { Tx } from '../../db/connect.ts';
import { servicesTable, serviceTable } from '../../db/schema/index.ts';
import {
  FINANCIAL_ASSISTANCE_RECORD_TYPES,
  MovingOnAssistanceType,
  RecordType,
  SsvfServiceType,
} from '../../hud/codes.ts';
import type { RequestContext } from '../http/context.ts';
import { conflict } from '../http/errors.ts';
import { hudNow, newId } from '../http/ids.ts';
import { recordAuditMany } from './audit-many.ts';
import type { PreparedService } from './prepare-services.ts';

const CHUNK = 500;

export type WrittenService = { id: string; ServicesID: string | null; PersonalID: string };

export async function writeServices(
  tx: Tx,
  ctx: RequestContext,
  services: readonly PreparedService[],
  opts: { via: string; caseNoteId?: string },
): Promise<WrittenService[]> {
  const now = hudNow();
  const userId = ctx.user.id;
  const org = ctx.user.currentOrganizationId ?? '';
  const hudRows: (typeof servicesTable.$inferInsert)[] = [];
  const appRows: (typeof serviceTable.$inferInsert)[] = [];
  for (const s of services) {
    const id = newId();
    const { recordType, typeProvided } = s.type;
    const ServicesID = recordType !== null && typeProvided !== null ? newId() : null;
    if (ServicesID && recordType !== null && typeProvided !== null) {
      hudRows.push({
        ServicesID,
        EnrollmentID: s.enrollment.EnrollmentID,
        PersonalID: s.enrollment.PersonalID,
        DateProvided: s.input.DateProvided,
        RecordType: recordType,
        TypeProvided: typeProvided,
        ...hudDetail(recordType, typeProvided, s),
        DateCreated: now,
        DateUpdated: now,
        UserID: userId,
      });
    }
    appRows.push({
      id,
      serviceTypeId: s.type.id,
      enrollmentId: s.enrollment.EnrollmentID,
      personalId: s.enrollment.PersonalID,
      projectId: s.enrollment.ProjectID,
      dateProvided: s.input.DateProvided,
      units: s.input.units,
      unitValue: s.input.unitValue,
      bedNight: s.bedNight,
      servicesId: ServicesID,
      organizationId: org,
      recordedBy: userId,
      caseNoteId: opts.caseNoteId ?? null,
      batchEntryId: s.batchEntryId ?? null,
      createdBy: userId,
      updatedBy: userId,
    });
  }
  try {
    for (let i = 0; i < hudRows.length; i += CHUNK) await tx.insert(servicesTable).values(hudRows.slice(i, i + CHUNK));
    for (let i = 0; i < appRows.length; i += CHUNK) await tx.insert(serviceTable).values(appRows.slice(i, i + CHUNK));
  } catch (e) {
    // Two people recording the same night at the same moment: the index decides, one is told.
    if (isUniqueViolation(e, 'service_bed_night_once')) {
      throw conflict('A bed night was just recorded for one of these clients on this date: a night counts once');
    }
    throw e;
  }
  await recordAuditMany(
    tx,
    ctx,
    appRows.map((r) => ({
      action: 'service.record',
      entityType: 'service',
      entityId: r.id,
      clientId: r.personalId,
      detail: { via: opts.via, serviceTypeId: r.serviceTypeId, DateProvided: r.dateProvided, ServicesID: r.servicesId },
    })),
  );
  return appRows.map((r) => ({ id: r.id, ServicesID: r.servicesId ?? null, PersonalID: r.personalId }));
}

// HUD columns that depend on the record type: financial assistance carries its amount, and the
// "Other" types carry the CoC's name for the service.
function hudDetail(recordType: number, typeProvided: number, s: PreparedService) {
  const name = s.type.name.slice(0, 50);
  return {
    FAAmount: FINANCIAL_ASSISTANCE_RECORD_TYPES.includes(recordType)
      ? (Math.round(s.input.units * s.input.unitValue * 100) / 100).toFixed(2)
      : null,
    OtherTypeProvided:
      recordType === RecordType.SsvfService && typeProvided === SsvfServiceType.OtherSupportiveService ? name : null,
    MovingOnOtherType:
      recordType === RecordType.MovingOnAssistance && typeProvided === MovingOnAssistanceType.Other ? name : null,
  };
}

/** True when e (or its cause, as drizzle wraps driver errors) is a unique violation of that index. */
export function isUniqueViolation(e: unknown, constraint: string): boolean {
  for (let cur: unknown = e; cur && typeof cur === 'object'; cur = (cur as { cause?: unknown }).cause) {
    const err = cur as { code?: string; constraint?: string; message?: string };
    if (err.code === '23505' && (err.constraint === constraint || err.message?.includes(constraint))) return true;
  }
  return false;
}
