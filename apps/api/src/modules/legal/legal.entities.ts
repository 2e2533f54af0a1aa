import { LegalDocumentEntity } from './legal-document.entity';

export const LEGAL_ENTITIES = [LegalDocumentEntity];
