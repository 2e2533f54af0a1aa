import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsUUID, Min, ValidateNested } from 'class-validator';
import { msg } from '../../core/validation/messages';
import { AchievementReportContent, ToTrinhContent } from './award-drafting.models';

function Id(label: string): PropertyDecorator {
  return (target, key) => IsUUID('all', msg.id(label))(target, key);
}

/**
 * The version of a draft as read: 0 for the draft the system composed and nobody has stored yet (the
 * first save inserts it; two first saves at once: the second gets CONFLICT), else the stored version.
 */
function DraftVersion(): PropertyDecorator {
  return (target, key) => {
    Field(() => Int, {
      description: 'Phiên bản bản dự thảo đã đọc (0: bản hệ thống soạn, chưa lưu).',
    })(target, key);
    IsInt(msg.int('Phiên bản'))(target, key);
    Min(0, msg.int('Phiên bản'))(target, key);
  };
}

@InputType({
  description: 'Soạn lại báo cáo thành tích từ dữ liệu hiện có (thay nội dung đã sửa).',
})
export class RedraftAchievementReportInput {
  @Field(() => ID)
  @Id('Đề nghị')
  nominationId!: string;

  /** the draft as read: a redraft from a stale page must not replace another officer's newer text */
  @DraftVersion()
  version!: number;
}

@InputType({ description: 'Lưu nội dung báo cáo thành tích đã sửa (chưa duyệt).' })
export class UpdateAchievementReportInput {
  @Field(() => ID)
  @Id('Đề nghị')
  nominationId!: string;

  @DraftVersion()
  version!: number;

  @Field(() => AchievementReportContent)
  @ValidateNested()
  @Type(() => AchievementReportContent)
  content!: AchievementReportContent;
}

@InputType({ description: 'Một báo cáo thành tích và phiên bản đã đọc (duyệt, mở lại).' })
export class AchievementReportRefInput {
  @Field(() => ID)
  @Id('Đề nghị')
  nominationId!: string;

  @DraftVersion()
  version!: number;
}

@InputType({ description: 'Soạn lại tờ trình từ dữ liệu hiện có (thay nội dung đã sửa).' })
export class RedraftToTrinhInput {
  @Field(() => ID)
  @Id('Hồ sơ')
  dossierId!: string;

  /** the draft as read (see RedraftAchievementReportInput) */
  @DraftVersion()
  version!: number;
}

@InputType({ description: 'Lưu nội dung tờ trình đã sửa.' })
export class UpdateToTrinhInput {
  @Field(() => ID)
  @Id('Hồ sơ')
  dossierId!: string;

  @DraftVersion()
  version!: number;

  @Field(() => ToTrinhContent)
  @ValidateNested()
  @Type(() => ToTrinhContent)
  content!: ToTrinhContent;
}
