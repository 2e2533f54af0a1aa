import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsString, MaxLength, ValidateNested } from 'class-validator';
import {
  SIGNING_AUTHORITIES,
  type AwardSubject,
  type AwardTrack,
  type DossierStatus,
  type IsoDate,
  type SigningAuthority,
} from '@thidua/shared-domain';
import { Connection } from '../../core/graphql/connection';
import { DateOnly } from '../../core/graphql/date.scalar';
import { defineEnum } from '../../core/graphql/enums';
import { IsoDateValue } from '../../core/validation/fields';
import { msg } from '../../core/validation/messages';
import { DossierStatusEnum } from '../awards/award.models';
import { AwardSubjectEnum, AwardTrackEnum } from '../legal/award-vocabulary.models';
import type {
  AwardDecisionEntity,
  AwardDecisionKind,
  AwardDecisionRecipientEntity,
  AwardDecisionStatus,
} from './award-decision.entity';
import { DECISION_LIMITS as L } from './award-decision.limits';
import {
  AWARD_DECISION_SORTS,
  type AwardDecisionSort,
  type CandidateView,
} from './award-decision.service';

export const AwardDecisionStatusEnum = defineEnum<AwardDecisionStatus>(
  'AwardDecisionStatus',
  { DRAFT: 'Dự thảo', ISSUED: 'Đã ban hành', REVOKED: 'Đã thu hồi' },
  'Trạng thái quyết định khen thưởng.',
);

export const AwardDecisionKindEnum = defineEnum<AwardDecisionKind>(
  'AwardDecisionKind',
  { FORM: 'Hình thức khen thưởng (tặng …)', TITLE: 'Danh hiệu thi đua (tặng danh hiệu …)' },
  'Quyết định tặng một hình thức khen thưởng hay một danh hiệu thi đua.',
);

export const AwardDecisionSortEnum = defineEnum<AwardDecisionSort>(
  'AwardDecisionSort',
  AWARD_DECISION_SORTS,
  'Thứ tự danh sách quyết định khen thưởng (mặc định NEWEST); cùng khóa thì theo id, phân trang theo con trỏ.',
);

/** A string that may be empty, bounded. */
function Text(label: string, max: number): PropertyDecorator {
  return (target, key) => {
    IsString(msg.required(label))(target, key);
    MaxLength(max, msg.maxLength(label, max))(target, key);
  };
}

// ---------------------------------------------------------------------------------------------------
// the editable parts (output and input share their shape)

@ObjectType('DecisionSigningLine', { description: 'Dòng quyền hạn ký: "TM. Ủy ban nhân dân".' })
@InputType('DecisionSigningLineInput')
export class DecisionSigningLinePart {
  @Field(() => String, { description: 'TM, KT, TL hoặc TUQ (NĐ 30/2020 Điều 13).' })
  @IsIn(Object.keys(SIGNING_AUTHORITIES), msg.oneOf('Quyền hạn ký'))
  authority!: SigningAuthority;

  @Field({ description: '"Ủy ban nhân dân", "Chủ tịch".' })
  @Text('Thay mặt, ký thay cho', L.line)
  of!: string;
}

@ObjectType('DecisionSigner', { description: 'Quyền hạn, chức vụ, họ tên người ký quyết định.' })
@InputType('DecisionSignerInput')
export class DecisionSignerPart {
  @Field(() => [DecisionSigningLinePart])
  @IsArray({ message: 'Quyền hạn ký phải là danh sách.' })
  @ArrayMaxSize(L.signingLines, { message: `Quyền hạn ký tối đa ${L.signingLines} dòng.` })
  @ValidateNested({ each: true })
  @Type(() => DecisionSigningLinePart)
  on!: DecisionSigningLinePart[];

  @Field({ description: '"Chủ tịch", "Phó Chủ tịch", "Giám đốc".' })
  @Text('Chức vụ người ký', L.line)
  title!: string;

  @Field()
  @Text('Họ tên người ký', L.line)
  name!: string;
}

@ObjectType('DecisionCouncilMinutes', {
  description: 'Biên bản họp Hội đồng Thi đua - Khen thưởng, dẫn sau các căn cứ.',
})
@InputType('DecisionCouncilMinutesInput')
export class DecisionCouncilMinutesPart {
  @Field({ description: 'Hội đồng nào: "Hội đồng Thi đua - Khen thưởng tỉnh".' })
  @Text('Biên bản họp Hội đồng', L.line)
  body!: string;

