// Who the youth tables (Q27) are about: 12–24 year olds in households where nobody is older than 24.
import type { Pred } from '../table/table-def.ts';
import { adultOrHoH } from './common.ts';

export const isYouth: Pred = (u) => u.youth;
export const youthAdultOrHoH: Pred = (u, run) => u.youth && adultOrHoH(u, run);
export const youthHoH: Pred = (u) => u.youth && u.headOfHousehold;
/** "Adults with…" → "Youth with…", "Total Adults" → "Total Youth". */
export const asYouth = (label: string) => label.replace(/^Adults\b/, 'Youth').replace(/\bAdults\b/g, 'Youth');
