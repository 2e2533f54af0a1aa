import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { workingDaysBetween, workingCalendar } from '@thidua/shared-domain';
import { Authenticated, Ctx, RequirePermission } from '../../core/auth/decorators';
import type { RequestContext } from '../../core/context/request-context';
import { TransactionRunner } from '../../core/database/transaction';
import {
  AddWorkingDaysArgs,
  CreateCalendarDayInput,
  DeleteCalendarDayInput,
  GenerateCalendarYearInput,
  UpdateCalendarDayInput,
  WorkingCalendarArgs,
  WorkingDaysBetweenArgs,
} from './calendar.inputs';
import {
  CalendarDay,
  WorkingCalendarYear,
  WorkingCalendarYearSummary,
  WorkingDayDate,
  WorkingDaysCount,
  toCalendarDay,
} from './calendar.models';
import { CalendarService, type CalendarDayData, type CalendarYearView } from './calendar.service';

function dayData(input: CreateCalendarDayInput | UpdateCalendarDayInput): CalendarDayData {
  return {
    date: input.date,
    kind: input.kind,
    name: input.name,
    note: input.note ?? null,
    provisional: input.provisional ?? false,
  };
}

/**
 * The working-day calendar (ADR 0016). Reading is open to every signed-in user: every officer sees
 * the deadlines it produces, and the days off are public. Changing it needs CALENDAR_MANAGE globally.
 */
@Resolver(() => WorkingCalendarYear)
export class CalendarResolver {
  constructor(
    private readonly service: CalendarService,
    private readonly tx: TransactionRunner,
  ) {}

  @Query(() => [WorkingCalendarYearSummary], {
    description: 'Các năm đã có lịch ngày làm việc, theo thứ tự năm.',
  })
  @Authenticated()
  async workingCalendarYears(): Promise<WorkingCalendarYearSummary[]> {
    return (await this.service.definedYears()).map((y) => ({ year: y.year, source: y.source }));
  }

  @Query(() => WorkingCalendarYear, {
    description:
      'Lịch ngày làm việc của một năm: các ngày nghỉ (lễ, tết, nghỉ bù, hoán đổi) và ngày làm bù. Dữ liệu có thể sửa, cần đối chiếu thông báo chính thức của năm.',
  })
  @Authenticated()
  async workingCalendar(
    @Ctx() ctx: RequestContext,
    @Args() args: WorkingCalendarArgs,
  ): Promise<WorkingCalendarYear> {
    return this.toYear(await this.service.yearView(args.year), ctx);
  }

  @Query(() => WorkingDaysCount, {
    description:
      'Số ngày làm việc sau ngày `from` đến hết ngày `to` (ngày đầu không tính), theo lịch ngày làm việc.',
  })
  @Authenticated()
  async workingDaysBetween(@Args() args: WorkingDaysBetweenArgs): Promise<WorkingDaysCount> {
    const r = await this.service.workingDaysBetween(args.from, args.to);
    return { ...r, provisional: r.missingYears.length > 0 };
  }

  @Query(() => WorkingDayDate, {
    description:
      'Ngày làm việc thứ `days` sau ngày `start` (ngày bắt đầu không tính: "trong 05 ngày làm việc kể từ ngày nhận đủ hồ sơ" là ngày làm việc thứ 5 sau ngày nhận).',
  })
  @Authenticated()
  async addWorkingDays(@Args() args: AddWorkingDaysArgs): Promise<WorkingDayDate> {
    const r = await this.service.addWorkingDays(args.start, args.days);
    return { ...r, provisional: r.missingYears.length > 0 };
  }

  @Mutation(() => CalendarDay, { description: 'Thêm một ngày nghỉ hoặc ngày làm bù.' })
  @RequirePermission('CALENDAR_MANAGE')
  async createCalendarDay(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateCalendarDayInput,
  ): Promise<CalendarDay> {
    return toCalendarDay(
      await this.tx.run(ctx, (tx) => this.service.createDay(tx, dayData(input))),
    );
  }

  @Mutation(() => CalendarDay, {
    description: 'Sửa một ngày trong lịch (khóa lạc quan theo version).',
  })
  @RequirePermission('CALENDAR_MANAGE')
  async updateCalendarDay(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateCalendarDayInput,
  ): Promise<CalendarDay> {
    return toCalendarDay(
      await this.tx.run(ctx, async (tx) => {
        const day = await this.service.updateDay(tx, input.id, input.version, dayData(input));
        // a save that changed nothing has nothing to record (TransactionRunner demands an audit row)
        if (tx.auditCount === 0) tx.skipAudit();
        return day;
      }),
    );
  }

  @Mutation(() => CalendarDay, { description: 'Xóa một ngày khỏi lịch; trả về ngày đã xóa.' })
  @RequirePermission('CALENDAR_MANAGE')
  async deleteCalendarDay(
    @Ctx() ctx: RequestContext,
    @Args('input') input: DeleteCalendarDayInput,
  ): Promise<CalendarDay> {
    return toCalendarDay(
      await this.tx.run(ctx, (tx) => this.service.deleteDay(tx, input.id, input.version)),
    );
  }

  @Mutation(() => WorkingCalendarYear, {
    description:
      'Lập lịch một năm chưa có theo quy định (ngày lễ dương lịch, nghỉ bù; Tết và Giỗ Tổ nếu nhập ngày), rồi điều chỉnh từng ngày theo thông báo.',
  })
  @RequirePermission('CALENDAR_MANAGE')
  async generateCalendarYear(
    @Ctx() ctx: RequestContext,
    @Args('input') input: GenerateCalendarYearInput,
  ): Promise<WorkingCalendarYear> {
    const view = await this.tx.run(ctx, (tx) =>
      this.service.generateYear(
        tx,
        input.year,
        { lunarNewYear: input.lunarNewYear ?? null, hungKings: input.hungKings ?? null },
        input.note,
      ),
    );
    return this.toYear(view, ctx);
  }

  private toYear(view: CalendarYearView, ctx: RequestContext): WorkingCalendarYear {
    const cal = workingCalendar(view.days);
    return {
      year: view.year,
      defined: view.row !== null,
      source: view.row?.source ?? null,
      note: view.row?.note ?? null,
      days: view.days.map(toCalendarDay),
      // a year without a calendar counts its weekdays (the list is empty): said by `defined`
      workingDayCount: workingDaysBetween(`${view.year - 1}-12-31`, `${view.year}-12-31`, cal),
      provisionalCount: view.days.filter((d) => d.provisional).length,
      canManage: this.service.canManage(ctx.actor),
    };
  }
}
