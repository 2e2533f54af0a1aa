import type { MigrationInterface } from 'typeorm';
// Every migration, in order. `npm run migration:generate -- <Name>` appends new ones here.
// Never edit a migration that has landed on main: write a new one.
import { AwardDossiers1796670000000 } from './1796670000000-award-dossiers';
import { AwardNominationInitiatives1796671000000 } from './1796671000000-award-nomination-initiatives';
import { AwardEligibilityChecks1796700000000 } from './1796700000000-award-eligibility-checks';
import { CollectiveFactsIndexes1796705000000 } from './1796705000000-collective-facts-indexes';
import { AwardDossierNomineeWords1796706000000 } from './1796706000000-award-dossier-nominee-words';
import { AwardDocumentDrafts1796680000000 } from './1796680000000-award-document-drafts';
import { AwardPublicNotices1796690000000 } from './1796690000000-award-public-notices';
import { NumberRegisters1796570000000 } from './1796570000000-number-registers';
import { CampaignPlans1796580000000 } from './1796580000000-campaign-plans';
import { CampaignPlanIssue1796590000000 } from './1796590000000-campaign-plan-issue';
import { CampaignCascade1796600000000 } from './1796600000000-campaign-cascade';
import { CampaignRegistrations1796610000000 } from './1796610000000-campaign-registrations';
import { StoredFiles1796620000000 } from './1796620000000-stored-files';
import { CampaignLifecycle1796621000000 } from './1796621000000-campaign-lifecycle';
import { Congresses1796630000000 } from './1796630000000-congresses';
import { Records1796660000000 } from './1796660000000-records';
import { AwardRules1796650000000 } from './1796650000000-award-rules';
import { PeopleVietnameseOrder1796540000000 } from './1796540000000-people-vietnamese-order';
import { DurableJobs1796530000000 } from './1796530000000-durable-jobs';
import { AuditRecordScope1796521437028 } from './1796521437028-audit-record-scope';
import { PositionsPersonIndex1796195896242 } from './1796195896242-positions-person-index';
import { AsOfIndex1796191470204 } from './1796191470204-as-of-index';
import { SearchWords1796190964689 } from './1796190964689-search-words';
import { PeopleListIndex1795339798242 } from './1795339798242-people-list-index';
import { Imports1795334888008 } from './1795334888008-imports';
import { Organisation1795329798562 } from './1795329798562-organisation';
import { Foundation1795326936026 } from './1795326936026-foundation';
import { UnitsActiveChildren1796550000000 } from './1796550000000-units-active-children';
import { LegalDocuments1796560000000 } from './1796560000000-legal-documents';
import { WorkingCalendar1796640000000 } from './1796640000000-working-calendar';
import { Councils1796710000000 } from './1796710000000-councils';
import { Decisions1796720000000 } from './1796720000000-decisions';
import { CouncilVoting1796730000000 } from './1796730000000-council-voting';
import { CouncilMinutes1796740000000 } from './1796740000000-council-minutes';
import { CouncilAgendaWomen1796770000000 } from './1796770000000-council-agenda-women';
import { AuthEpoch1796780000000 } from './1796780000000-auth-epoch';
import { AuthEpochLineage1796790000000 } from './1796790000000-auth-epoch-lineage';
export const MIGRATIONS: (new () => MigrationInterface)[] = [
  Foundation1795326936026,
  Organisation1795329798562,
  Imports1795334888008,
  PeopleListIndex1795339798242,
  SearchWords1796190964689,
  AsOfIndex1796191470204,
  PositionsPersonIndex1796195896242,
  AuditRecordScope1796521437028,
  DurableJobs1796530000000,
  PeopleVietnameseOrder1796540000000,
  UnitsActiveChildren1796550000000,
  LegalDocuments1796560000000,
  NumberRegisters1796570000000,
  CampaignPlans1796580000000,
  CampaignPlanIssue1796590000000,
  CampaignCascade1796600000000,
  CampaignRegistrations1796610000000,
  StoredFiles1796620000000,
  CampaignLifecycle1796621000000,
  Congresses1796630000000,
  WorkingCalendar1796640000000,
  AwardRules1796650000000,
  Records1796660000000,
  AwardDossiers1796670000000,
  AwardNominationInitiatives1796671000000,
  AwardDocumentDrafts1796680000000,
  AwardPublicNotices1796690000000,
  AwardEligibilityChecks1796700000000,
  CollectiveFactsIndexes1796705000000,
  AwardDossierNomineeWords1796706000000,
  Councils1796710000000,
  Decisions1796720000000,
  CouncilVoting1796730000000,
  CouncilMinutes1796740000000,
  CouncilAgendaWomen1796770000000,
  AuthEpoch1796780000000,
  AuthEpochLineage1796790000000,
];
