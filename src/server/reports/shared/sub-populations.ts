// Sub-populations a report can be limited to (shared by the server and the launch forms).
export const SUB_POPULATIONS = ['veterans', 'chronic', 'youth', 'families', 'adults_only', 'children_only'] as const;
export type SubPopulation = (typeof SUB_POPULATIONS)[number];

export const SUB_POPULATION_LABELS: Record<SubPopulation, string> = {
  veterans: 'Veterans',
  chronic: 'Chronically homeless at project start',
  youth: 'Youth (18–24)',
  families: 'Families (adults with children)',
  adults_only: 'Adults-only households',
  children_only: 'Children-only households',
};
