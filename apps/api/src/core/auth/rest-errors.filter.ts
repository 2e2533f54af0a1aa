import {
  Catch,
  HttpException,
  HttpStatus,
  Logger,
  type ArgumentsHost,
  type ExceptionFilter,
} from '@nestjs/common';
import type { Response } from 'express';
import { ERROR_CODES, type ErrorCode } from '@thidua/shared-domain';
import { AppError } from '../errors/app-error';

/** HTTP status of each error code, for REST endpoints. */
const STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  PASSWORD_CHANGE_REQUIRED: HttpStatus.FORBIDDEN,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  BAD_USER_INPUT: HttpStatus.BAD_REQUEST,
  CONFLICT: HttpStatus.CONFLICT,
  READ_ONLY: HttpStatus.CONFLICT,
  RATE_LIMITED: HttpStatus.TOO_MANY_REQUESTS,
  // the .docx → PDF converter: absent, failed or busy; the .docx is still served
  PDF_UNAVAILABLE: HttpStatus.SERVICE_UNAVAILABLE,
  PDF_FAILED: HttpStatus.SERVICE_UNAVAILABLE,
  QUERY_TOO_DEEP: HttpStatus.BAD_REQUEST,
  QUERY_TOO_COMPLEX: HttpStatus.BAD_REQUEST,
  GRAPHQL_PARSE_FAILED: HttpStatus.BAD_REQUEST,
  GRAPHQL_VALIDATION_FAILED: HttpStatus.BAD_REQUEST,
  INTERNAL_SERVER_ERROR: HttpStatus.INTERNAL_SERVER_ERROR,
};

/** The JSON body of a failed REST call: the same code and Vietnamese message GraphQL would give. */
export interface RestErrorBody {
  code: ErrorCode;
  message: string;
  fields?: Record<string, string[]>;
  [detail: string]: unknown;
}

/** Messages for what the framework (multer, routing) rejects before our code runs. */
export const REST_MESSAGES = {
  tooLarge: 'Tệp quá lớn so với dung lượng cho phép.',
  notFound: 'Không tìm thấy địa chỉ yêu cầu.',
};

/**
 * REST counterpart of the GraphQL error formatter: AppError → its code, HTTP status and Vietnamese
 * message (with per-field messages); framework HTTP errors → a Vietnamese message; anything else →
 * INTERNAL_SERVER_ERROR without internals, logged. Bind it to REST controllers with `@UseFilters`
 * (it also catches what the global AuthGuard throws for them). A subclass may word the message of an
 * upload over multer's `limits.fileSize` (`tooLargeMessage`) and of a malformed request.
 */
@Catch()
export class RestErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('RestErrorFilter');

  protected tooLargeMessage(): string {
    return REST_MESSAGES.tooLarge;
  }

  /** A request the framework refused (malformed multipart, wrong content type). */
  protected badRequestMessage(): string {
    return ERROR_CODES.BAD_USER_INPUT;
  }

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const { status, body } = this.toBody(exception);
    if (res.headersSent) {
      res.end();
      return;
    }
    // An export may have set the .xlsx headers before failing.
    res.removeHeader('Content-Disposition');
    res.status(status).json(body);
  }

  private toBody(exception: unknown): { status: number; body: RestErrorBody } {
    if (exception instanceof AppError) {
      return {
        status: STATUS[exception.code],
        body: {
          ...(exception.details ?? {}),
          code: exception.code,
          message: exception.message,
          ...(exception.fields ? { fields: exception.fields } : {}),
        },
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status === HttpStatus.PAYLOAD_TOO_LARGE) {
        const message = this.tooLargeMessage();
        return { status, body: { code: 'BAD_USER_INPUT', message, fields: { file: [message] } } };
      }
      if (status === HttpStatus.NOT_FOUND) {
        return { status, body: { code: 'NOT_FOUND', message: REST_MESSAGES.notFound } };
      }
      if (status === HttpStatus.BAD_REQUEST || status === HttpStatus.UNSUPPORTED_MEDIA_TYPE) {
        return {
          status: HttpStatus.BAD_REQUEST,
          body: { code: 'BAD_USER_INPUT', message: this.badRequestMessage() },
        };
      }
      if (status === HttpStatus.UNAUTHORIZED || status === HttpStatus.FORBIDDEN) {
        const code: ErrorCode =
          status === HttpStatus.UNAUTHORIZED ? 'UNAUTHENTICATED' : 'FORBIDDEN';
        return { status, body: { code, message: ERROR_CODES[code] } };
      }
    }
    this.logger.error({ err: exception }, 'unexpected error in REST request');
    return {
      status: HttpStatus.INTERNAL_SERVER_ERROR,
      body: { code: 'INTERNAL_SERVER_ERROR', message: ERROR_CODES.INTERNAL_SERVER_ERROR },
    };
  }
}
