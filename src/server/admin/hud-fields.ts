// zod pieces for HUD fields, with messages a user can act on.
import { z } from 'zod';
import { type HudListName, hudLists, isHudCode } from '../../hud/codes.ts';

/** A HUD date, `yyyy-mm-dd`. */
export const hudDate = (what: string) => z.iso.date({ error: `${what} must be a date (yyyy-mm-dd)` });

/** A code on one HUD list; the message names the field and the list. */
export const hudCode = (list: HudListName, what: string) =>
  z
    .int32({ error: `Choose ${what}` })
    .refine((v) => isHudCode(list, v), `Choose ${what} from HUD list ${hudLists[list].code}`);

/** Optional text: blank becomes null so the database never stores empty strings. */
export const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `${what} must be at most ${max} characters`)
    .nullish()
    .transform((v) => (v ? v : null));

export const requiredText = (max: number, what: string) =>
  z
    .string({ error: `Enter ${what}` })
    .trim()
    .min(1, `Enter ${what}`)
    .max(max, `${what} must be at most ${max} characters`);

export const okSchema = z.object({ ok: z.literal(true) });

/** True when `end` (if any) falls before `start`. HUD dates compare as text. */
export const endsBeforeStart = (start: string, end: string | null | undefined) => Boolean(end && end < start);
