import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsUUID, Max, Min } from 'class-validator';
import {
  CALENDAR_DAY_NAME_MAX,
  CALENDAR_YEAR_MAX,
  CALENDAR_YEAR_MIN,
  MAX_WORKING_DAYS,
  TEXT_LIMITS,
  type CalendarDayKind,
  type IsoDate,
} from '@thidua/shared-domain';
import { DateOnly } from '../../core/graphql/date.scalar';
import {
  IsoDateValue,
  OptionalBoolean,
  OptionalText,
  Required,
  Version,
} from '../../core/validation/fields';
import { msg } from '../../core/validation/messages';
import { CalendarDayKindEnum } from './calendar.models';

const KINDS = Object.keys(CalendarDayKindEnum);

function Year(): PropertyDecorator {
  return (target, key) => {
    Field(() => Int)(target, key);
    const message = { message: `Năm phải từ ${CALENDAR_YEAR_MIN} đến ${CALENDAR_YEAR_MAX}.` };
    IsInt(message)(target, key);
    Min(CALENDAR_YEAR_MIN, message)(target, key);
    Max(CALENDAR_YEAR_MAX, message)(target, key);
  };
}

@InputType({ isAbstract: true })
abstract class CalendarDayFieldsInput {
  @Field(() => DateOnly, {
    description:
      'Ngày (năm của ngày phải đã có lịch). Ngày nghỉ: thứ Hai – thứ Sáu; ngày làm bù: thứ Bảy, Chủ nhật.',
  })
  @IsoDateValue('Ngày')
  date!: IsoDate;

  @Field(() => CalendarDayKindEnum)
  @IsIn(KINDS, msg.oneOf('Loại ngày'))
  kind!: CalendarDayKind;

  @Field({ description: 'Tên ngày, ví dụ "Tết Nguyên đán Bính Ngọ", "Làm bù".' })
  @Required('Tên ngày', CALENDAR_DAY_NAME_MAX)
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Căn cứ (thông báo, quyết định) và ghi chú.',
  })
  @OptionalText('Ghi chú', TEXT_LIMITS.note)
  note?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Chưa đối chiếu với thông báo chính thức.',
  })
  @OptionalBoolean('Cần đối chiếu')
  provisional?: boolean | null;
}

@InputType({ description: 'Thêm một ngày nghỉ hoặc ngày làm bù vào lịch của một năm đã có.' })
export class CreateCalendarDayInput extends CalendarDayFieldsInput {}

@InputType({ description: 'Sửa một ngày trong lịch (mọi trường gửi lên thay cho giá trị cũ).' })
export class UpdateCalendarDayInput extends CalendarDayFieldsInput {
  @Field(() => ID)
  @IsUUID('all', msg.id('Ngày trong lịch'))
  id!: string;

  @Version()
  version!: number;
}

@InputType({ description: 'Xóa một ngày khỏi lịch.' })
export class DeleteCalendarDayInput {
  @Field(() => ID)
  @IsUUID('all', msg.id('Ngày trong lịch'))
  id!: string;

  @Version()
  version!: number;
}

@InputType({
  description:
    'Lập lịch một năm theo quy định (Bộ luật Lao động 2019 Điều 111, 112): các ngày lễ dương lịch và ngày nghỉ bù; Tết và Giỗ Tổ khi có ngày âm lịch quy đổi. Không gồm ngày hoán đổi.',
})
export class GenerateCalendarYearInput {
  @Year()
  year!: number;

  @Field(() => DateOnly, {
    nullable: true,
    description:
      'Mùng 1 Tết Nguyên đán của năm: lập 05 ngày Tết (01 ngày cuối năm, 04 ngày đầu năm âm lịch) để đối chiếu.',
  })
  @IsoDateValue('Mùng 1 Tết Nguyên đán', true)
  lunarNewYear?: IsoDate | null;

  @Field(() => DateOnly, { nullable: true, description: 'Ngày Giỗ Tổ Hùng Vương (10/3 âm lịch).' })
  @IsoDateValue('Ngày Giỗ Tổ Hùng Vương', true)
  hungKings?: IsoDate | null;

  @Field(() => String, {
    nullable: true,
    description: 'Ghi chú của năm (mặc định: nguồn và việc cần làm).',
  })
  @OptionalText('Ghi chú', TEXT_LIMITS.note)
  note?: string | null;
}

@ArgsType()
export class WorkingCalendarArgs {
  @Year()
  year!: number;
}

@ArgsType()
export class WorkingDaysBetweenArgs {
  @Field(() => DateOnly, { description: 'Ngày đầu (không tính).' })
  @IsoDateValue('Từ ngày')
  from!: IsoDate;

  @Field(() => DateOnly, { description: 'Ngày cuối (có tính).' })
  @IsoDateValue('Đến ngày')
  to!: IsoDate;
}

@ArgsType()
export class AddWorkingDaysArgs {
  @Field(() => DateOnly, {
    description: 'Ngày bắt đầu (không tính: "kể từ ngày nhận đủ hồ sơ", ngày nhận không tính).',
  })
  @IsoDateValue('Ngày bắt đầu')
  start!: IsoDate;

  @Field(() => Int, {
    description: `Số ngày làm việc (âm: đếm lùi); tối đa ${MAX_WORKING_DAYS} về mỗi phía.`,
  })
  @IsInt(msg.int('Số ngày làm việc'))
  @Min(-MAX_WORKING_DAYS, { message: `Số ngày làm việc không được vượt quá ${MAX_WORKING_DAYS}.` })
  @Max(MAX_WORKING_DAYS, { message: `Số ngày làm việc không được vượt quá ${MAX_WORKING_DAYS}.` })
  days!: number;
}
