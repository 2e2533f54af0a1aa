import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  APPRAISAL_VERDICTS,
  AWARD_ROUND_KINDS,
  AWARD_ROUND_STATUSES,
  DOSSIER_ACTIONS,
  DOSSIER_CLOCKS,
  DOSSIER_DOCUMENT_KINDS,
  DOSSIER_STATUSES,
  type AppraisalVerdict,
  type AwardRoundKind,
  type AwardRoundStatus,
  type AwardSubject,
  type AwardTrack,
  type DossierAction,
  type DossierDocumentKind,
  type DossierClock,
  type DossierStatus,
  type EligibilityVerdict,
  type IsoDate,
} from '@thidua/shared-domain';
import { Connection } from '../../core/graphql/connection';
import { DateOnly } from '../../core/graphql/date.scalar';
import { defineEnum } from '../../core/graphql/enums';
import { AwardSubjectEnum, AwardTrackEnum } from '../legal/award-vocabulary.models';
import {
  EligibilityCheck,
  EligibilityVerdictEnum,
  toEligibilityResult,
} from '../legal/rules.models';
import type { AwardDossierEventEntity } from './award-dossier-event.entity';
import type {
  AwardDossierDocumentEntity,
  AwardDossierEntity,
  AwardNominationEntity,
} from './award-dossier.entity';
import type { NominationEligibility } from './award-eligibility';
import type { AwardRoundEntity } from './award-round.entity';
import { NoticeResultModel, toNoticeResult } from './award-notice.models';
import { AppraisedChecklistItemModel } from './award-appraisal.models';

export const AwardRoundKindEnum = defineEnum<AwardRoundKind>(
  'AwardRoundKind',
  AWARD_ROUND_KINDS,
  'Loại đợt xét khen thưởng.',
);
export const AwardRoundStatusEnum = defineEnum<AwardRoundStatus>(
  'AwardRoundStatus',
  AWARD_ROUND_STATUSES,
  'Trạng thái đợt xét khen thưởng.',
);
export const DossierClockEnum = defineEnum<DossierClock>(
  'DossierClock',
  Object.fromEntries(Object.entries(DOSSIER_CLOCKS).map(([k, v]) => [k, v.label])) as Record<
    DossierClock,
    string
  >,
  'Thời hạn đang chạy của hồ sơ (ngày làm việc).',
);
export const EligibilityStageEnum = defineEnum<NominationEligibility['stage']>(
  'EligibilityStage',
  {
    NOMINEE: 'Khi thêm, sửa đề nghị',
    SUBMIT: 'Khi gửi hồ sơ',
    CHECK: 'Khi kiểm tra lại cả danh sách',
  },
  'Lúc kiểm tra điều kiện, tiêu chuẩn.',
);
export const DossierStatusEnum = defineEnum<DossierStatus>(
  'DossierStatus',
  DOSSIER_STATUSES,
  'Trạng thái hồ sơ đề nghị khen thưởng.',
);
export const DossierActionEnum = defineEnum<DossierAction>(
  'DossierAction',
  DOSSIER_ACTIONS,
  'Thao tác chuyển hồ sơ đề nghị khen thưởng.',
);
export type DossierEventAction = DossierAction | 'CREATE' | 'ESCALATE' | 'COUNCIL';
export const DossierEventActionEnum = defineEnum<DossierEventAction>(
  'DossierEventAction',
  {
    CREATE: 'Lập hồ sơ',
    ESCALATE: 'Đề nghị cấp trên khen thưởng',
    COUNCIL: 'Hội đồng Thi đua - Khen thưởng xét',
    ...DOSSIER_ACTIONS,
  },
  'Sự kiện trong lịch sử hồ sơ.',
);
export const DossierDocumentKindEnum = defineEnum<DossierDocumentKind>(
  'DossierDocumentKind',
  DOSSIER_DOCUMENT_KINDS,
  'Loại tài liệu của hồ sơ đề nghị khen thưởng.',
);
export const AppraisalVerdictEnum = defineEnum<AppraisalVerdict>(
  'AppraisalVerdict',
  APPRAISAL_VERDICTS,
  'Kết quả thẩm định một đề nghị.',
);

