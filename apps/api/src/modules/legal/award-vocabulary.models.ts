import {
  AWARD_SUBJECTS,
  AWARD_TRACKS,
  EVALUATION_GRADES,
  HOLD_KINDS,
  INITIATIVE_KINDS,
  INITIATIVE_SCOPES,
  type AwardSubject,
  type AwardTrack,
  type EvaluationGrade,
  type HoldKind,
  type InitiativeKind,
  type InitiativeScope,
} from '@thidua/shared-domain';
import { defineEnum } from '../../core/graphql/enums';

/*
 * The award vocabulary's GraphQL enums, registered once by the base module that defines the rules
 * (legal): records (the facts) and awards (the dossiers) sit above it and import them from here, so
 * one name means one set of codes in the schema and legal depends on neither of them.
 */

export const AwardSubjectEnum = defineEnum<AwardSubject>(
  'AwardSubject',
  AWARD_SUBJECTS,
  'Đối tượng khen thưởng: cá nhân, tập thể (đơn vị) hoặc hộ gia đình.',
);
export const AwardTrackEnum = defineEnum<AwardTrack>(
  'AwardTrack',
  AWARD_TRACKS,
  'Loại hình khen thưởng (Luật Thi đua, khen thưởng Điều 8).',
);
export const EvaluationGradeEnum = defineEnum<EvaluationGrade>(
  'EvaluationGrade',
  EVALUATION_GRADES,
  'Kết quả đánh giá, xếp loại hằng năm.',
);
export const InitiativeKindEnum = defineEnum<InitiativeKind>(
  'InitiativeKind',
  INITIATIVE_KINDS,
  'Sáng kiến hoặc đề tài nghiên cứu khoa học.',
);
export const InitiativeScopeEnum = defineEnum<InitiativeScope>(
  'InitiativeScope',
  INITIATIVE_SCOPES,
  'Phạm vi ảnh hưởng được công nhận của sáng kiến, đề tài.',
);
export const HoldKindEnum = defineEnum<HoldKind>(
  'HoldKind',
  HOLD_KINDS,
  'Lý do tạm hoãn xét khen thưởng (Nghị định 152/2025/NĐ-CP Điều 4 khoản 4).',
);
