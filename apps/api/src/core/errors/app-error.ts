import { ERROR_CODES, type ErrorCode } from '@thidua/shared-domain';

export type FieldErrors = Record<string, string[]>;

/**
 * The one exception type domain code throws. The GraphQL error formatter turns it into
 * `{ message, extensions: { code, fields?, ...details } }`; anything else becomes INTERNAL_SERVER_ERROR.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly fields?: FieldErrors,
    readonly details?: Record<string, unknown>,
  ) {
    super(message ?? ERROR_CODES[code]);
    this.name = 'AppError';
  }

  static unauthenticated(message?: string): AppError {
    return new AppError('UNAUTHENTICATED', message);
  }

  static forbidden(message?: string): AppError {
    return new AppError('FORBIDDEN', message);
  }

  /**
   * `what` names the kind of thing in Vietnamese: "Người dùng", "Đơn vị". The same answer whether the
   * record is missing or outside the caller's scope, and the message carries no name and no raw id
   * (the id stays in `extensions.id` for the client that sent it).
   */
  static notFound(what: string, id?: string): AppError {
    return new AppError(
      'NOT_FOUND',
      `Không tìm thấy ${what.toLowerCase()}, hoặc bạn không có quyền xem.`,
      undefined,
      id ? { id } : undefined,
    );
  }

  /** One or more fields are wrong; `fields` maps the input field to its Vietnamese messages. */
  static badInput(fields: FieldErrors, message?: string): AppError {
    const first = Object.values(fields)[0]?.[0];
    return new AppError('BAD_USER_INPUT', message ?? first ?? ERROR_CODES.BAD_USER_INPUT, fields);
  }

  static field(field: string, message: string): AppError {
    return AppError.badInput({ [field]: [message] }, message);
  }

  /** A stale write: names the record so the user knows what to reload. */
  static conflict(what: string, label: string, entityType: string, id: string): AppError {
    return new AppError(
      'CONFLICT',
      `${what} "${label}" vừa được người khác thay đổi. Vui lòng tải lại rồi thực hiện lại thao tác.`,
      undefined,
      { entityType, id },
    );
  }

  /** The record ended (a dissolved or merged unit): it stays visible but nothing new may attach to it. */
  static readOnly(message: string, details?: Record<string, unknown>): AppError {
    return new AppError('READ_ONLY', message, undefined, details);
  }

  static rateLimited(minutes: number): AppError {
    return new AppError(
      'RATE_LIMITED',
      `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`,
      undefined,
      { retryAfterMinutes: minutes },
    );
  }
}

/** The value, or NOT_FOUND naming what is missing (for rows a foreign key says must exist). */
export function found<T>(value: T | null | undefined, what: string, id: string): T {
  if (value === null || value === undefined) throw AppError.notFound(what, id);
  return value;
}
