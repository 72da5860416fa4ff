// The organization's batches, open ones first.
import type { Deps } from '../deps.ts';
import type { RequestContext } from '../http/context.ts';
import { findBatches } from './load-batch.ts';

export function listBatches(deps: Deps, ctx: RequestContext, status?: 'open' | 'posted') {
  return findBatches(deps.database.db, ctx, { status });
}
