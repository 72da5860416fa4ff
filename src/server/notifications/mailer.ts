// One SMTP transport per configured URL (nodemailer pools nothing by default; a transport is cheap).
import nodemailer, { type Transporter } from 'nodemailer';

const transports = new Map<string, Transporter>();

export function mailTransport(url: string): Transporter {
  let t = transports.get(url);
  if (!t) {
    // Short timeouts: a mail server that hangs fails the attempt, and the job retries later.
    t = nodemailer.createTransport({ url, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 });
    transports.set(url, t);
  }
  return t;
}