  @Field(() => DateOnly, { nullable: true, description: 'Ngày họp.' })
  @IsoDateValue('Ngày họp Hội đồng', true)
  date!: IsoDate | null;
}

@ObjectType('DecisionProposal', {
  description: '"Xét đề nghị của {by} tại {reference}.": tờ trình đề nghị khen thưởng.',
})
@InputType('DecisionProposalInput')
export class DecisionProposalPart {
  @Field({ description: '"Giám đốc Sở Nội vụ", "Phòng Tổng hợp".' })
  @Text('Đơn vị đề nghị', L.line)
  by!: string;

  @Field({ description: '"Tờ trình số 12/TTr-SNV ngày 02/10/2025".' })
  @Text('Tờ trình đề nghị', L.line)
  reference!: string;
}

// ---------------------------------------------------------------------------------------------------
// output

@ObjectType({ description: 'Một tập thể, cá nhân, hộ gia đình trong danh sách của quyết định.' })
export class AwardDecisionRecipient {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Số thứ tự trong danh sách kèm theo.' })
  position!: number;

  @Field(() => ID, {
    nullable: true,
    description: 'Đề nghị (trong hồ sơ) được quyết định; null: hồ sơ đã bỏ đề nghị này.',
  })
  nominationId!: string | null;

  @Field(() => ID, { nullable: true })
  dossierId!: string | null;

  @Field(() => AwardSubjectEnum)
  subject!: AwardSubject;

  @Field(() => ID, { nullable: true })
  personId!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Tập thể (đơn vị); với hộ gia đình: đơn vị (xã) giữ hồ sơ.',
  })
  subjectUnitId!: string | null;

  @Field({ description: 'Tên in trong danh sách và trên giấy khen: "Bà Nông Thị Hà".' })
  displayName!: string;

  @Field()
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Chức vụ, đơn vị (cá nhân); đơn vị cấp trên (tập thể); địa chỉ (hộ).',
  })
  detail!: string | null;

  @Field(() => String, { nullable: true, description: 'Đơn vị (tra cứu công khai).' })
  unitName!: string | null;

  @Field({ description: 'Dòng thành tích in trên giấy khen.' })
  achievement!: string;

  @Field(() => String, { nullable: true })
  awardCode!: string | null;

  @Field()
  awardName!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Hệ số tiền thưởng (× lương cơ sở); null: quy định không ghi, cần nhập.',
  })
  multiplier!: number | null;

  @Field(() => Int, { nullable: true, description: 'Mức lương cơ sở (đồng/tháng) đã tính.' })
  baseSalary!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Tiền thưởng (đồng) = hệ số × lương cơ sở, làm tròn lên hàng chục nghìn đồng; null: không có.',
  })
  amount!: number | null;

  @Field(() => Int, { nullable: true, description: 'Số sổ vàng (cấp khi ban hành).' })
  goldBookNumber!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Mã xác thực in dưới mã QR của giấy khen (cấp khi ban hành).',
  })
  certificateCode!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Bản ghi khen thưởng trong hồ sơ thành tích (ghi khi ban hành).',
  })
  awardRecordId!: string | null;
}

export function toAwardDecisionRecipient(r: AwardDecisionRecipientEntity): AwardDecisionRecipient {
  return {
    id: r.id,
    position: r.position,
    nominationId: r.nominationId,
    dossierId: r.dossierId,
    subject: r.subject,
    personId: r.personId,
    subjectUnitId: r.subjectUnitId,
    displayName: r.honorific ? `${r.honorific} ${r.name}` : r.name,
    name: r.name,
    detail: r.detail,
    unitName: r.unitName,
    achievement: r.achievement,
    awardCode: r.awardCode,
    awardName: r.awardName,
    multiplier: r.multiplier,
    baseSalary: r.baseSalary,
    amount: r.amount,
    goldBookNumber: r.goldBookNumber,
    certificateCode: r.certificateCode,
    awardRecordId: r.awardRecordId,
  };
}

