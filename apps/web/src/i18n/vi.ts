import { apiClientsMessages } from '../features/api-clients/messages';
import { auditMessages } from '../features/audit/messages';
import { calendarMessages } from '../features/calendar/messages';
import { campaignsMessages } from '../features/campaigns/messages';
import { clustersMessages } from '../features/clusters/messages';
import { homeMessages } from '../features/home/messages';
import { importsMessages } from '../features/imports/messages';
import { legalMessages } from '../features/legal/messages';
import { awardRulesMessages } from '../features/award-rules/messages';
import { peopleMessages } from '../features/people/messages';
import { recordsMessages } from '../features/records/messages';
import { profileMessages } from '../features/profile/messages';
import { restructuringMessages } from '../features/restructuring/messages';
import { rolesMessages } from '../features/roles/messages';
import { unitKindsMessages } from '../features/unit-kinds/messages';
import { unitsMessages } from '../features/units/messages';
import { usersMessages } from '../features/users/messages';
import { t as entryTexts } from './entry';

/**
 * Every text the SPA shows, in Vietnamese. Each feature keeps its own texts next to its code
 * (features/<feature>/messages.ts) and ./common.ts holds the shared ones; they are assembled here into
 * one object so that screens, whatever feature they belong to, read every text the same way: `t.users.…`
 * through ./index.ts (the login page and the entry chunk read only the common and sign-in texts, through
 * ./entry.ts). A second language is another object of type `Messages`. Texts that depend on
 * values are functions. Messages that come from the API (errors, role and permission names) are shown
 * as the API sends them.
 */
export const vi = {
  // the common and sign-in texts, which the entry chunk reads alone
  ...entryTexts,
  ...homeMessages,
  ...profileMessages,
  ...usersMessages,
  ...rolesMessages,
  ...unitKindsMessages,
  ...apiClientsMessages,
  ...auditMessages,
  ...unitsMessages,
  ...restructuringMessages,
  ...clustersMessages,
  ...peopleMessages,
  ...importsMessages,
  ...legalMessages,
  ...awardRulesMessages,
  ...calendarMessages,
  ...campaignsMessages,
  ...recordsMessages,
};

export type Messages = typeof vi;
