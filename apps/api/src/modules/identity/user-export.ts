import { Injectable } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import type { RequestContext } from '../../core/context/request-context';
import type { ExcelWriteRow } from '../../core/excel/excel-columns';
import { blankQuery, cacheByIds, EXPORT_PAGE, pages } from '../../core/excel/excel-export';
import { ExcelRegistry, type ExportDefinition } from '../../core/excel/excel-registry';
import { msg } from '../../core/validation/messages';
import { OrgService } from '../org/org.service';
import { USER_EXPORT_COLUMNS } from './user.columns';
import { UserService } from './user.service';

type Unit = NonNullable<Awaited<ReturnType<OrgService['findById']>>>;

/** GET /api/exports/users.xlsx — the filters of the `users` query. */
export class UserExportQuery {
  @Transform(blankQuery)
  @IsOptional()
  @IsString()
  @MaxLength(200, msg.maxLength('Từ khóa', 200))
  search?: string;

  @Transform(blankQuery)
  @IsOptional()
  @IsUUID('all', msg.id('Đơn vị'))
  unitId?: string;

  @Transform(blankQuery)
  @IsOptional()
  @IsIn(['ACTIVE', 'DISABLED'], msg.oneOf('Trạng thái'))
  status?: 'ACTIVE' | 'DISABLED';
}

/** The users the caller may read, with their unit (there is no users import). */
@Injectable()
export class UserExport implements ExportDefinition<UserExportQuery, typeof USER_EXPORT_COLUMNS> {
  readonly slug = 'users';
  readonly permission = 'USER_READ';
  readonly query = UserExportQuery;
  readonly fileName = { ascii: 'nguoi-dung', name: 'Người dùng' };
  readonly sheetName = 'Người dùng';
  readonly title = 'DANH SÁCH NGƯỜI DÙNG';
  readonly columns = USER_EXPORT_COLUMNS;

  constructor(
    registry: ExcelRegistry,
    private readonly org: OrgService,
    private readonly users: UserService,
  ) {
    registry.addExport(this);
  }

  async *rows(
    ctx: RequestContext,
    f: UserExportQuery,
  ): AsyncGenerator<ExcelWriteRow<typeof USER_EXPORT_COLUMNS>> {
    const cache = new Map<string, Unit>();
    for await (const page of pages((after) =>
      this.users.list(ctx, { ...f, first: EXPORT_PAGE, after }),
    )) {
      await cacheByIds(
        cache,
        page.map((u) => u.unitId),
        this.org.unitById.batch,
      );
      for (const u of page) {
        const unit = cache.get(u.unitId);
        yield {
          username: u.username,
          fullName: u.fullName,
          email: u.email,
          unitCode: unit?.code ?? null,
          unitName: unit?.name ?? null,
          status: u.status,
          lastLoginAt: u.lastLoginAt,
          createdAt: u.createdAt,
        };
      }
    }
  }
}
