import type { EntityClass } from './core/database/data-source';
import { JobEntity } from './core/jobs/job.entity';
import { CALENDAR_ENTITIES } from './modules/calendar/calendar.entities';
import { AWARD_ENTITIES } from './modules/awards/awards.entities';
import { CAMPAIGN_ENTITIES } from './modules/campaigns/campaigns.entities';
import { COUNCIL_ENTITIES } from './modules/councils/councils.entities';
import { DECISION_ENTITIES } from './modules/decisions/decisions.entities';
import { DOCUMENT_ENTITIES } from './modules/documents/documents.entities';
import { FILE_ENTITIES } from './modules/files/files.entities';
import { IDENTITY_ENTITIES } from './modules/identity/identity.entities';
import { IMPORT_ENTITIES } from './modules/imports/imports.entities';
import { LEGAL_ENTITIES } from './modules/legal/legal.entities';
import { ORG_ENTITIES } from './modules/org/org.entities';
import { PEOPLE_ENTITIES } from './modules/people/people.entities';
import { RECORDS_ENTITIES } from './modules/records/records.entities';

/** Every domain module's entities, for the single DataSource (app, CLI, tests). */
export const ENTITIES: EntityClass[] = [
  ...ORG_ENTITIES,
  ...IDENTITY_ENTITIES,
  ...PEOPLE_ENTITIES,
  JobEntity,
  ...IMPORT_ENTITIES,
  ...LEGAL_ENTITIES,
  ...CALENDAR_ENTITIES,
  ...DOCUMENT_ENTITIES,
  ...FILE_ENTITIES,
  ...CAMPAIGN_ENTITIES,
  ...AWARD_ENTITIES,
  ...RECORDS_ENTITIES,
  ...COUNCIL_ENTITIES,
  ...DECISION_ENTITIES,
];
