import { Injectable, type PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { AppError } from '../errors/app-error';

/** For scalar `id` arguments: a malformed id is bad input, not a database error. */
@Injectable()
export class UuidPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (typeof value !== 'string' || !isUUID(value)) {
      throw AppError.field('id', 'Mã định danh không hợp lệ.');
    }
    return value;
  }
}
