import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  NOTICE_COMMENT_KINDS,
  NOTICE_OUTCOMES,
  NOTICE_PHASES,
  NOTICE_STATUSES,
  noticePhase,
  todayInVietnam,
  type AwardSubject,
  type IsoDate,
  type NoticeCommentKind,
  type NoticeOutcome,
  type NoticePhase,
  type NoticeResult,
  type NoticeStatus,
} from '@thidua/shared-domain';
import { Connection } from '../../core/graphql/connection';
import { DateOnly } from '../../core/graphql/date.scalar';
import { defineEnum } from '../../core/graphql/enums';
import { AwardSubjectEnum } from '../legal/award-vocabulary.models';
import type { AwardNoticeCommentEntity, AwardPublicNoticeEntity } from './award-notice.entity';

export const NoticeStatusEnum = defineEnum<NoticeStatus>(
  'NoticeStatus',
  NOTICE_STATUSES,
  'Trạng thái lưu của danh sách công khai.',
);
export const NoticePhaseEnum = defineEnum<NoticePhase>(
  'NoticePhase',
  NOTICE_PHASES,
  'Danh sách công khai hôm nay: chờ, đang nhận ý kiến, hết thời hạn, đã kết thúc.',
);
export const NoticeCommentKindEnum = defineEnum<NoticeCommentKind>(
  'NoticeCommentKind',
  NOTICE_COMMENT_KINDS,
  'Loại ý kiến về danh sách công khai.',
);
export const NoticeOutcomeEnum = defineEnum<NoticeOutcome>(
  'NoticeOutcome',
  NOTICE_OUTCOMES,
  'Kết quả xử lý một ý kiến.',
);

/** The public page's path of a notice (the SPA route outside the signed-in frame). */
export const publicNoticePath = (id: string) => `/cong-khai/${id}`;

@ObjectType({ description: 'Số ý kiến theo loại.' })
export class NoticeCommentCount {
  @Field(() => NoticeCommentKindEnum)
  kind!: NoticeCommentKind;

  @Field(() => Int)
  count!: number;
}

export function noticeCommentCounts(
  counts: Record<NoticeCommentKind, number>,
): NoticeCommentCount[] {
  return (Object.keys(NOTICE_COMMENT_KINDS) as NoticeCommentKind[]).map((kind) => ({
    kind,
    count: counts[kind] ?? 0,
  }));
}

// -----------------------------------------------------------------------------------------------------
// public (no sign-in): only what the list published

@ObjectType({ description: 'Một tập thể, cá nhân, hộ gia đình trong danh sách công khai.' })
export class PublicNoticeNominee {
  @Field(() => Int, { description: 'Số thứ tự trong danh sách (ý kiến nêu số này).' })
  position!: number;

  @Field(() => AwardSubjectEnum)
  subject!: AwardSubject;

  @Field()
  name!: string;

  @Field({ description: 'Chức vụ, đơn vị công tác (cá nhân); đơn vị (tập thể); địa chỉ (hộ).' })
  detail!: string;

  @Field({ description: 'Danh hiệu, hình thức khen thưởng đề nghị.' })
  awardName!: string;
}

@ObjectType({
  description:
    'Danh sách đề nghị khen thưởng đang công khai (không cần đăng nhập): chỉ các thông tin được công khai.',
})
export class PublicAwardNotice {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field({ description: 'Đơn vị đề nghị.' })
  unitName!: string;

  @Field(() => DateOnly)
  startsOn!: IsoDate;

  @Field(() => DateOnly, { description: 'Ngày cuối nhận ý kiến.' })
  endsOn!: IsoDate;

  @Field(() => Int)
  workingDays!: number;

  @Field(() => [String], { description: 'Căn cứ yêu cầu công khai.' })
  articles!: string[];

  @Field()
  publishedAt!: Date;

  @Field({ description: 'Đang nhận ý kiến hôm nay.' })
  acceptingComments!: boolean;

  @Field(() => [PublicNoticeNominee])
  nominees!: PublicNoticeNominee[];
}

@ObjectType()
export class PublicAwardNoticeConnection extends Connection(
  PublicAwardNotice,
  'PublicAwardNotice',
) {}

