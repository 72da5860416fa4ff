// Who may see a client. The rule and the lookup of every record kind live in src/server/access/
// (one place for every route); these names stay for the features that call them.
export {
  type ClientProfileRow,
  type ClientRow,
  canSeeClient,
  mayRevealPii,
  mayViewFullPii,
  readClientAudited,
  recordClientRead,
  requireClient as requireClientAccess,
} from '../access/client.ts';
export { clientVisibleSql } from '../access/visibility.ts';
