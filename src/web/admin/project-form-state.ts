// The project screen's form state: the API's HUD fields, plus a local key per sub-record row so
// React can tell rows apart, and conversion to and from what the API sends and takes.
import { NoYes } from '../../hud/codes.ts';
import type { ProjectRecord } from '../../server/admin/project.schema.ts';
import { blankToNull } from './admin-forms.ts';

type Stamps = 'DateCreated' | 'DateUpdated' | 'version';
// A required code the user has not chosen yet is null in the form.
type Loose<T> = { [K in keyof T]: T[K] extends number ? number | null : T[K] };
type Sub<T, Id extends keyof T> = Loose<Omit<T, Stamps | Id>> & { key: string; id?: string; version?: number };

export type CocForm = Sub<ProjectRecord['cocs'][number], 'ProjectCoCID'>;
export type FunderForm = Sub<ProjectRecord['funders'][number], 'FunderID'>;
export type InventoryForm = Sub<ProjectRecord['inventory'][number], 'InventoryID'>;
export type ParticipationForm = Sub<ProjectRecord['participations'][number], 'HMISParticipationID'>;
export type CeParticipationForm = Sub<ProjectRecord['ceParticipations'][number], 'CEParticipationID'>;

type SubLists = 'cocs' | 'funders' | 'inventory' | 'participations' | 'ceParticipations';
export type ProjectColumns = Omit<ProjectRecord, Stamps | 'ProjectID' | 'OrganizationName' | SubLists>;
export type ProjectForm = ProjectColumns & {
  cocs: CocForm[];
  funders: FunderForm[];
  inventory: InventoryForm[];
  participations: ParticipationForm[];
  ceParticipations: CeParticipationForm[];
};

let counter = 0;
export const rowKey = () => `row-${++counter}`;

export function emptyProject(organizationId = ''): ProjectForm {
  return {
    OrganizationID: organizationId,
    ProjectName: '',
    ProjectCommonName: null,
    OperatingStartDate: '',
    OperatingEndDate: null,
    ContinuumProject: NoYes.Yes,
    ProjectType: null,
    HousingType: null,
    RRHSubType: null,
    ResidentialAffiliation: null,
    TargetPopulation: null,
    HOPWAMedAssistedLivingFac: null,
    PITCount: null,
    cocs: [],
    funders: [],
    inventory: [],
    participations: [],
    ceParticipations: [],
  };
}

export const emptyCoc = (): CocForm => ({
  key: rowKey(),
  CoCCode: '',
  Geocode: '',
  Address1: null,
  Address2: null,
  City: null,
  State: null,
  ZIP: null,
  GeographyType: null,
});

export const emptyFunder = (start = ''): FunderForm => ({
  key: rowKey(),
  Funder: null,
  OtherFunder: null,
  GrantID: '',
  StartDate: start,
  EndDate: null,
});

export const emptyInventory = (cocCode = '', start = ''): InventoryForm => ({
  key: rowKey(),
  CoCCode: cocCode,
  HouseholdType: null,
  Availability: null,
  UnitInventory: 0,
  BedInventory: 0,
  CHVetBedInventory: 0,
  YouthVetBedInventory: 0,
  VetBedInventory: 0,
  CHYouthBedInventory: 0,
  YouthBedInventory: 0,
  CHBedInventory: 0,
  OtherBedInventory: 0,
  ESBedType: null,
  InventoryStartDate: start,
  InventoryEndDate: null,
});

export const emptyParticipation = (start = ''): ParticipationForm => ({
  key: rowKey(),
  HMISParticipationType: null,
  HMISParticipationStatusStartDate: start,
  HMISParticipationStatusEndDate: null,
});

export const emptyCeParticipation = (start = ''): CeParticipationForm => ({
  key: rowKey(),
  AccessPoint: null,
  PreventionAssessment: null,
  CrisisAssessment: null,
  HousingAssessment: null,
  DirectServices: null,
  ReceivesReferrals: null,
  CEParticipationStatusStartDate: start,
  CEParticipationStatusEndDate: null,
});

/** A stored sub-record as a form row: its ID and version ride along for the save. */
function toRow<T extends { version: number; DateCreated: string; DateUpdated: string }, K extends keyof T>(
  record: T,
  idKey: K,
) {
  const { version, DateCreated: _c, DateUpdated: _u, [idKey]: id, ...fields } = record;
  return { ...fields, key: String(id), id: String(id), version };
}

export function projectToForm(p: ProjectRecord): ProjectForm {
  const { ProjectID: _p, OrganizationName: _o, version: _v, DateCreated: _c, DateUpdated: _u, ...rest } = p;
  const { cocs, funders, inventory, participations, ceParticipations, ...columns } = rest;
  return {
    ...columns,
    cocs: cocs.map((c) => toRow(c, 'ProjectCoCID')),
    funders: funders.map((f) => toRow(f, 'FunderID')),
    inventory: inventory.map((i) => toRow(i, 'InventoryID')),
    participations: participations.map((h) => toRow(h, 'HMISParticipationID')),
    ceParticipations: ceParticipations.map((c) => toRow(c, 'CEParticipationID')),
  };
}

/** What the API takes: blanks as null, unchosen codes as null, each stored row with its ID and version. */
export function formToBody(f: ProjectForm) {
  const clean = <T extends { key: string; id?: string; version?: number }>(rows: T[], idKey: string) =>
    rows.map(({ key: _k, id, version, ...fields }) => ({
      ...(id ? { [idKey]: id, version } : {}),
      ...blankToNull(fields),
    }));
  const { cocs, funders, inventory, participations, ceParticipations, ...columns } = f;
  return {
    ...blankToNull(columns),
    cocs: clean(cocs, 'ProjectCoCID'),
    funders: clean(funders, 'FunderID'),
    inventory: clean(inventory, 'InventoryID'),
    participations: clean(participations, 'HMISParticipationID'),
    ceParticipations: clean(ceParticipations, 'CEParticipationID'),
  };
}
