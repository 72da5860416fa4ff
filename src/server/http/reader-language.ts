// The language a request's reader reads: the screens send it as Accept-Language.
import type { FastifyRequest } from 'fastify';
import { type Language, requestLanguage } from './messages/localize.ts';

export const readerLanguage = (req: Pick<FastifyRequest, 'headers'>): Language =>
  requestLanguage(req.headers['accept-language']);
