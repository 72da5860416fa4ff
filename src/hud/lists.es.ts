// HUD's answer labels in Spanish, written by hand (HUD publishes its lists in English only).
// The type makes every list carry exactly HUD's codes; codes.test.ts checks it again at run time.
// Names of places and facilities (CoC names, VA medical centers) and of languages that have no
// common Spanish name stay as HUD writes them.
import { programSpecificListsEs } from './lists.es/program-specific.ts';
import { projectListsEs } from './lists.es/project.ts';
import { servicesListsEs } from './lists.es/services.ts';
import type { SpanishLists } from './lists.es/shared.ts';
import { universalListsEs } from './lists.es/universal.ts';

export type { SpanishLists };

// One file per group of lists (modules stay small); the type below makes the groups together cover
// every HUD list, each with exactly HUD's codes.
export const hudListsEs: SpanishLists = {
  ...projectListsEs,
  ...universalListsEs,
  ...servicesListsEs,
  ...programSpecificListsEs,
};
