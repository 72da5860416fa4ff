// What every workflow page receives: the person's answers, a setter, the server's messages
// for this person, and what the rules ask of them at this stage.
import type { Member, Stage } from '../../../hud/rules/index.ts';
import type { Assessment } from '../answers.ts';

export type PageContext = {
  stage: Stage;
  projectType: number | null;
  funders: readonly number[];
  member: Member;
  /** Element numbers the project asks of this person at this stage. */
  elements: ReadonlySet<string>;
  /** The stage's date: project start, assessment or exit date. */
  date: string;
  name: string;
  /** The person's latest answers before this workflow, for "default from last assessment". */
  last?: Assessment;
};

export type PageProps = {
  value: Assessment;
  onChange: (a: Assessment) => void;
  /** Messages keyed `Record.Field` (or `Disabilities.<type>.Field`). */
  errors: Record<string, string>;
  ctx: PageContext;
};
