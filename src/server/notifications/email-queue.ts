// The queue notification emails go through. notifyUsers queues one job per email inside the
// caller's transaction; send-notification-email.ts works it. Email is on only once the job runner
// has created the queue and SMTP is configured (so scripts and tests without SMTP queue nothing).
export const EMAIL_QUEUE = 'notification-email';
/** Attempts after the first, with exponential back-off from one minute (about an hour in all). */
export const EMAIL_RETRIES = 6;

let enabled = false;

export function setEmailEnabled(on: boolean): void {
  enabled = on;
}

export const emailEnabled = (): boolean => enabled;
