import { randomUUID } from 'node:crypto';

/** A new HUD-style identifier: 32 hex characters, fits every HUD ID column. */
export const newId = () => randomUUID().replaceAll('-', '');

const pad = (n: number) => String(n).padStart(2, '0');

// HUD dates and timestamps are the CoC's local time: the server runs in the CoC's zone (TZ).
/** Today as `yyyy-mm-dd` in the server's local time zone. */
export const hudToday = (d = new Date()) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** Now as HUD's `yyyy-mm-dd hh:mm:ss`, local time, for DateCreated / DateUpdated columns. */
export const hudNow = (d = new Date()) =>
  `${hudToday(d)} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
