// Spanish for the messages of case assignments and case notes.
import type { MessageCatalog } from './localize.ts';

export const esCaseWork: Partial<MessageCatalog> = {
  exact: {
    'The end date cannot be before the start date': 'La fecha de fin no puede ser anterior a la fecha de inicio',
    'The end date cannot be in the future': 'La fecha de fin no puede estar en el futuro',
    'The start date cannot be in the future': 'La fecha de inicio no puede estar en el futuro',
    'Switch to the organization of this case assignment to end it':
      'Cambie a la organización de esta asignación de caso para terminarla',
    "Only program managers can see another user's caseload":
      'Solo los gerentes de programa pueden ver los casos asignados de otro usuario',
    'Only the author of this case note or an HMIS admin can uncheck Read Only':
      'Solo el autor de esta nota de caso o un administrador de HMIS puede desmarcar Solo lectura',
    'Only the author of this case note or an HMIS admin can delete it':
      'Solo el autor de esta nota de caso o un administrador de HMIS puede borrarla',
    'Give the case note a title': 'Póngale un título a la nota de caso',
    'Write the note': 'Escriba la nota',
    'This case note is read only and cannot be edited: its author or an HMIS admin must uncheck Read Only first':
      'Esta nota de caso es de solo lectura y no se puede editar: su autor o un administrador de HMIS debe desmarcar Solo lectura primero',
    'This case note is read only and cannot be deleted: its author or an HMIS admin must uncheck Read Only first':
      'Esta nota de caso es de solo lectura y no se puede borrar: su autor o un administrador de HMIS debe desmarcar Solo lectura primero',
    'Only read-only case notes print: check Read Only and save first':
      'Solo se imprimen las notas de caso de solo lectura: marque Solo lectura y guarde primero',
    "Choose one of this client's enrollments": 'Elija una de las inscripciones de este cliente',
    'Choose an enrollment in a project of your organization': 'Elija una inscripción en un proyecto de su organización',
    'Choose the enrollment this service was given under': 'Elija la inscripción en la que se prestó este servicio',
  },
  patterns: [
    ['This case assignment already ended on {date}', 'Esta asignación de caso ya terminó el {date}'],
    [
      'Choose a case manager who has access to {org}; the user chosen does not',
      'Elija un administrador de casos con acceso a {org}; el usuario elegido no lo tiene',
    ],
    ['{project} is another organization’s enrollment', '{project} es una inscripción de otra organización'],
  ],
  terms: {
    'This case assignment': 'Esta asignación de caso',
    'This case note': 'Esta nota de caso',
  },
  fields: {
    title: 'Título',
    startDate: 'Fecha de inicio',
    endDate: 'Fecha de fin',
    userId: 'Usuario',
  },
};