@ObjectType({ description: 'Số lượng khen thưởng tối đa của kế hoạch, cho mỗi đơn vị đề nghị.' })
export class AwardRoundQuota {
  @Field()
  form!: string;

  @Field(() => Int, { nullable: true })
  collectives!: number | null;

  @Field(() => Int, { nullable: true })
  individuals!: number | null;

  @Field(() => Int, { nullable: true, description: 'Tập thể hoặc cá nhân.' })
  either!: number | null;

  @Field(() => String, { nullable: true })
  per!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType({ description: 'Đợt xét khen thưởng: nơi các đơn vị gửi hồ sơ đề nghị.' })
export class AwardRound {
  @Field(() => ID)
  id!: string;

  @Field(() => AwardRoundKindEnum)
  kind!: AwardRoundKind;

  @Field()
  title!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => AwardTrackEnum)
  track!: AwardTrack;

  @Field(() => AwardRoundStatusEnum)
  status!: AwardRoundStatus;

  @Field(() => ID, { description: 'Đơn vị tiếp nhận hồ sơ.' })
  receivingUnitId!: string;

  @Field({ description: 'Cấp có thẩm quyền quyết định khen thưởng.' })
  decidingAuthority!: string;

  @Field(() => DateOnly, { nullable: true, description: 'Hạn nộp hồ sơ.' })
  deadline!: IsoDate | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Kế hoạch thi đua của đợt (đợt theo phong trào).',
  })
  campaignPlanId!: string | null;

  @Field(() => [String], {
    description: 'Hình thức khen thưởng của kế hoạch; rỗng: không giới hạn.',
  })
  awardForms!: string[];

  @Field(() => [AwardRoundQuota])
  quotas!: AwardRoundQuota[];

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => Int)
  version!: number;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

@ObjectType()
export class AwardRoundConnection extends Connection(AwardRound, 'AwardRound') {}

export function toAwardRound(r: AwardRoundEntity): AwardRound {
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    year: r.year,
    track: r.track,
    status: r.status,
    receivingUnitId: r.receivingUnitId,
    decidingAuthority: r.decidingAuthority,
    deadline: r.deadline,
    campaignPlanId: r.campaignPlanId,
    awardForms: r.awardForms,
    quotas: r.quotas.map((q) => ({
      form: q.form,
      collectives: q.collectives ?? null,
      individuals: q.individuals ?? null,
      either: q.either ?? null,
      per: q.per ?? null,
      note: q.note ?? null,
    })),
    note: r.note,
    version: r.version,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

@ObjectType({
  description:
    'Kết quả kiểm tra điều kiện, tiêu chuẩn của một đề nghị, như đã kiểm tra (không tính lại): quy định áp dụng, từng điều kiện với dữ liệu và căn cứ.',
})
export class NomineeEligibility {
  @Field(() => EligibilityVerdictEnum)
  verdict!: EligibilityVerdict;

  @Field(() => DateOnly, {
    description:
      'Ngày xét: quy định có hiệu lực và trường hợp tạm hoãn tính theo ngày này (hạn nộp của đợt, hoặc ngày kiểm tra nếu sớm hơn).',
  })
  on!: IsoDate;

  @Field(() => Int)
  year!: number;

  @Field({ description: 'Thời điểm kiểm tra.' })
  judgedAt!: Date;

  @Field(() => EligibilityStageEnum)
  stage!: NominationEligibility['stage'];

  @Field(() => ID, { nullable: true, description: 'Phiên bản quy định đã áp dụng.' })
  ruleVersionId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Văn bản căn cứ của phiên bản quy định ("Nghị định số 152/2025/NĐ-CP …").',
  })
  basis!: string | null;

  @Field(() => DateOnly, { nullable: true })
  effectiveFrom!: IsoDate | null;

  @Field(() => DateOnly, { nullable: true })
  effectiveTo!: IsoDate | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Lý do không kiểm tra tự động được (hình thức không có mã, hộ gia đình, chưa có quy định): cán bộ đối chiếu theo văn bản.',
  })
  manualReason!: string | null;

  @Field({ description: 'Có nội dung cần đối chiếu văn bản (mức tin cậy L).' })
  uncertain!: boolean;

  @Field(() => [EligibilityCheck], {
    description:
      'Các nguyên tắc chung và điều kiện của quy định, mỗi điều kiện một câu giải thích.',
  })
  checks!: EligibilityCheck[];
}

