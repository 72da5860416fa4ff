// Spanish for the messages of Document Check: document types, uploads and verification.
import type { MessageCatalog } from './localize.ts';

export const esDocumentCheck: Partial<MessageCatalog> = {
  exact: {
    'Send the document as multipart/form-data': 'Envíe el documento como multipart/form-data',
    'Send one file per document': 'Envíe un archivo por documento',
    'Choose the document type': 'Elija el tipo de documento',
    'Attach the document (a PDF or an image), or set the status to requested':
      'Adjunte el documento (un PDF o una imagen) o ponga el estado en solicitado',
    'The CoC does not use this document type: choose one from its list':
      'El CoC no usa este tipo de documento: elija uno de su lista',
    'Only a verified document has a verification date: set the status to verified':
      'Solo un documento verificado tiene fecha de verificación: ponga el estado en verificado',
    'The verification date cannot be in the future': 'La fecha de verificación no puede estar en el futuro',
  },
  patterns: [
    ['A document type named "{name}" already exists', 'Ya existe un tipo de documento llamado "{name}"'],
    ['Choose a status: {options}', 'Elija un estado: {options}'],
    ['The file is larger than the {n} MB limit', 'El archivo supera el límite de {n} MB'],
    ['At most {n} MB', 'Como máximo {n} MB'],
    [
      'A Document Check file must be a PDF or an image ({kinds})',
      'Un archivo de Document Check debe ser un PDF o una imagen ({kinds})',
    ],
    ['Upload a PDF or an image ({kinds})', 'Suba un PDF o una imagen ({kinds})'],
    [
      'The expiry date ({expires}) is before the verification date ({verified})',
      'La fecha de vencimiento ({expires}) es anterior a la fecha de verificación ({verified})',
    ],
  ],
  terms: {
    'The document type': 'El tipo de documento',
    'The document’s file': 'El archivo del documento',
  },
  fields: {
    documentTypeId: 'Tipo de documento',
    status: 'Estado',
    verifiedOn: 'Fecha de verificación',
    expiresOn: 'Fecha de vencimiento',
    file: 'Archivo',
  },
};
