// What the RHY and SSVF endpoints keep: the projects those federal partners fund, and only the
// elements and service types they collect. Other partners' elements are left empty.
import { FundingSource, RecordType } from '../../../hud/codes.ts';
import { HP_TARGETING_FIELDS } from '../../../hud/rules/elements-partners.ts';

export type Endpoint = 'full' | 'rhy' | 'ssvf';

const PATH = {
  Enrollment: ['DateOfPATHStatus', 'ClientEnrolledInPATH', 'ReasonNotEnrolled'],
};
const RHY = {
  Enrollment: [
    'ReferralSource',
    'CountOutreachReferralApproaches',
    'DateOfBCPStatus',
    'EligibleForRHY',
    'ReasonNoServices',
    'RunawayYouth',
    'FormerWardChildWelfare',
    'ChildWelfareYears',
    'ChildWelfareMonths',
    'FormerWardJuvenileJustice',
    'JuvenileJusticeYears',
    'JuvenileJusticeMonths',
    'UnemploymentFam',
    'MentalHealthDisorderFam',
    'PhysicalDisabilityFam',
    'AlcoholDrugUseDisorderFam',
    'InsufficientIncome',
    'IncarceratedParent',
  ],
  Exit: [
    'ProjectCompletionStatus',
    'EarlyExitReason',
    'ExchangeForSex',
    'ExchangeForSexPastThreeMonths',
    'CountOfExchangeForSex',
    'AskedOrForcedToExchangeForSex',
    'AskedOrForcedToExchangeForSexPastThreeMonths',
    'WorkplaceViolenceThreats',
    'WorkplacePromiseDifference',
    'CoercedToContinueWork',
    'LaborExploitPastThreeMonths',
    'CounselingReceived',
    'IndividualCounseling',
    'FamilyCounseling',
    'GroupCounseling',
    'SessionCountAtExit',
    'PostExitCounselingPlan',
    'SessionsInPlan',
    'DestinationSafeClient',
    'DestinationSafeWorker',
    'PosAdultConnections',
    'PosPeerConnections',
    'PosCommunityConnections',
    'AftercareDate',
    'AftercareProvided',
    'EmailSocialMedia',
    'Telephone',
    'InPersonIndividual',
    'InPersonGroup',
  ],
  HealthAndDV: ['GeneralHealthStatus', 'DentalHealthStatus', 'MentalHealthStatus', 'PregnancyStatus', 'DueDate'],
};
const VA = {
  Enrollment: ['PercentAMI', 'VAMCStation', ...HP_TARGETING_FIELDS, 'MentalHealthConsultation'],
  Exit: ['CMExitReason'],
};
const HOPWA = {
  Project: ['HOPWAMedAssistedLivingFac'],
  Exit: ['HousingAssessment', 'SubsidyInformation'],
  IncomeBenefits: ['ADAP', 'NoADAPReason', 'RyanWhiteMedDent', 'NoRyanWhiteReason'],
  Disabilities: [
    'TCellCountAvailable',
    'TCellCount',
    'TCellSource',
    'ViralLoadAvailable',
    'ViralLoad',
    'ViralLoadSource',
    'AntiRetroviral',
  ],
};

type Groups = Record<string, string[]>;
const merge = (...groups: Groups[]): Map<string, Set<string>> => {
  const out = new Map<string, Set<string>>();
  for (const g of groups)
    for (const [file, cols] of Object.entries(g)) out.set(file, new Set([...(out.get(file) ?? []), ...cols]));
  return out;
};

export type EndpointProfile = {
  /** Projects must have one of these funders active in the period. */
  funders?: number[];
  /** Columns left empty, by file. */
  blank: Map<string, Set<string>>;
  /** Services kept, by RecordType. */
  recordTypes?: number[];
  /** Files written with their header only. */
  emptyFiles: Set<string>;
};

const CE_FILES = ['Assessment', 'AssessmentQuestions', 'AssessmentResults', 'Event'];

export const ENDPOINTS: Record<Endpoint, EndpointProfile> = {
  full: { blank: new Map(), emptyFiles: new Set() },
  rhy: {
    funders: [
      FundingSource.RhyBasicCenter,
      FundingSource.RhyMaternityGroupHome,
      FundingSource.RhyTransitionalLiving,
      FundingSource.RhyStreetOutreach,
      FundingSource.RhyDemonstration,
    ],
    blank: merge(PATH, VA, HOPWA),
    recordTypes: [RecordType.RhyServiceConnections],
    emptyFiles: new Set(CE_FILES),
  },
  ssvf: {
    funders: [FundingSource.SsvfSupportiveServices],
    blank: merge(PATH, RHY, HOPWA),
    recordTypes: [RecordType.SsvfService, RecordType.SsvfFinancialAssistance],
    emptyFiles: new Set([...CE_FILES, 'EmploymentEducation', 'YouthEducationStatus']),
  },
};
