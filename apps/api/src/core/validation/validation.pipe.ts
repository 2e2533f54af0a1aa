import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { AppError, type FieldErrors } from '../errors/app-error';

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

/** Global pipe: strips unknown properties, converts types, and reports per-field Vietnamese messages. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => AppError.badInput(toFieldErrors(errors)),
  });
}
