import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import {
  AWARD_DOSSIER_LIMITS,
  PUBLIC_NOTICE_LIMITS as L,
  TEXT_LIMITS,
  type IsoDate,
  type NoticeCommentKind,
  type NoticeOutcome,
} from '@thidua/shared-domain';
import { PageArgs } from '../../core/graphql/connection';
import { DateOnly } from '../../core/graphql/date.scalar';
import {
  IsoDateValue,
  OptionalBoolean,
  OptionalText,
  Required,
  Version,
} from '../../core/validation/fields';
import { msg } from '../../core/validation/messages';
import { NoticeCommentKindEnum, NoticeOutcomeEnum } from './award-notice.models';

@InputType({
  description:
    'Công khai danh sách đề nghị của hồ sơ: danh sách được chốt lúc công khai; ngày kết thúc tính theo ngày làm việc.',
})
export class PublishAwardNoticeInput {
  @Field(() => ID)
  @IsUUID('all', msg.id('Hồ sơ'))
  dossierId!: string;

  @Field(() => DateOnly, {
    nullable: true,
    description: 'Ngày bắt đầu công khai (mặc định hôm nay; không trước hôm nay).',
  })
  @IsoDateValue('Ngày bắt đầu công khai', true)
  startsOn?: IsoDate | null;

  @Field(() => DateOnly, {
    nullable: true,
    description:
      'Ngày cuối nhận ý kiến; mặc định và tối thiểu: đủ số ngày làm việc quy định sau ngày bắt đầu.',
  })
  @IsoDateValue('Ngày kết thúc công khai', true)
  endsOn?: IsoDate | null;

  @Field(() => String, {
    nullable: true,
    description: 'Tiêu đề (mặc định theo đơn vị và đợt xét).',
  })
  @OptionalText('Tiêu đề', L.title)
  title?: string | null;
}

@InputType({ description: 'Gia hạn công khai: ngày cuối mới, sau ngày cuối hiện tại.' })
export class ExtendAwardNoticeInput {
  @Field(() => ID)
  @IsUUID('all', msg.id('Danh sách công khai'))
  id!: string;

  @Version()
  version!: number;

  @Field(() => DateOnly)
  @IsoDateValue('Ngày kết thúc công khai')
  endsOn!: IsoDate;
}

@InputType({ description: 'Kết thúc công khai danh sách.' })
export class CloseAwardNoticeInput {
  @Field(() => ID)
  @IsUUID('all', msg.id('Danh sách công khai'))
  id!: string;

  @Version()
  version!: number;
}

@InputType({ description: 'Ghi kết quả xử lý một ý kiến về danh sách công khai.' })
export class HandleNoticeCommentInput {
  @Field(() => ID)
  @IsUUID('all', msg.id('Ý kiến'))
  id!: string;

  @Version()
  version!: number;

  @Field(() => NoticeOutcomeEnum)
  @IsIn(Object.keys(NoticeOutcomeEnum), msg.oneOf('Kết quả xử lý'))
  outcome!: NoticeOutcome;

  @Field({ description: 'Nội dung xử lý, trả lời (chuyển theo hồ sơ).' })
  @Required('Nội dung xử lý', L.handling)
  handling!: string;
}

@InputType({
  description:
    'Ý kiến về một danh sách đang công khai (không cần đăng nhập). Họ tên, liên hệ không bắt buộc và không được công khai.',
})
export class SubmitNoticeCommentInput {
  @Field(() => ID)
  @IsUUID('all', msg.id('Danh sách công khai'))
  noticeId!: string;

  @Field(() => NoticeCommentKindEnum)
  @IsIn(Object.keys(NoticeCommentKindEnum), msg.oneOf('Loại ý kiến'))
  kind!: NoticeCommentKind;

  @Field(() => Int, {
    nullable: true,
    description: 'Số thứ tự của tập thể, cá nhân được nêu; bỏ trống: ý kiến về cả danh sách.',
  })
  @IsOptional()
  @IsInt(msg.int('Số thứ tự'))
  @Min(1, { message: 'Số thứ tự không có trong danh sách.' })
  @Max(AWARD_DOSSIER_LIMITS.nominees, { message: 'Số thứ tự không có trong danh sách.' })
  nomineePosition?: number | null;

  @Field({ description: `Nội dung (tối đa ${L.text} ký tự).` })
  @Required('Nội dung ý kiến', L.text)
  text!: string;

  @Field(() => String, { nullable: true })
  @OptionalText('Họ tên người gửi', L.authorName)
  authorName?: string | null;

  @Field(() => String, { nullable: true, description: 'Điện thoại, thư điện tử hoặc địa chỉ.' })
  @OptionalText('Liên hệ', L.contact)
  contact?: string | null;
}

@ArgsType()
export class PublicAwardNoticesArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Tìm theo tiêu đề, đơn vị, tên người.' })
  @OptionalText('Từ khóa', TEXT_LIMITS.search)
  search?: string | null;
}

@ArgsType()
export class NoticeCommentsArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, description: 'true: chỉ ý kiến chưa xử lý.' })
  @OptionalBoolean('Chưa xử lý')
  unhandled?: boolean | null;
}
