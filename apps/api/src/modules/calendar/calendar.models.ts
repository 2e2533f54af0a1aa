import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  CALENDAR_DAY_KINDS,
  DEADLINE_STATUSES,
  weekdayLabel,
  type CalendarDayKind,
  type DeadlineStatus,
  type IsoDate,
} from '@thidua/shared-domain';
import { DateOnly } from '../../core/graphql/date.scalar';
import { defineEnum } from '../../core/graphql/enums';
import type { CalendarDayEntity, CalendarDaySource } from './calendar-day.entity';
import type { CalendarYearSource } from './calendar-year.entity';

export const CalendarDayKindEnum = defineEnum<CalendarDayKind>(
  'CalendarDayKind',
  CALENDAR_DAY_KINDS,
  'Loại ngày trong lịch ngày làm việc (ngày khác với tuần làm việc thứ Hai – thứ Sáu).',
);

export const CalendarDaySourceEnum = defineEnum<CalendarDaySource>(
  'CalendarDaySource',
  {
    SHIPPED: 'Dữ liệu hệ thống (theo lịch nghỉ đã công bố)',
    RULES: 'Lập theo quy định của Bộ luật Lao động',
    EDITED: 'Quản trị viên thêm hoặc sửa',
  },
  'Nguồn của một ngày trong lịch.',
);

export const CalendarYearSourceEnum = defineEnum<CalendarYearSource>(
  'CalendarYearSource',
  {
    SHIPPED: 'Theo dữ liệu hệ thống (được cập nhật khi nâng cấp phiên bản)',
    EDITED: 'Quản trị viên đã lập hoặc sửa (không bị cập nhật khi nâng cấp)',
  },
  'Nguồn của lịch một năm.',
);

export const DeadlineStatusEnum = defineEnum<DeadlineStatus>(
  'DeadlineStatus',
  DEADLINE_STATUSES,
  'Tình trạng so với hạn tính theo ngày làm việc.',
);

@ObjectType({
  description:
    'Một ngày khác với tuần làm việc: ngày nghỉ (lễ, tết, nghỉ bù, nghỉ hoán đổi) rơi vào thứ Hai – thứ Sáu, hoặc ngày làm bù rơi vào thứ Bảy, Chủ nhật.',
})
export class CalendarDay {
  @Field(() => ID)
  id!: string;

  @Field(() => DateOnly)
  date!: IsoDate;

  @Field({ description: 'Thứ trong tuần: "Thứ Hai" … "Chủ nhật".' })
  weekday!: string;

  @Field(() => CalendarDayKindEnum)
  kind!: CalendarDayKind;

  @Field({ description: 'Tên ngày, ví dụ "Tết Nguyên đán Ất Tỵ", "Nghỉ bù Giỗ Tổ Hùng Vương".' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Căn cứ và ghi chú.' })
  note!: string | null;

  @Field(() => CalendarDaySourceEnum)
  source!: CalendarDaySource;

  @Field({ description: 'Chưa đối chiếu với thông báo chính thức của năm: cần kiểm tra.' })
  provisional!: boolean;

  @Field(() => Int)
  version!: number;
}

export function toCalendarDay(e: CalendarDayEntity): CalendarDay {
  return {
    id: e.id,
    date: e.date,
    weekday: weekdayLabel(e.date),
    kind: e.kind,
    name: e.name,
    note: e.note,
    source: e.source,
    provisional: e.provisional,
    version: e.version,
  };
}

@ObjectType({
  description:
    'Lịch ngày làm việc của một năm. Dữ liệu có thể sửa: quản trị viên đối chiếu với thông báo nghỉ lễ, tết chính thức của năm.',
})
export class WorkingCalendarYear {
  @Field(() => Int)
  year!: number;

  @Field({
    description:
      'Năm đã có lịch. Chưa có: hạn tính vào năm này chỉ theo các ngày lễ dương lịch, kết quả là tạm tính.',
  })
  defined!: boolean;

  @Field(() => CalendarYearSourceEnum, { nullable: true })
  source!: CalendarYearSource | null;

  @Field(() => String, {
    nullable: true,
    description: 'Nguồn dữ liệu và những điểm cần đối chiếu.',
  })
  note!: string | null;

  @Field(() => [CalendarDay], { description: 'Các ngày khác với tuần làm việc, theo thứ tự ngày.' })
  days!: CalendarDay[];

  @Field(() => Int, { description: 'Số ngày làm việc trong năm.' })
  workingDayCount!: number;

  @Field(() => Int, { description: 'Số ngày cần đối chiếu với thông báo chính thức.' })
  provisionalCount!: number;

  @Field({ description: 'Người dùng được sửa lịch (quyền CALENDAR_MANAGE trên toàn hệ thống).' })
  canManage!: boolean;
}

@ObjectType({ description: 'Một năm đã có lịch ngày làm việc.' })
export class WorkingCalendarYearSummary {
  @Field(() => Int)
  year!: number;

  @Field(() => CalendarYearSourceEnum)
  source!: CalendarYearSource;
}

@ObjectType({ description: 'Số ngày làm việc giữa hai ngày.' })
export class WorkingDaysCount {
  @Field(() => Int, {
    description:
      'Số ngày làm việc sau ngày đầu đến hết ngày cuối (không tính ngày đầu); âm khi ngày cuối trước ngày đầu.',
  })
  days!: number;

  @Field({ description: 'Có năm chưa có lịch trong khoảng: kết quả tạm tính.' })
  provisional!: boolean;

  @Field(() => [Int], { description: 'Các năm chưa có lịch trong khoảng.' })
  missingYears!: number[];
}

@ObjectType({ description: 'Ngày làm việc thứ n sau một ngày.' })
export class WorkingDayDate {
  @Field(() => DateOnly, { description: 'Ngày cuối cùng của thời hạn.' })
  date!: IsoDate;

  @Field({ description: 'Có năm chưa có lịch trong khoảng: kết quả tạm tính.' })
  provisional!: boolean;

  @Field(() => [Int], { description: 'Các năm chưa có lịch trong khoảng.' })
  missingYears!: number[];
}
