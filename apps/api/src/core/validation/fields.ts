import { Field, Int } from '@nestjs/graphql';
import {
  IsBoolean,
  IsEmail,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateIf,
  ValidateBy,
} from 'class-validator';
import { isIsoDate, TEXT_LIMITS } from '@thidua/shared-domain';
import { msg } from './messages';

/**
 * Validation decorators shared by every module's inputs (class-validator), with Vietnamese messages
 * that name the field. They validate only; GraphQL `@Field` stays on the property unless noted.
 */

/** A required string, not blank, with a max length. */
export function Required(label: string, max: number): PropertyDecorator {
  return (target, key) => {
    IsString(msg.required(label))(target, key);
    IsNotEmpty(msg.required(label))(target, key);
    Matches(/\S/, msg.required(label))(target, key);
    MaxLength(max, msg.maxLength(label, max))(target, key);
  };
}

/** An optional string (null or absent allowed) with a max length. */
export function OptionalText(label: string, max: number): PropertyDecorator {
  return (target, key) => {
    IsOptional()(target, key);
    IsString(msg.required(label))(target, key);
    MaxLength(max, msg.maxLength(label, max))(target, key);
  };
}

export function OptionalEmail(label = 'Thư điện tử'): PropertyDecorator {
  return (target, key) => {
    IsOptional()(target, key);
    ValidateIf((_, v) => v !== null && v !== '')(target, key);
    IsEmail({}, msg.email(label))(target, key);
    MaxLength(TEXT_LIMITS.email, msg.maxLength(label, TEXT_LIMITS.email))(target, key);
  };
}

export function OptionalBoolean(label: string): PropertyDecorator {
  return (target, key) => {
    IsOptional()(target, key);
    IsBoolean({ message: `${label} phải là có/không.` })(target, key);
  };
}

/** A "YYYY-MM-DD" calendar date (the Date scalar already checks GraphQL input; this covers REST/imports). */
export function IsoDateValue(label: string, optional = false): PropertyDecorator {
  return (target, key) => {
    if (optional) IsOptional()(target, key);
    ValidateBy({
      name: 'isIsoDate',
      validator: {
        validate: (v: unknown) => isIsoDate(v),
        defaultMessage: () => `${label} không phải ngày hợp lệ.`,
      },
    })(target, key);
  };
}

/** The `version` field of an update input: GraphQL Int, validated. */
export function Version(): PropertyDecorator {
  return (target, key) => {
    Field(() => Int, { description: 'Phiên bản bản ghi đã đọc (khóa lạc quan).' })(target, key);
    IsInt(msg.int('Phiên bản'))(target, key);
    Min(1, msg.int('Phiên bản'))(target, key);
  };
}