export function toNomineeEligibility(e: NominationEligibility): NomineeEligibility {
  const result = e.result ? toEligibilityResult(e.result, e.ruleVersionId ?? '') : null;
  return {
    verdict: e.verdict,
    on: e.on,
    year: e.year,
    judgedAt: new Date(e.judgedAt),
    stage: e.stage,
    ruleVersionId: e.ruleVersionId,
    basis: result?.basis ?? null,
    effectiveFrom: result?.effectiveFrom ?? null,
    effectiveTo: result?.effectiveTo ?? null,
    manualReason: e.manualReason,
    uncertain: result?.uncertain ?? false,
    checks: result?.checks ?? [],
  };
}

@ObjectType({
  description: 'Một tập thể, cá nhân, hộ gia đình được đề nghị khen thưởng trong hồ sơ.',
})
export class AwardNomination {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => AwardSubjectEnum)
  subject!: AwardSubject;

  @Field(() => ID, { nullable: true })
  personId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Tập thể (đơn vị) được đề nghị.' })
  subjectUnitId!: string | null;

  @Field(() => String, { nullable: true })
  householdAddress!: string | null;

  @Field({ description: 'Họ tên, tên tập thể hoặc hộ gia đình.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Mã trong danh mục danh hiệu, hình thức.' })
  awardCode!: string | null;

  @Field({ description: 'Danh hiệu, hình thức khen thưởng đề nghị.' })
  awardName!: string;

  @Field({ description: 'Tóm tắt thành tích.' })
  achievements!: string;

  @Field({
    description:
      'Đã có kết quả kiểm tra điều kiện, tiêu chuẩn (do bộ quy tắc khen thưởng ghi); false: chưa kiểm tra.',
  })
  eligibilityChecked!: boolean;

  @Field(() => NomineeEligibility, {
    nullable: true,
    description: 'Kết quả kiểm tra điều kiện, tiêu chuẩn lần gần nhất (khi thêm, sửa, gửi).',
  })
  eligibility!: NomineeEligibility | null;

  @Field(() => [ID], {
    description: 'Sáng kiến, đề tài dùng cho đề nghị (khóa khi gửi hồ sơ: mỗi sáng kiến một lần).',
  })
  initiativeIds!: string[];

  @Field(() => ID, { description: 'Hồ sơ chứa đề nghị.' })
  dossierId!: string;

  /** The eligibility as stored (not a GraphQL field): the appraisal checklist reads its raw checks. */
  storedEligibility!: NominationEligibility | null;

  @Field(() => AppraisalVerdictEnum, {
    nullable: true,
    description: 'Kết quả thẩm định hiện hành.',
  })
  appraisalVerdict!: AppraisalVerdict | null;

  @Field(() => String, { nullable: true })
  appraisalRemark!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Đề nghị ở hồ sơ cấp dưới mà đề nghị này kế thừa.',
  })
  originNominationId!: string | null;
}

export function toAwardNomination(n: AwardNominationEntity): AwardNomination {
  return {
    id: n.id,
    position: n.position,
    subject: n.subject,
    personId: n.personId,
    subjectUnitId: n.subjectUnitId,
    householdAddress: n.householdAddress,
    name: n.name,
    awardCode: n.awardCode,
    awardName: n.awardName,
    achievements: n.achievements,
    eligibilityChecked: n.eligibility !== null,
    eligibility: n.eligibility ? toNomineeEligibility(n.eligibility) : null,
    initiativeIds: n.initiativeIds,
    dossierId: n.dossierId,
    storedEligibility: n.eligibility,
    appraisalVerdict: n.appraisalVerdict,
    appraisalRemark: n.appraisalRemark,
    originNominationId: n.originNominationId,
  };
}