export function toPublicAwardNotice(
  n: AwardPublicNoticeEntity,
  today: IsoDate = todayInVietnam(),
): PublicAwardNotice {
  return {
    id: n.id,
    title: n.title,
    unitName: n.unitName,
    startsOn: n.startsOn,
    endsOn: n.endsOn,
    workingDays: n.workingDays,
    articles: n.articles,
    publishedAt: n.publishedAt,
    acceptingComments: noticePhase(n, today) === 'RUNNING',
    nominees: n.nominees.map((x) => ({
      position: x.position,
      subject: x.subject,
      name: x.name,
      detail: x.detail,
      awardName: x.awardName,
    })),
  };
}

@ObjectType({ description: 'Xác nhận đã nhận ý kiến (không kèm thông tin người gửi).' })
export class NoticeCommentReceipt {
  @Field(() => NoticeCommentKindEnum)
  kind!: NoticeCommentKind;

  @Field(() => String, { nullable: true, description: 'Người được nêu ("3. Nguyễn Văn A").' })
  nomineeLabel!: string | null;

  @Field()
  receivedAt!: Date;
}

// -----------------------------------------------------------------------------------------------------
// officers (through the dossier)

@ObjectType({ description: 'Một đề nghị như danh sách đã công khai (không đổi theo hồ sơ).' })
export class NoticeNomineeModel extends PublicNoticeNominee {
  @Field(() => ID)
  nominationId!: string;

  @Field({ description: 'Quy định của đề nghị này yêu cầu công khai.' })
  required!: boolean;
}

@ObjectType({ description: 'Một ý kiến về danh sách công khai và kết quả xử lý.' })
export class NoticeComment {
  @Field(() => ID)
  id!: string;

  @Field(() => NoticeCommentKindEnum)
  kind!: NoticeCommentKind;

  @Field(() => Int, { nullable: true })
  nomineePosition!: number | null;

  @Field(() => String, { nullable: true, description: 'Người được nêu; null: cả danh sách.' })
  nomineeLabel!: string | null;

  @Field()
  text!: string;

  @Field()
  receivedAt!: Date;

  @Field(() => String, {
    nullable: true,
    description:
      'Họ tên người gửi (nếu có): chỉ cán bộ xử lý của đơn vị đề nghị xem được; không công khai, không chuyển theo hồ sơ.',
  })
  authorName!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Liên hệ của người gửi (nếu có): như họ tên.',
  })
  contact!: string | null;

  @Field(() => NoticeOutcomeEnum, { nullable: true, description: 'null: chưa xử lý.' })
  outcome!: NoticeOutcome | null;

  @Field(() => String, { nullable: true })
  handling!: string | null;

  @Field(() => Date, { nullable: true })
  handledAt!: Date | null;

  @Field(() => String, { nullable: true })
  handledByName!: string | null;

  @Field(() => Int)
  version!: number;
}

@ObjectType()
export class NoticeCommentConnection extends Connection(NoticeComment, 'NoticeComment') {}

/** `showAuthor`: the reader handles the comments (DOSSIER_MANAGE at the proposing unit). */
export function toNoticeComment(c: AwardNoticeCommentEntity, showAuthor: boolean): NoticeComment {
  return {
    id: c.id,
    kind: c.kind,
    nomineePosition: c.nomineePosition,
    nomineeLabel: c.nomineeLabel,
    text: c.text,
    receivedAt: c.receivedAt,
    authorName: showAuthor ? c.authorName : null,
    contact: showAuthor ? c.contact : null,
    outcome: c.outcome,
    handling: c.handling,
    handledAt: c.handledAt,
    handledByName: c.handledByName,
    version: c.version,
  };
}

@ObjectType({ description: 'Công khai danh sách đề nghị khen thưởng của một hồ sơ.' })
export class AwardNotice {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  dossierId!: string;

  @Field()
  title!: string;

  @Field()
  unitName!: string;

  @Field({ description: 'Quy định của ít nhất một đề nghị yêu cầu công khai.' })
  required!: boolean;

  @Field(() => Int)
  workingDays!: number;

  @Field(() => [String])
  articles!: string[];

  @Field(() => DateOnly)
  startsOn!: IsoDate;

  @Field(() => DateOnly)
  endsOn!: IsoDate;

  @Field(() => NoticeStatusEnum)
  status!: NoticeStatus;

  @Field(() => NoticePhaseEnum)
  phase!: NoticePhase;

  @Field()
  publishedAt!: Date;

  @Field()
  publishedByName!: string;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;

  @Field(() => String, { nullable: true })
  closedByName!: string | null;

