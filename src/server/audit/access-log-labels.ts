// Words for the audit actions a client's access log shows: what someone did with the record.
import { es } from '../http/messages/es.ts';
import { type Language, translateMessage } from '../http/messages/localize.ts';

const LABELS: Record<string, string> = {
  'client.read': 'Viewed',
  'client.created': 'Created the client record',
  'client.updated': 'Edited the client record',
  'client.merged': 'Merged records',
  'client.merge_undone': 'Undid a merge',
  'client.duplicate_flagged': 'Flagged as a possible duplicate',
  'client.duplicate_override': 'Confirmed not a duplicate at creation',
  'client.not_duplicate': 'Marked not a duplicate',
  'client.photo_uploaded': 'Added a photo',
  'client.photo_removed': 'Removed the photo',
  'client.file_uploaded': 'Added a file',
  'client.file_downloaded': 'Downloaded a file',
  'client.file_deleted': 'Deleted a file',
  'client.id_card_printed': 'Printed the ID card',
  'client.interested_other_added': 'Added an interested other',
  'client.interested_other_edited': 'Edited an interested other',
  'client.interested_other_removed': 'Removed an interested other',
  'case_note.create': 'Wrote a case note',
  'case_note.read': 'Read a case note',
  'case_note.update': 'Edited a case note',
  'case_note.unlock': 'Unlocked a case note',
  'case_note.delete': 'Deleted a case note',
  'case_note.print': 'Printed a case note',
  'case_assignment.create': 'Assigned a case manager',
  'case_assignment.end': 'Ended a case assignment',
  'enrollment.intake': 'Enrolled (intake)',
  'enrollment.join_household': 'Joined a household',
  'enrollment.edit_entry': 'Edited the project start',
  'enrollment.exit': 'Exited',
  'enrollment.edit_exit': 'Edited the exit',
  'enrollment.reenter': 'Re-entered an exited enrollment',
  'assessment.create': 'Recorded an assessment',
  'assessment.edit': 'Edited an assessment',
  'service.record': 'Recorded a service',
  'service.delete': 'Deleted a service',
  'service.deletion_requested': 'Asked for a service to be deleted',
  'service_batch.add_client': 'Scanned into a service batch',
  'service_batch.remove_client': 'Removed from a service batch',
  'workflow.start': 'Started a workflow',
  'workflow.save': 'Saved a paused workflow',
  'workflow.restart': 'Restarted a paused workflow',
  'workflow.finish': 'Finished a workflow',
  'workflow.delete': 'Deleted a paused workflow',
  'access_log.read': 'Read this access log',
};

/** What the row says a user did, in words (in `lng`): the action, and for a read which screen showed the client. */
export function describeAction(action: string, detail: Record<string, unknown> | null, lng: Language = 'en'): string {
  const english = LABELS[action];
  const label = english
    ? translateMessage(english, lng)
    : action.replace(/[._]/g, ' ').replace(/^\w/, (c) => c.toUpperCase());
  const view = typeof detail?.view === 'string' ? detail.view.replaceAll('_', ' ').replaceAll('-', ' ') : null;
  return action === 'client.read' && view ? `${label}: ${viewName(view, lng)}` : label;
}

// A screen's name is a term of the catalog (a word, not a message), kept as is when it has none.
const viewName = (view: string, lng: Language) => (lng === 'en' ? view : (es.terms[view] ?? view));