@ObjectType({ description: 'Một tài liệu của hồ sơ: tệp đã tải lên hoặc nội dung nhập trực tiếp.' })
export class AwardDossierDocument {
  @Field(() => ID)
  id!: string;

  @Field(() => DossierDocumentKindEnum)
  kind!: DossierDocumentKind;

  @Field(() => ID, {
    nullable: true,
    description: 'Đề nghị mà tài liệu thuộc về (báo cáo thành tích…).',
  })
  nominationId!: string | null;

  @Field(() => String, { nullable: true })
  fileName!: string | null;

  @Field(() => String, { nullable: true })
  mediaType!: string | null;

  @Field(() => Int, { nullable: true })
  size!: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Đường dẫn tải tệp (REST, cùng phiên đăng nhập); null khi tài liệu là nội dung nhập.',
  })
  downloadPath!: string | null;

  @Field(() => String, { nullable: true, description: 'Nội dung nhập trực tiếp (biên bản…).' })
  text!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => ID, { nullable: true, description: 'Tài liệu của hồ sơ cấp dưới được dùng lại.' })
  originDocumentId!: string | null;

  @Field({
    description:
      'Hệ thống soạn từ bản dự thảo (tờ trình, báo cáo thành tích) và lưu khi gửi hồ sơ; false: tài liệu tải lên hoặc nhập.',
  })
  generated!: boolean;

  @Field()
  createdAt!: Date;
}

export function toAwardDossierDocument(d: AwardDossierDocumentEntity): AwardDossierDocument {
  return {
    id: d.id,
    kind: d.kind,
    nominationId: d.nominationId,
    fileName: d.fileName,
    mediaType: d.mediaType,
    size: d.size,
    downloadPath: d.fileSha256 ? `/api/award-dossiers/${d.dossierId}/documents/${d.id}/file` : null,
    text: d.text,
    note: d.note,
    originDocumentId: d.originDocumentId,
    generated: d.generated,
    createdAt: d.createdAt,
  };
}

@ObjectType({ description: 'Ý kiến về một mục khi trả lại hồ sơ: một đề nghị hoặc một tài liệu.' })
export class DossierRemarkModel {
  @Field(() => ID, { nullable: true })
  nominationId!: string | null;

  @Field(() => ID, { nullable: true })
  documentId!: string | null;

  @Field({ description: 'Tên mục khi ghi ý kiến.' })
  label!: string;

  @Field()
  remark!: string;
}

@ObjectType({ description: 'Kết quả thẩm định một đề nghị.' })
export class DossierAppraisalItemModel {
  @Field(() => ID)
  nominationId!: string;

  @Field()
  name!: string;

  @Field(() => AppraisalVerdictEnum)
  verdict!: AppraisalVerdict;

  @Field(() => String, { nullable: true })
  remark!: string | null;

  @Field(() => [AppraisedChecklistItemModel], {
    description:
      'Danh mục thẩm định như đã ghi: từng tiêu chuẩn, nguyên tắc, thành phần hồ sơ và kết luận của mục. Rỗng với lần thẩm định ghi trước khi có danh mục.',
  })
  checklist!: AppraisedChecklistItemModel[];
}

@ObjectType({ description: 'Những gì thay đổi so với lần gửi trước.' })
export class DossierChangesModel {
  @Field(() => [String])
  nomineesAdded!: string[];

  @Field(() => [String])
  nomineesRemoved!: string[];

  @Field(() => [String], { description: '"Nguyễn Văn A: hình thức đề nghị, tóm tắt thành tích".' })
  nomineesEdited!: string[];

  @Field(() => [String])
  documentsAdded!: string[];

  @Field(() => [String])
  documentsRemoved!: string[];

  @Field(() => [String])
  documentsReplaced!: string[];
}

@ObjectType({ description: 'Kết quả đối chiếu số lượng khen thưởng của kế hoạch.' })
export class DossierQuotaFinding {
  @Field()
  form!: string;

  @Field(() => Int)
  limit!: number;

  @Field(() => Int)
  used!: number;

  @Field()
  over!: boolean;

  @Field()
  explanation!: string;
}