@ObjectType({ description: 'Bản in giấy khen, bằng khen của quyết định (lần in gần nhất).' })
export class AwardCertificatesFile {
  @Field({ description: 'Đường dẫn tải .docx (REST, cùng phiên đăng nhập).' })
  docxPath!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Đường dẫn tải PDF; null: máy chủ chưa cài LibreOffice khi in.',
  })
  pdfPath!: string | null;

  @Field()
  madeAt!: Date;
}

@ObjectType({ description: 'Quyết định khen thưởng (dự thảo hoặc đã ban hành).' })
export class AwardDecision {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => ID)
  roundId!: string;

  @Field(() => ID)
  issuerUnitId!: string;

  @Field(() => AwardDecisionStatusEnum)
  status!: AwardDecisionStatus;

  @Field(() => Int)
  year!: number;

  @Field(() => AwardTrackEnum)
  track!: AwardTrack;

  @Field(() => String, { nullable: true })
  awardCode!: string | null;

  @Field()
  awardName!: string;

  @Field(() => AwardDecisionKindEnum)
  awardKind!: AwardDecisionKind;

  @Field({ description: 'Trích yếu sau "Về việc".' })
  subject!: string;

  @Field({ description: 'Người có thẩm quyền quyết định (dòng trên phần căn cứ).' })
  authority!: string;

  @Field({ description: 'Điều 1: thành tích được khen thưởng.' })
  achievement!: string;

  @Field(() => [String], { description: 'Căn cứ, mỗi dòng không kèm chữ "Căn cứ".' })
  bases!: string[];

  @Field(() => DecisionCouncilMinutesPart, { nullable: true })
  councilMinutes!: DecisionCouncilMinutesPart | null;

  @Field(() => DecisionProposalPart, { nullable: true })
  proposal!: DecisionProposalPart | null;

  @Field(() => String, {
    nullable: true,
    description: 'Điều 2: nguồn kinh phí chi tiền thưởng; null: quyết định không kèm tiền thưởng.',
  })
  rewardFunding!: string | null;

  @Field(() => String, { nullable: true, description: 'Căn cứ mức tiền thưởng (trong ngoặc).' })
  rewardBasis!: string | null;

  @Field(() => [String], { description: 'Điều 3: cơ quan, đơn vị thi hành.' })
  executors!: string[];

  @Field(() => [String], { description: 'Nơi nhận.' })
  receivers!: string[];

  @Field({ description: 'Lưu: "VT, TĐKT".' })
  archive!: string;

  @Field({ description: 'Địa danh.' })
  place!: string;

  @Field(() => DecisionSignerPart)
  signer!: DecisionSignerPart;

  @Field(() => Int, { nullable: true, description: 'Số (cấp khi ban hành).' })
  number!: number | null;

  @Field(() => String, { nullable: true, description: 'Số, ký hiệu: "25/QĐ-UBND".' })
  symbol!: string | null;

  @Field(() => DateOnly, {
    nullable: true,
    description: 'Ngày quyết định (ngày ban hành); tiền thưởng tính theo lương cơ sở ngày này.',
  })
  decidedOn!: IsoDate | null;

  @Field(() => Date, { nullable: true })
  issuedAt!: Date | null;

  @Field(() => String, { nullable: true })
  issuedByName!: string | null;

  @Field({
    description:
      'Đường dẫn tải .docx (REST): bản xem trước khi là dự thảo, bản đã lưu khi ban hành.',
  })
  docxPath!: string;

  @Field({ description: 'Đường dẫn tải PDF (REST; cần LibreOffice trên máy chủ).' })
  pdfPath!: string;

  @Field({ description: 'Bảng tiền thưởng (Excel) cho bộ phận tài chính.' })
  rewardsExportPath!: string;

  @Field(() => AwardCertificatesFile, {
    nullable: true,
    description: 'Bản in giấy khen gần nhất; null: chưa in.',
  })
  certificates!: AwardCertificatesFile | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

export const decisionPath = (id: string) => `/api/award-decisions/${id}`;

