// The demo CoC created on an empty database: organizations, projects of every main type
// with funders and inventory, a service catalog, and one user per role.
import { count } from 'drizzle-orm';
import {
  Availability,
  BedType,
  FundingSource,
  HMISParticipationType,
  HouseholdType,
  NoYes,
  ProjectType,
  RecordType,
  RRHSubType,
} from '../../hud/codes.ts';
import { hashSecret } from '../../server/auth/password.ts';
import { hudNow } from '../../server/http/ids.ts';
import type { Database } from '../connect.ts';
import {
  appUserTable,
  funderTable,
  hmisParticipationTable,
  hmisUserTable,
  inventoryTable,
  organizationTable,
  projectCocTable,
  projectTable,
  serviceTypeTable,
  userOrganizationTable,
} from '../schema/index.ts';
import { seedCasDemo } from './seed-cas.ts';

export const DEMO_COC = 'TX-600';
const SYSTEM_USER = 'demo-system';

const organizations = [
  { id: 'ORG-HHP', name: 'Hearth Housing Partners', vsp: NoYes.No },
  { id: 'ORG-ODO', name: 'Open Door Outreach', vsp: NoYes.No },
  { id: 'ORG-SH', name: 'Safe Harbor Family Violence Services', vsp: NoYes.Yes },
  { id: 'ORG-CE', name: 'Coordinated Entry Hub', vsp: NoYes.No },
];

type DemoProject = {
  id: string;
  org: string;
  name: string;
  type: number;
  funder: number;
  /** The funder's own name, for "Local or Other Funding Source". */
  otherFunder?: string;
  grant: string;
  beds: number;
  units: number;
  household: number;
  housingType?: number;
  rrhSubType?: number;
  residentialAffiliation?: number;
};
const projects: DemoProject[] = [
  {
    id: 'PRJ-ES',
    org: 'ORG-HHP',
    name: 'Hearth Family Shelter',
    type: ProjectType.EmergencyShelterEntryExit,
    funder: FundingSource.EsgEmergencyShelter,
    grant: 'ESG-2026-01',
    beds: 60,
    units: 20,
    household: HouseholdType.AdultAndChild,
    housingType: 1,
  },
  {
    id: 'PRJ-NBN',
    org: 'ORG-ODO',
    name: 'Open Door Night Shelter',
    type: ProjectType.EmergencyShelterNightByNight,
    funder: FundingSource.EsgEmergencyShelter,
    grant: 'ESG-2026-02',
    beds: 80,
    units: 80,
    household: HouseholdType.WithoutChildren,
    housingType: 1,
  },
  {
    id: 'PRJ-SO',
    org: 'ORG-ODO',
    name: 'Open Door Street Outreach',
    type: ProjectType.StreetOutreach,
    funder: FundingSource.EsgStreetOutreach,
    grant: 'ESG-2026-03',
    beds: 0,
    units: 0,
    household: HouseholdType.WithoutChildren,
  },
  {
    id: 'PRJ-TH',
    org: 'ORG-HHP',
    name: 'Hearth Transitional Housing',
    type: ProjectType.TransitionalHousing,
    funder: FundingSource.CoCTransitionalHousing,
    grant: 'TX0101L6T002601',
    beds: 30,
    units: 12,
    household: HouseholdType.AdultAndChild,
    housingType: 2,
  },
  {
    id: 'PRJ-RRH',
    org: 'ORG-HHP',
    name: 'Hearth Rapid Re-Housing',
    type: ProjectType.RapidReHousing,
    funder: FundingSource.CoCRapidReHousing,
    rrhSubType: RRHSubType.HousingWithOrWithoutServices,
    grant: 'TX0102L6T002601',
    beds: 45,
    units: 15,
    household: HouseholdType.AdultAndChild,
    housingType: 3,
  },
  {
    id: 'PRJ-PSH',
    org: 'ORG-HHP',
    name: 'Hearth Permanent Supportive Housing',
    type: ProjectType.PermanentSupportiveHousing,
    funder: FundingSource.CoCPermanentSupportiveHousing,
    grant: 'TX0103L6T002601',
    beds: 40,
    units: 35,
    household: HouseholdType.WithoutChildren,
    housingType: 3,
  },
  {
    id: 'PRJ-SSO',
    org: 'ORG-ODO',
    name: 'Open Door Supportive Services',
    type: ProjectType.ServicesOnly,
    funder: FundingSource.CoCSupportiveServicesOnly,
    residentialAffiliation: NoYes.No,
    grant: 'TX0104L6T002601',
    beds: 0,
    units: 0,
    household: HouseholdType.WithoutChildren,
  },
  {
    id: 'PRJ-CE',
    org: 'ORG-CE',
    name: 'Coordinated Entry Access Point',
    type: ProjectType.CoordinatedEntry,
    funder: FundingSource.LocalOrOther,
    otherFunder: 'Dallas County Homeless Response Fund',
    grant: 'LOCAL-CE-2026',
    beds: 0,
    units: 0,
    household: HouseholdType.WithoutChildren,
  },
  {
    id: 'PRJ-DV',
    org: 'ORG-SH',
    name: 'Safe Harbor Emergency Shelter',
    type: ProjectType.EmergencyShelterEntryExit,
    funder: FundingSource.EsgEmergencyShelter,
    grant: 'ESG-2026-04',
    beds: 24,
    units: 8,
    household: HouseholdType.AdultAndChild,
    housingType: 1,
  },
];

