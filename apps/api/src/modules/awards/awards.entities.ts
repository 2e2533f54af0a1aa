import { AwardDocumentDraftEntity, AwardDocumentPdfEntity } from './award-document-draft.entity';
import { AwardDossierEventEntity } from './award-dossier-event.entity';
import { AwardEligibilityCheckEntity } from './award-eligibility-check.entity';
import {
  AwardDossierDocumentEntity,
  AwardDossierEntity,
  AwardNominationEntity,
} from './award-dossier.entity';
import { AwardRoundEntity } from './award-round.entity';
import { AwardNoticeCommentEntity, AwardPublicNoticeEntity } from './award-notice.entity';

export const AWARD_ENTITIES = [
  AwardRoundEntity,
  AwardDossierEntity,
  AwardNominationEntity,
  AwardDossierDocumentEntity,
  AwardDossierEventEntity,
  AwardDocumentDraftEntity,
  AwardDocumentPdfEntity,
  AwardEligibilityCheckEntity,
  AwardPublicNoticeEntity,
  AwardNoticeCommentEntity,
];
