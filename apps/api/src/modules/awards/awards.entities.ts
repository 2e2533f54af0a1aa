import { AwardDossierEventEntity } from './award-dossier-event.entity';
import {
  AwardDossierDocumentEntity,
  AwardDossierEntity,
  AwardNominationEntity,
} from './award-dossier.entity';
import { AwardRoundEntity } from './award-round.entity';

export const AWARD_ENTITIES = [
  AwardRoundEntity,
  AwardDossierEntity,
  AwardNominationEntity,
  AwardDossierDocumentEntity,
  AwardDossierEventEntity,
];
