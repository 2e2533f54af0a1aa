import {
  applyDecorators,
  Injectable,
  SetMetadata,
  UseGuards,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PERMISSIONS_KEY } from '../../core/auth/decorators';
import { requestOf } from '../../core/auth/request-state';
import { AppError } from '../../core/errors/app-error';
import { EXCEL_DECLARED, ExcelRegistry } from '../../core/excel/excel-registry';
import { IMPORT_MESSAGES } from './imports.service';

/** The import's refusal is IMPORT_MESSAGES.noPermission (the service says it too). */
export const EXPORT_MESSAGES = { noPermission: 'Bạn không có quyền xuất danh sách này.' };

/**
 * `@RequirePermission(<the permission of any registered import>)`: what an import batch's operations
 * need before the batch's own checks (its uploader; the kind's permission to commit). The list is
 * the registry's, filled as modules register (before the first request), so a new module's import
 * needs no edit here; the guard reads the list when it decides.
 */
export const RequireImportPermission = () =>
  SetMetadata(PERMISSIONS_KEY, EXCEL_DECLARED.importPermissions);

type Side = 'import' | 'export';
const SIDE_KEY = 'thidua:excel-side';

/**
 * A route whose `:kind` names a registered import (upload, template) or export: the global guard lets
 * in a caller who holds the permission of some import (export), then this guard looks the kind up
 * (NOT_FOUND when none is registered) and asks for its own permission, before an upload is read.
 */
export const ExcelRoute = (side: Side) =>
  applyDecorators(
    SetMetadata(
      PERMISSIONS_KEY,
      side === 'import' ? EXCEL_DECLARED.importPermissions : EXCEL_DECLARED.exportPermissions,
    ),
    SetMetadata(SIDE_KEY, side),
    UseGuards(ExcelKindGuard),
  );

@Injectable()
export class ExcelKindGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly registry: ExcelRegistry,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const side = this.reflector.get<Side>(SIDE_KEY, context.getHandler());
    const req = requestOf(context);
    const kind = String(req.params['kind'] ?? '');
    const permission =
      side === 'export'
        ? this.registry.exportAt(kind).permission
        : this.registry.importAt(kind).permission;
    if (!req.thidua?.actor?.can(permission))
      throw AppError.forbidden(
        side === 'export' ? EXPORT_MESSAGES.noPermission : IMPORT_MESSAGES.noPermission,
      );
    return true;
  }
}