export function toAwardDecision(d: AwardDecisionEntity): AwardDecision {
  const base = decisionPath(d.id);
  return {
    id: d.id,
    version: d.version,
    roundId: d.roundId,
    issuerUnitId: d.issuerUnitId,
    status: d.status,
    year: d.year,
    track: d.track,
    awardCode: d.awardCode,
    awardName: d.awardName,
    awardKind: d.awardKind,
    subject: d.subject,
    authority: d.authority,
    achievement: d.achievement,
    bases: d.bases,
    councilMinutes: d.councilMinutes,
    proposal: d.proposal,
    rewardFunding: d.rewardFunding,
    rewardBasis: d.rewardBasis,
    executors: d.executors,
    receivers: d.receivers,
    archive: d.archive,
    place: d.place,
    signer: d.signer,
    number: d.number,
    symbol: d.symbol,
    decidedOn: d.decidedOn,
    issuedAt: d.issuedAt,
    issuedByName: d.issuedByName,
    docxPath: `${base}/decision.docx`,
    pdfPath: `${base}/decision.pdf`,
    rewardsExportPath: `/api/exports/award-decision-rewards.xlsx?decisionId=${d.id}`,
    certificates:
      d.certificatesDocxSha256 && d.certificatesAt
        ? {
            docxPath: `${base}/certificates.docx`,
            pdfPath: d.certificatesPdfSha256 ? `${base}/certificates.pdf` : null,
            madeAt: d.certificatesAt,
          }
        : null,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
  };
}

@ObjectType()
export class AwardDecisionConnection extends Connection(AwardDecision, 'AwardDecision') {}

@ObjectType({
  description:
    'Một đề nghị đạt thẩm định mà quyết định của đơn vị có thể khen thưởng (kèm quyết định đã có, nếu có).',
})
export class AwardDecisionCandidate {
  @Field(() => ID)
  nominationId!: string;

  @Field(() => ID)
  dossierId!: string;

  @Field(() => DossierStatusEnum)
  dossierStatus!: DossierStatus;

  @Field(() => ID)
  proposingUnitId!: string;

  @Field()
  proposingUnitName!: string;

  @Field(() => AwardSubjectEnum)
  subject!: AwardSubject;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  awardCode!: string | null;

  @Field()
  awardName!: string;

  @Field(() => String, { nullable: true, description: 'Số tờ trình của hồ sơ.' })
  toTrinhSymbol!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Quyết định (chưa thu hồi) đã có đề nghị này; null: chưa có.',
  })
  decisionId!: string | null;
}

export function toAwardDecisionCandidate(c: CandidateView): AwardDecisionCandidate {
  return {
    nominationId: c.nominationId,
    dossierId: c.dossierId,
    dossierStatus: c.dossierStatus,
    proposingUnitId: c.proposingUnitId,
    proposingUnitName: c.proposingUnitName,
    subject: c.subject,
    name: c.name,
    awardCode: c.awardCode,
    awardName: c.awardName,
    toTrinhSymbol: c.toTrinhSymbol,
    decisionId: c.decisionId,
  };
}

// ---------------------------------------------------------------------------------------------------
// public: only what a decision publishes

@ObjectType({
  description:
    'Một khen thưởng đã có quyết định, như quyết định công bố (không có ngày sinh, không có mã định danh người).',
})
export class PublicAward {
  @Field({ description: 'Tên người, tập thể, hộ gia đình được khen thưởng.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Đơn vị.' })
  unitName!: string | null;

  @Field({ description: 'Danh hiệu, hình thức khen thưởng.' })
  awardName!: string;

  @Field(() => Int)
  year!: number;

  @Field({ description: 'Số, ký hiệu quyết định.' })
  decisionNumber!: string;

  @Field(() => DateOnly)
  decidedOn!: IsoDate;

  @Field({ description: 'Cơ quan ban hành quyết định.' })
  issuerName!: string;

  @Field(() => String, { nullable: true, description: 'Số sổ vàng.' })
  goldBookNumber!: string | null;
}

@ObjectType()
export class PublicAwardConnection extends Connection(PublicAward, 'PublicAward') {}

/** What a public page shows of an issued recipient. */
export function toPublicAward(
  r: AwardDecisionRecipientEntity,
  d: Pick<AwardDecisionEntity, 'symbol' | 'decidedOn' | 'year'>,
  issuerName: string,
): PublicAward {
  return {
    name: r.honorific ? `${r.honorific} ${r.name}` : r.name,
    unitName: r.unitName,
    awardName: r.awardName,
    year: d.year,
    decisionNumber: d.symbol ?? '',
    decidedOn: d.decidedOn as IsoDate,
    issuerName,
    goldBookNumber: r.goldBookNumber === null ? null : String(r.goldBookNumber).padStart(2, '0'),
  };
}