  @Field(() => [NoticeNomineeModel])
  nominees!: NoticeNomineeModel[];

  @Field({ description: 'Đường dẫn trang công khai (không cần đăng nhập).' })
  publicPath!: string;

  @Field(() => Int)
  version!: number;
}

export function toAwardNotice(
  n: AwardPublicNoticeEntity,
  today: IsoDate = todayInVietnam(),
): AwardNotice {
  return {
    id: n.id,
    dossierId: n.dossierId,
    title: n.title,
    unitName: n.unitName,
    required: n.required,
    workingDays: n.workingDays,
    articles: n.articles,
    startsOn: n.startsOn,
    endsOn: n.endsOn,
    status: n.status,
    phase: noticePhase(n, today),
    publishedAt: n.publishedAt,
    publishedByName: n.publishedByName,
    closedAt: n.closedAt,
    closedByName: n.closedByName,
    nominees: n.nominees.map((x) => ({ ...x })),
    publicPath: publicNoticePath(n.id),
    version: n.version,
  };
}

@ObjectType({ description: 'Điều quy định yêu cầu về công khai danh sách của hồ sơ (hiện tại).' })
export class NoticeRequirementModel {
  @Field()
  required!: boolean;

  @Field(() => Int, {
    description: 'Số ngày làm việc tối thiểu (không bắt buộc: thời hạn gợi ý khi tự công khai).',
  })
  workingDays!: number;

  @Field(() => [String])
  articles!: string[];

  @Field(() => [String], { description: '"Nguyễn Văn A (Huân chương Lao động hạng Ba)".' })
  nominees!: string[];
}

// -----------------------------------------------------------------------------------------------------
// the result carried by a send (SUBMIT event)

@ObjectType({ description: 'Một ý kiến như hồ sơ đã chuyển theo (không kèm người gửi).' })
export class CarriedNoticeComment {
  @Field(() => NoticeCommentKindEnum)
  kind!: NoticeCommentKind;

  @Field(() => String, { nullable: true })
  nominee!: string | null;

  @Field()
  receivedAt!: Date;

  @Field({ description: 'Trích nội dung (toàn văn ở danh sách công khai của hồ sơ).' })
  excerpt!: string;

  @Field(() => NoticeOutcomeEnum, { nullable: true })
  outcome!: NoticeOutcome | null;

  @Field(() => String, { nullable: true })
  handling!: string | null;

  @Field(() => Date, { nullable: true })
  handledAt!: Date | null;

  @Field(() => String, { nullable: true })
  handledBy!: string | null;
}

@ObjectType({
  description:
    'Kết quả công khai danh sách như lần gửi đã chuyển theo hồ sơ: thời gian, số ý kiến theo loại, xử lý từng ý kiến.',
})
export class NoticeResultModel {
  @Field(() => ID)
  noticeId!: string;

  @Field()
  title!: string;

  @Field()
  required!: boolean;

  @Field(() => Int)
  workingDays!: number;

  @Field(() => [String])
  articles!: string[];

  @Field(() => DateOnly)
  startsOn!: IsoDate;

  @Field(() => DateOnly)
  endsOn!: IsoDate;

  @Field()
  publishedAt!: Date;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;

  @Field(() => Int, { description: 'Số tập thể, cá nhân trong danh sách công khai.' })
  nominees!: number;

  @Field(() => [NoticeCommentCount])
  counts!: NoticeCommentCount[];

  @Field(() => [CarriedNoticeComment])
  comments!: CarriedNoticeComment[];
}

export function toNoticeResult(r: NoticeResult): NoticeResultModel {
  return {
    noticeId: r.noticeId,
    title: r.title,
    required: r.required,
    workingDays: r.workingDays,
    articles: r.articles,
    startsOn: r.startsOn,
    endsOn: r.endsOn,
    publishedAt: new Date(r.publishedAt),
    closedAt: r.closedAt ? new Date(r.closedAt) : null,
    nominees: r.nominees,
    counts: noticeCommentCounts(r.counts),
    comments: r.comments.map((c) => ({
      kind: c.kind,
      nominee: c.nominee,
      receivedAt: new Date(c.receivedAt),
      excerpt: c.excerpt,
      outcome: c.outcome,
      handling: c.handling,
      handledAt: c.handledAt ? new Date(c.handledAt) : null,
      handledBy: c.handledBy,
    })),
  };
}