export const DEMO_USERS = [
  {
    id: 'USR-ADMIN',
    username: 'admin',
    first: 'Avery',
    last: 'Admin',
    roles: ['hmis_admin'],
    orgs: ['ORG-HHP', 'ORG-ODO', 'ORG-SH', 'ORG-CE'],
  },
  {
    id: 'USR-MANAGER',
    username: 'manager',
    first: 'Morgan',
    last: 'Manager',
    roles: ['program_manager'],
    orgs: ['ORG-HHP'],
  },
  {
    id: 'USR-DQO',
    username: 'dqo',
    first: 'Dana',
    last: 'Quality',
    roles: ['data_quality_officer'],
    orgs: ['ORG-HHP', 'ORG-ODO', 'ORG-CE'],
  },
  { id: 'USR-CM', username: 'casemanager', first: 'Casey', last: 'Manager', roles: [], orgs: ['ORG-HHP'] },
  { id: 'USR-CM2', username: 'casemanager2', first: 'Jordan', last: 'Rivera', roles: [], orgs: ['ORG-ODO'] },
  // Coordinated Access: an access point case manager, the CAS coordinator (CAS administrator and
  // prioritizer) and the access point's program manager.
  { id: 'USR-ACCESS', username: 'accesspoint', first: 'Alex', last: 'Access', roles: [], orgs: ['ORG-CE'] },
  { id: 'USR-CASADMIN', username: 'casadmin', first: 'Cameron', last: 'Coordinator', roles: [], orgs: ['ORG-CE'] },
  {
    id: 'USR-CEMANAGER',
    username: 'cemanager',
    first: 'Quinn',
    last: 'Lead',
    roles: ['program_manager'],
    orgs: ['ORG-CE'],
  },
];

const serviceTypes: { name: string; category: string; unit: string; record?: number; provided?: number }[] = [
  { name: 'Bed Night', category: 'Shelter', unit: 'Night', record: RecordType.BedNight, provided: 200 },
  { name: 'Case Management Session', category: 'Case Management', unit: 'Session' },
  { name: 'Meal', category: 'Basic Needs', unit: 'Meal' },
  { name: 'Hygiene Kit', category: 'Basic Needs', unit: 'Kit' },
  { name: 'Bus Pass', category: 'Transportation', unit: 'Pass' },
  { name: 'PATH Re-engagement', category: 'PATH', unit: 'Contact', record: RecordType.PathService, provided: 1 },
  { name: 'PATH Case Management', category: 'PATH', unit: 'Contact', record: RecordType.PathService, provided: 6 },
  {
    name: 'RHY Education Services',
    category: 'RHY',
    unit: 'Session',
    record: RecordType.RhyServiceConnections,
    provided: 5,
  },
  { name: 'HOPWA Case Management', category: 'HOPWA', unit: 'Session', record: RecordType.HopwaService, provided: 2 },
  { name: 'SSVF Case Management', category: 'SSVF', unit: 'Session', record: RecordType.SsvfService, provided: 2 },
  {
    name: 'SSVF Rental Assistance',
    category: 'SSVF Financial Assistance',
    unit: 'Month',
    record: RecordType.SsvfFinancialAssistance,
    provided: 1,
  },
  {
    name: 'HOPWA Rental Assistance',
    category: 'HOPWA Financial Assistance',
    unit: 'Month',
    record: RecordType.HopwaFinancialAssistance,
    provided: 1,
  },
  {
    name: 'Moving On: Housing Referral',
    category: 'Moving On Assistance',
    unit: 'Referral',
    record: RecordType.MovingOnAssistance,
    provided: 4,
  },
];

/** True when the database has no organizations yet (a fresh install). */
export async function isEmpty(database: Database): Promise<boolean> {
  const [row] = await database.db.select({ n: count() }).from(organizationTable);
  return (row?.n ?? 0) === 0;
}

