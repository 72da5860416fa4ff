// Spanish for the messages of HMIS CSV import and export.
import type { MessageCatalog } from './localize.ts';

export const esHmisCsv: Partial<MessageCatalog> = {
  exact: {
    'Exports need the program manager, data quality officer or HMIS admin role':
      'Las exportaciones requieren el rol de gerente de programa, responsable de calidad de datos o administrador de HMIS',
    'Only an HMIS admin can export every organization':
      'Solo un administrador de HMIS puede exportar todas las organizaciones',
    'A CoC code looks like TX-600': 'Un código de CoC tiene la forma TX-600',
    'Choose a Source Type from HUD list 1.9': 'Elija un tipo de fuente (Source Type) de la lista 1.9 de HUD',
    'The end date must be on or after the start date': 'La fecha de fin debe ser igual o posterior a la de inicio',
    'Choose the Continuum of Care code: it is the export’s SourceID':
      'Elija el código del Continuum of Care: es el SourceID de la exportación',
    'Choose at least one organization': 'Elija al menos una organización',
    'Choose the HMIS CSV zip file to import': 'Elija el archivo zip de HMIS CSV que desea importar',
  },
  patterns: [
    ['You do not work for organization {ids}', 'Usted no trabaja para la organización {ids}'],
    ['Project {ids} is not in the chosen organizations', 'El proyecto {ids} no está en las organizaciones elegidas'],
    [
      'Grant {ids} does not belong to the chosen organizations',
      'La subvención {ids} no pertenece a las organizaciones elegidas',
    ],
  ],
  fields: {
    sourceType: 'Tipo de fuente',
    cocCode: 'Código de CoC',
    file: 'Archivo',
  },
};
