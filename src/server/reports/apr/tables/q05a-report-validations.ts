// Q5a Report Validations: who the report is about. The first column leaves out street outreach
// clients not yet engaged by the report end (they are not in the data-quality counts).
import { BOTH, crossTable, type Pred } from '../table/table-def.ts';
import {
  adultOrHoH,
  ageUnknown,
  daysBetween,
  inDq,
  isAdult,
  isChild,
  isHoH,
  leaver,
  nextDay,
  stayer,
} from './common.ts';

// "…any adult stayer present when the head of household's stay is 365 days or more, even if that
// adult has not been in the household that long."
const inHouseholdOfLongStayingHead: Pred = (u, run) =>
  u.hohEntryDate !== null && u.hohStayer && daysBetween(u.hohEntryDate, nextDay(run.endDate)) >= 365;

export const q05a = crossTable({
  id: 'Q5a',
  title: 'Report Validations Table',
  reports: BOTH,
  columns: [{ label: 'Count of Clients for DQ', where: inDq }, { label: 'Count of Clients' }],
  rows: [
    { key: 'persons', label: 'Total number of persons served' },
    { key: 'adults', label: 'Number of adults (age 18 or over)', where: isAdult },
    { key: 'children', label: 'Number of children (under age 18)', where: isChild },
    { key: 'unknownAge', label: 'Number of persons with unknown age', where: ageUnknown },
    { key: 'leavers', label: 'Number of leavers', where: leaver },
    { key: 'adultLeavers', label: 'Number of adult leavers', where: (u) => u.leaver && u.ageGroup === 'adult' },
    {
      key: 'adultAndHoHLeavers',
      label: 'Number of adult and head of household leavers',
      where: (u, run) => u.leaver && adultOrHoH(u, run),
    },
    { key: 'stayers', label: 'Number of stayers', where: stayer },
    { key: 'adultStayers', label: 'Number of adult stayers', where: (u) => u.stayer && u.ageGroup === 'adult' },
    { key: 'veterans', label: 'Number of veterans', where: (u) => u.veteran },
    { key: 'chronic', label: 'Number of chronically homeless persons', where: (u) => u.chronic === 'yes' },
    { key: 'youth', label: 'Number of youth under age 25', where: (u) => u.youth },
    {
      key: 'parentingYouth',
      label: 'Number of parenting youth under age 25 with children',
      where: (u) => u.parentingYouth,
    },
    {
      key: 'adultHoH',
      label: 'Number of adult heads of household',
      where: (u, run) => isAdult(u, run) && isHoH(u, run),
    },
    {
      key: 'childAndUnknownHoH',
      label: 'Number of child and unknown-age heads of household',
      where: (u, run) => isHoH(u, run) && (isChild(u, run) || ageUnknown(u, run)),
    },
    {
      key: 'longStayers',
      label: 'Heads of households and adult stayers in the project 365 days or more',
      where: (u, run) => u.stayer && adultOrHoH(u, run) && inHouseholdOfLongStayingHead(u, run),
    },
  ],
});
