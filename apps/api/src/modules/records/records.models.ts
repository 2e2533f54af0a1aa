import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  type AwardSubject,
  type AwardTrack,
  type EvaluationGrade,
  type HoldKind,
  type InitiativeKind,
  type InitiativeScope,
  type IsoDate,
} from '@thidua/shared-domain';
import { Connection } from '../../core/graphql/connection';
import { DateOnly } from '../../core/graphql/date.scalar';
import {
  AwardSubjectEnum,
  AwardTrackEnum,
  EvaluationGradeEnum,
  HoldKindEnum,
  InitiativeKindEnum,
  InitiativeScopeEnum,
} from '../legal/award-vocabulary.models';
import type { AwardRecordEntity } from './award-record.entity';
import type { EvaluationEntity } from './evaluation.entity';
import type { HoldEntity } from './hold.entity';
import type { InitiativeEntity } from './initiative.entity';
import type { SubjectRecordEntity } from './subject-record.entity';

@ObjectType({ isAbstract: true })
abstract class SubjectRecord {
  @Field(() => ID)
  id!: string;

  @Field(() => AwardSubjectEnum)
  subject!: AwardSubject;

  @Field(() => ID, { nullable: true, description: 'Cán bộ (đối tượng cá nhân).' })
  personId!: string | null;

  @Field(() => ID, {
    description:
      'Đơn vị của bản ghi: đơn vị tập thể, hoặc đơn vị cá nhân công tác khi ghi nhận, hoặc xã, phường của hộ gia đình.',
  })
  unitId!: string;

  @Field({ description: 'Họ tên cá nhân, tên đơn vị hoặc tên hộ gia đình khi ghi nhận.' })
  subjectName!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => Int)
  version!: number;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  /** Internal: decides `canEdit`. */
  unitPath!: string;
}

@ObjectType({ description: 'Kết quả đánh giá, xếp loại hằng năm của một cá nhân hoặc tập thể.' })
export class Evaluation extends SubjectRecord {
  @Field(() => Int)
  year!: number;

  @Field(() => EvaluationGradeEnum)
  grade!: EvaluationGrade;

  @Field(() => String, {
    nullable: true,
    description: 'Nguồn: quyết định, văn bản hoặc tệp đã nhập.',
  })
  source!: string | null;
}

@ObjectType({
  description:
    'Một danh hiệu, hình thức khen thưởng cá nhân, tập thể hoặc hộ gia đình đã được tặng (lịch sử khen thưởng).',
})
export class AwardRecord extends SubjectRecord {
  @Field(() => String, {
    nullable: true,
    description: 'Mã trong danh mục danh hiệu, hình thức (null: hình thức riêng, bản ghi cũ).',
  })
  awardCode!: string | null;

  @Field({ description: 'Tên danh hiệu, hình thức như quyết định ghi.' })
  awardName!: string;

  @Field(() => AwardTrackEnum)
  track!: AwardTrack;

  @Field(() => Int)
  year!: number;

  @Field(() => String, { nullable: true })
  decisionNumber!: string | null;

  @Field(() => DateOnly, { nullable: true })
  decidedOn!: IsoDate | null;

  @Field(() => String, { nullable: true, description: 'Cấp, người quyết định.' })
  decidedBy!: string | null;

  @Field(() => String, { nullable: true, description: 'Địa chỉ (đối tượng hộ gia đình).' })
  householdAddress!: string | null;
}

@ObjectType({ description: 'Việc sử dụng một sáng kiến, đề tài để đề nghị khen thưởng.' })
export class InitiativeUseModel {
  @Field()
  awardName!: string;

  @Field(() => Int)
  year!: number;

  @Field({ description: 'Hồ sơ đã dùng (số tờ trình, mã hồ sơ đề nghị).' })
  reference!: string;

  @Field()
  lockedAt!: Date;
}

