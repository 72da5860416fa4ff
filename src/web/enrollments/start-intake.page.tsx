// /intake and /clients/:personalId/intake — a new intake. Nothing is saved until something is
// entered; from then on it is either finished or paused (Home → Paused Workflows).
import { useParams } from 'react-router';
import { unsavedIntake } from '../workflows/start-workflow.tsx';
import { IntakeWorkflow } from './intake-workflow.tsx';

export function StartIntakePage() {
  const { personalId } = useParams();
  return <IntakeWorkflow key={personalId ?? 'new'} draft={unsavedIntake(personalId)} />;
}
