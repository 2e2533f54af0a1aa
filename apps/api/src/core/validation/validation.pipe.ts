import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { AppError, type FieldErrors } from '../errors/app-error';
import { findInvalidText, INVALID_TEXT_MESSAGE } from './text-guard';
import { cacheValidationMetadata } from './validation-metadata-cache';

/** Flattens class-validator errors into `{ "roles.0.roleId": ["…"] }`. */
export function toFieldErrors(errors: ValidationError[], prefix = ''): FieldErrors {
  const result: FieldErrors = {};
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) {
      result[path] = [...new Set(Object.values(error.constraints))];
    }
    if (error.children?.length) Object.assign(result, toFieldErrors(error.children, path));
  }
  return result;
}

/** Where client text arrives: GraphQL `@Args` (reported as 'body'), REST body, query and route params. */
const CLIENT_INPUT = new Set<ArgumentMetadata['type']>(['body', 'query', 'param']);

/**
 * Adds one check before class-validator, for every argument (input classes and bare `String`/`ID`
 * arguments alike): no control character or lone surrogate in any string, however deep. Such text
 * made PostgreSQL fail (INTERNAL_SERVER_ERROR) in whatever module it reached; checked here, no module
 * has to remember it. Other field errors of the same input are still reported alongside.
 */
export class AppValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (!CLIENT_INPUT.has(metadata.type)) return super.transform(value, metadata);
    // An input object's fields are named relative to it ("roles.0.roleId"), as class-validator does.
    const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
    const hostile = findInvalidText(value, isObject ? '' : (metadata.data ?? ''));
    if (!hostile) return super.transform(value, metadata);
    let others: FieldErrors = {};
    try {
      await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof AppError && error.fields) others = error.fields;
    }
    throw AppError.badInput({ ...others, ...hostile }, INVALID_TEXT_MESSAGE);
  }
}

/** Global pipe: strips unknown properties, converts types, and reports per-field Vietnamese messages. */
export function createValidationPipe(): ValidationPipe {
  cacheValidationMetadata();
  return new AppValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => AppError.badInput(toFieldErrors(errors)),
  });
}