@ObjectType({
  description:
    'Sáng kiến hoặc đề tài khoa học được công nhận; mỗi sáng kiến chỉ được dùng một lần để đề nghị khen thưởng.',
})
export class Initiative extends SubjectRecord {
  @Field(() => InitiativeKindEnum)
  kind!: InitiativeKind;

  @Field()
  title!: string;

  @Field(() => InitiativeScopeEnum)
  scope!: InitiativeScope;

  @Field(() => DateOnly)
  recognisedOn!: IsoDate;

  @Field(() => String, { nullable: true })
  recognisedBy!: string | null;

  @Field(() => String, { nullable: true })
  certificateNumber!: string | null;

  @Field(() => InitiativeUseModel, {
    nullable: true,
    description: 'Đã dùng để đề nghị khen thưởng (null: chưa dùng).',
  })
  usedFor!: InitiativeUseModel | null;
}

@ObjectType({
  description:
    'Một trường hợp tạm hoãn xét khen thưởng (kỷ luật, điều tra, thanh tra, khiếu nại tố cáo…), có hiệu lực từ ngày đến ngày.',
})
export class Hold extends SubjectRecord {
  @Field(() => HoldKindEnum)
  kind!: HoldKind;

  @Field(() => DateOnly)
  startsOn!: IsoDate;

  @Field(() => DateOnly, { nullable: true, description: 'Đến ngày (null: cho tới khi chấm dứt).' })
  endsOn!: IsoDate | null;

  @Field({ description: 'Nguồn: cơ quan, văn bản thông báo.' })
  source!: string;

  @Field(() => DateOnly, {
    nullable: true,
    description: 'Ngày chấm dứt tạm hoãn (từ ngày này không còn ngăn đề nghị).',
  })
  liftedOn!: IsoDate | null;

  @Field(() => String, { nullable: true })
  liftReason!: string | null;
}

@ObjectType()
export class EvaluationConnection extends Connection(Evaluation, 'Evaluation') {}

@ObjectType()
export class AwardRecordConnection extends Connection(AwardRecord, 'AwardRecord') {}

@ObjectType()
export class InitiativeConnection extends Connection(Initiative, 'Initiative') {}

@ObjectType()
export class HoldConnection extends Connection(Hold, 'Hold') {}

function base(e: SubjectRecordEntity) {
  return {
    id: e.id,
    subject: e.subject,
    personId: e.personId,
    unitId: e.unitId,
    subjectName: e.subjectName,
    note: e.note,
    version: e.version,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    unitPath: e.unitPath,
  };
}

export function toEvaluation(e: EvaluationEntity): Evaluation {
  return { ...base(e), year: e.year, grade: e.grade, source: e.source };
}

export function toAwardRecord(e: AwardRecordEntity): AwardRecord {
  return {
    ...base(e),
    awardCode: e.awardCode,
    awardName: e.awardName,
    track: e.track,
    year: e.year,
    decisionNumber: e.decisionNumber,
    decidedOn: e.decidedOn,
    decidedBy: e.decidedBy,
    householdAddress: e.householdAddress,
  };
}

export function toInitiative(e: InitiativeEntity): Initiative {
  return {
    ...base(e),
    kind: e.kind,
    title: e.title,
    scope: e.scope,
    recognisedOn: e.recognisedOn,
    recognisedBy: e.recognisedBy,
    certificateNumber: e.certificateNumber,
    usedFor:
      e.usedForAwardName !== null
        ? {
            awardName: e.usedForAwardName,
            year: e.usedForYear ?? 0,
            reference: e.usedByReference ?? '',
            lockedAt: e.lockedAt ?? e.updatedAt,
          }
        : null,
  };
}

export function toHold(e: HoldEntity): Hold {
  return {
    ...base(e),
    kind: e.kind,
    startsOn: e.startsOn,
    endsOn: e.endsOn,
    source: e.source,
    liftedOn: e.liftedOn,
    liftReason: e.liftReason,
  };
}