export async function seedDemo(database: Database, password: string): Promise<typeof DEMO_USERS> {
  const now = hudNow();
  const start = '2024-01-01';
  const stamp = { DateCreated: now, DateUpdated: now, UserID: SYSTEM_USER };
  const passwordHash = await hashSecret(password);
  await database.db.transaction(async (tx) => {
    await tx.insert(hmisUserTable).values({
      UserID: SYSTEM_USER,
      UserFirstName: 'Hearth',
      UserLastName: 'Demo Setup',
      DateCreated: now,
      DateUpdated: now,
    });
    for (const o of organizations) {
      await tx
        .insert(organizationTable)
        .values({ OrganizationID: o.id, OrganizationName: o.name, VictimServiceProvider: o.vsp, ...stamp });
    }
    for (const [i, p] of projects.entries()) {
      await tx.insert(projectTable).values({
        ProjectID: p.id,
        OrganizationID: p.org,
        ProjectName: p.name,
        OperatingStartDate: start,
        ContinuumProject: NoYes.Yes,
        ProjectType: p.type,
        HousingType: p.housingType ?? null,
        RRHSubType: p.rrhSubType ?? null,
        ResidentialAffiliation: p.residentialAffiliation ?? null,
        ...stamp,
      });
      await tx.insert(funderTable).values({
        FunderID: `${p.id}-F1`,
        ProjectID: p.id,
        Funder: p.funder,
        OtherFunder: p.otherFunder ?? null,
        GrantID: p.grant,
        StartDate: start,
        ...stamp,
      });
      await tx.insert(projectCocTable).values({
        ProjectCoCID: `${p.id}-COC`,
        ProjectID: p.id,
        CoCCode: DEMO_COC,
        Geocode: '489113',
        // HUD's CSV validator wants a residential project's address (2.03.3): every demo project has one.
        Address1: `${1200 + 20 * i} Commerce Street`,
        City: 'Dallas',
        State: 'TX',
        ZIP: '75201',
        GeographyType: 1,
        ...stamp,
      });
      await tx.insert(hmisParticipationTable).values({
        HMISParticipationID: `${p.id}-HP`,
        ProjectID: p.id,
        HMISParticipationType:
          p.org === 'ORG-SH' ? HMISParticipationType.ComparableDatabase : HMISParticipationType.HmisParticipating,
        HMISParticipationStatusStartDate: start,
        ...stamp,
      });
      if (p.beds > 0) {
        await tx.insert(inventoryTable).values({
          InventoryID: `${p.id}-INV`,
          ProjectID: p.id,
          CoCCode: DEMO_COC,
          HouseholdType: p.household,
          Availability: [ProjectType.EmergencyShelterEntryExit, ProjectType.EmergencyShelterNightByNight].includes(
            p.type as 0 | 1,
          )
            ? Availability.YearRound
            : null,
          UnitInventory: p.units,
          BedInventory: p.beds,
          CHVetBedInventory: 0,
          YouthVetBedInventory: 0,
          VetBedInventory: 0,
          CHYouthBedInventory: 0,
          YouthBedInventory: 0,
          CHBedInventory: p.type === ProjectType.PermanentSupportiveHousing ? 10 : 0,
          OtherBedInventory: p.beds - (p.type === ProjectType.PermanentSupportiveHousing ? 10 : 0),
          ESBedType: [ProjectType.EmergencyShelterEntryExit, ProjectType.EmergencyShelterNightByNight].includes(
            p.type as 0 | 1,
          )
            ? BedType.FacilityBased
            : null,
          InventoryStartDate: start,
          ...stamp,
        });
      }
    }
    for (const u of DEMO_USERS) {
      await tx
        .insert(hmisUserTable)
        .values({ UserID: u.id, UserFirstName: u.first, UserLastName: u.last, DateCreated: now, DateUpdated: now });
      await tx.insert(appUserTable).values({
        id: u.id,
        username: u.username,
        firstName: u.first,
        lastName: u.last,
        email: `${u.username}@demo.hearth.invalid`,
        passwordHash,
        mustChangePassword: false,
        roles: u.roles,
        currentOrganizationId: u.orgs[0] ?? null,
      });
      for (const org of u.orgs) await tx.insert(userOrganizationTable).values({ userId: u.id, organizationId: org });
    }
    for (const [i, s] of serviceTypes.entries()) {
      await tx.insert(serviceTypeTable).values({
        id: `SVC-${String(i + 1).padStart(3, '0')}`,
        name: s.name,
        category: s.category,
        unitLabel: s.unit,
        recordType: s.record ?? null,
        typeProvided: s.provided ?? null,
      });
    }
    await seedCasDemo(tx, stamp);
  });
  return DEMO_USERS;
}
