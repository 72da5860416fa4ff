// Data-quality checks across files (households, date logic, project setup), run after the first
// pass. They are reported for a data person to fix in Hearth; none of them stops an import.
import { hudToday } from '../../http/ids.ts';
import type { Findings } from './findings.ts';
import type { ScanResult } from './scan-files.ts';

const SELF = '1';
const RESIDENTIAL = new Set(['0', '1', '2', '3', '8', '9', '10', '13']);

export function checkDataQuality(scan: ScanResult, findings: Findings, today = hudToday()): void {
  const households = new Map<string, { hoh: number; missing: number; first: number }>();
  const stays = new Set<string>();
  for (const [id, e] of scan.enrollments) {
    const at = { file: 'Enrollment.csv', line: e.line, recordId: id };
    const key = `${e.projectId}|${e.householdId}`;
    const h = households.get(key) ?? { hoh: 0, missing: 0, first: e.line };
    if (e.relationship === SELF) h.hoh += 1;
    if (e.relationship === '99' || e.relationship === '') h.missing += 1;
    households.set(key, h);
    const stay = `${e.personalId}|${e.projectId}|${e.entryDate}`;
    if (stays.has(stay)) {
      findings.add('duplicate_entries', {
        ...at,
        message: `Client ${e.personalId} has two enrollments in project ${e.projectId} starting ${e.entryDate}.`,
      });
    }
    stays.add(stay);
    if (e.entryDate > today) {
      findings.add('future_entry_date', {
        ...at,
        column: 'EntryDate',
        value: e.entryDate,
        message: `Project Start Date ${e.entryDate} is in the future.`,
      });
    }
    const client = scan.clients.get(e.personalId);
    if (client?.dob && e.entryDate < client.dob) {
      findings.add('entry_before_dob', {
        ...at,
        column: 'EntryDate',
        value: e.entryDate,
        message: `Project Start Date ${e.entryDate} is before the client's date of birth ${client.dob}.`,
      });
    }
    if (client?.dob && yearsBetween(client.dob, e.entryDate) > 100) {
      findings.add('age_over_100', {
        ...at,
        message: `Client ${e.personalId} was over 100 years old at project start.`,
      });
    }
    const exit = scan.exits.get(id);
    if (e.moveInDate && (e.moveInDate < e.entryDate || (exit && e.moveInDate > exit.exitDate))) {
      findings.add('invalid_move_in_date', {
        ...at,
        column: 'MoveInDate',
        value: e.moveInDate,
        message: `Move-in date ${e.moveInDate} is not between the project start ${e.entryDate} and the exit${exit ? ` ${exit.exitDate}` : ''}.`,
      });
    }
    const project = scan.projects.get(e.projectId);
    if (project) {
      const ends = exit?.exitDate ?? e.entryDate;
      if (ends < project.operatingStart || (project.operatingEnd && e.entryDate > project.operatingEnd)) {
        findings.add('enrollment_outside_operating', {
          ...at,
          message: `The enrollment (${e.entryDate}${exit ? ` to ${exit.exitDate}` : ''}) is outside project ${e.projectId}'s operating period.`,
        });
      }
      if (scan.organizations.get(project.organizationId)?.vsp) {
        findings.add('client_data_in_vsp', {
          ...at,
          message: `Project ${e.projectId} belongs to a victim service provider; its client data should not be in HMIS.`,
        });
      }
    }
  }
  for (const [key, h] of households) {
    const householdId = key.split('|')[1];
    const at = { file: 'Enrollment.csv', line: h.first, column: 'RelationshipToHoH', recordId: householdId };
    if (h.hoh === 0)
      findings.add('no_head_of_household', { ...at, message: `Household ${householdId} has no head of household.` });
    if (h.hoh > 1) {
      findings.add('too_many_heads_of_household', {
        ...at,
        message: `Household ${householdId} has ${h.hoh} heads of household.`,
      });
    }
    if (h.missing > 0) {
      findings.add('missing_relationship', {
        ...at,
        message: `Household ${householdId} has ${h.missing} member(s) without a relationship to the head of household.`,
      });
    }
  }
  for (const [enrollmentId, x] of scan.exits) {
    const at = { file: 'Exit.csv', line: x.line, column: 'ExitDate', recordId: enrollmentId, value: x.exitDate };
    const e = scan.enrollments.get(enrollmentId);
    if (e && x.exitDate < e.entryDate) {
      findings.add('exit_before_entry', {
        ...at,
        message: `Exit date ${x.exitDate} is before the project start ${e.entryDate}.`,
      });
    }
    if (e && x.personalId !== e.personalId) {
      findings.add('exit_other_client', {
        ...at,
        column: 'PersonalID',
        value: x.personalId,
        message: `The exit names client ${x.personalId}; enrollment ${enrollmentId} is client ${e.personalId}'s.`,
      });
    }
    if (x.exitDate > today)
      findings.add('future_exit_date', { ...at, message: `Exit date ${x.exitDate} is in the future.` });
  }
  for (const [id, p] of scan.projects) {
    if (p.projectType && RESIDENTIAL.has(p.projectType) && !p.housingType) {
      findings.add('missing_housing_type', {
        file: 'Project.csv',
        line: p.line,
        column: 'HousingType',
        recordId: id,
        message: `Residential project ${id} has no Housing Type.`,
      });
    }
  }
}

function yearsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  let years = (ty ?? 0) - (fy ?? 0);
  if ((tm ?? 0) < (fm ?? 0) || ((tm ?? 0) === (fm ?? 0) && (td ?? 0) < (fd ?? 0))) years -= 1;
  return years;
}