@ObjectType({
  description: 'Một lần chuyển hồ sơ (gửi, trả lại, tiếp nhận…): lịch sử không bị ghi đè.',
})
export class AwardDossierEvent {
  @Field(() => ID)
  id!: string;

  @Field(() => DossierEventActionEnum)
  action!: DossierEventAction;

  @Field(() => DossierStatusEnum, { nullable: true })
  fromStatus!: DossierStatus | null;

  @Field(() => DossierStatusEnum)
  toStatus!: DossierStatus;

  @Field()
  actorName!: string;

  @Field()
  at!: Date;

  @Field(() => String, { nullable: true, description: 'Lý do chung (trả lại, rút).' })
  reason!: string | null;

  @Field(() => [DossierRemarkModel])
  remarks!: DossierRemarkModel[];

  @Field(() => [DossierAppraisalItemModel], { nullable: true })
  appraisal!: DossierAppraisalItemModel[] | null;

  @Field(() => DossierChangesModel, {
    nullable: true,
    description: 'Gửi lại sau khi bị trả lại hoặc rút về: những gì thay đổi so với lần gửi trước.',
  })
  changes!: DossierChangesModel | null;

  @Field(() => [DossierQuotaFinding], { nullable: true })
  quota!: DossierQuotaFinding[] | null;

  @Field({ description: 'Gửi sau hạn nộp hồ sơ của đợt.' })
  late!: boolean;

  @Field(() => Int)
  dossierVersion!: number;

  @Field(() => NoticeResultModel, {
    nullable: true,
    description:
      'Gửi hồ sơ: kết quả công khai danh sách chuyển theo hồ sơ (thời gian, ý kiến theo loại, xử lý từng ý kiến); null: không công khai.',
  })
  notice!: NoticeResultModel | null;
}

export function toAwardDossierEvent(e: AwardDossierEventEntity): AwardDossierEvent {
  return {
    id: e.id,
    action: e.action,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    actorName: e.actorName,
    at: e.at,
    reason: e.reason,
    remarks: e.remarks,
    appraisal: e.appraisal?.map((a) => ({ ...a, checklist: a.checklist ?? [] })) ?? null,
    changes: e.changes,
    quota: e.quota ? e.quota.map((q) => ({ ...q })) : null,
    late: e.late,
    dossierVersion: e.dossierVersion,
    notice: e.snapshot?.notice ? toNoticeResult(e.snapshot.notice) : null,
  };
}

@ObjectType({ description: 'Hồ sơ đề nghị khen thưởng của một đơn vị trong một đợt xét.' })
export class AwardDossier {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  roundId!: string;

  @Field(() => ID, { description: 'Đơn vị đề nghị.' })
  unitId!: string;

  @Field(() => ID, { description: 'Đơn vị tiếp nhận.' })
  receivingUnitId!: string;

  @Field(() => DossierStatusEnum)
  status!: DossierStatus;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => Date, { nullable: true })
  firstSubmittedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Lần gửi gần nhất.' })
  submittedAt!: Date | null;

  @Field({ description: 'Lần gửi gần nhất sau hạn nộp hồ sơ.' })
  late!: boolean;

  @Field(() => Date, { nullable: true })
  receivedAt!: Date | null;

  @Field(() => ID, { nullable: true, description: 'Hồ sơ cấp dưới (đề nghị cấp trên khen cao).' })
  originDossierId!: string | null;

  @Field(() => Int)
  version!: number;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  /** Internal: access decisions of the field resolvers. */
  unitPath!: string;
  receivingPath!: string;
}

@ObjectType()
export class AwardDossierConnection extends Connection(AwardDossier, 'AwardDossier') {}

export function toAwardDossier(d: AwardDossierEntity): AwardDossier {
  return {
    id: d.id,
    roundId: d.roundId,
    unitId: d.unitId,
    receivingUnitId: d.receivingUnitId,
    status: d.status,
    note: d.note,
    firstSubmittedAt: d.firstSubmittedAt,
    submittedAt: d.submittedAt,
    late: d.late,
    receivedAt: d.receivedAt,
    originDossierId: d.originDossierId,
    version: d.version,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
    unitPath: d.unitPath,
    receivingPath: d.receivingPath,
  };
}
