import { Scalar, type CustomScalar } from '@nestjs/graphql';
import { Kind, type ValueNode } from 'graphql';
import { isIsoDate, type IsoDate } from '@thidua/shared-domain';
import { AppError } from '../errors/app-error';

/** A calendar date without time: "YYYY-MM-DD" in and out, never shifted by time zones. */
@Scalar('Date', () => DateOnly)
export class DateScalar implements CustomScalar<string, IsoDate> {
  description = 'Ngày (không có giờ), dạng "YYYY-MM-DD".';

  parseValue(value: unknown): IsoDate {
    if (!isIsoDate(value))
      throw AppError.badInput({
        date: [`"${String(value)}" không phải ngày hợp lệ (YYYY-MM-DD).`],
      });
    return value;
  }

  serialize(value: unknown): string {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (typeof value === 'string' && isIsoDate(value.slice(0, 10))) return value.slice(0, 10);
    throw new Error(`Cannot serialise ${String(value)} as Date`);
  }

  parseLiteral(ast: ValueNode): IsoDate {
    if (ast.kind === Kind.STRING && isIsoDate(ast.value)) return ast.value;
    throw AppError.badInput({ date: ['Ngày phải có dạng "YYYY-MM-DD".'] });
  }
}

/** Type token for `@Field(() => DateOnly)`: the value is an IsoDate string. */
export class DateOnly {}
