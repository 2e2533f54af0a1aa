import type { ArgumentMetadata } from '@nestjs/common';
import { IsString, MaxLength } from 'class-validator';
import { AppError } from '../errors/app-error';
import { findInvalidText, INVALID_TEXT_MESSAGE, isSafeText, replaceUnsafeText } from './text-guard';
import { createValidationPipe } from './validation.pipe';

const bad = [INVALID_TEXT_MESSAGE];

describe('isSafeText', () => {
  it.each([
    ['NUL', 'a\u0000b'],
    ['BEL', '\u0007'],
    ['vertical tab', 'a\u000Bb'],
    ['escape', '\u001B[31m'],
    ['unit separator', '\u001F'],
    ['lone high surrogate', 'a\uD800@example.vn'],
    ['lone low surrogate', '\uDC00'],
    ['swapped pair', '\uDE00\uD83D'],
  ])('refuses %s', (_, text) => {
    expect(isSafeText(text)).toBe(false);
  });

  it.each([
    ['Vietnamese', 'Nguyễn Thị Ánh Tuyết'],
    ['tab, LF, CR', 'dòng 1\r\n\tdòng 2'],
    ['emoji (a valid pair)', 'Khen thưởng 🏅'],
    ['RTL override (printable, not a control)', 'abc\u202Edef'],
    ['DEL', '\u007F'],
    ['empty', ''],
  ])('accepts %s', (_, text) => {
    expect(isSafeText(text)).toBe(true);
  });
});

describe('replaceUnsafeText', () => {
  it('shows each unsafe character as U+FFFD and keeps the rest, pairs and line breaks included', () => {
    expect(replaceUnsafeText('Sở\u0000Nội\u0007vụ \uD800🏅\r\n\t')).toBe(
      'Sở\uFFFDNội\uFFFDvụ \uFFFD🏅\r\n\t',
    );
    expect(replaceUnsafeText('sạch')).toBe('sạch');
  });
});

describe('findInvalidText', () => {
  it('returns null for clean values of any shape', () => {
    expect(
      findInvalidText({ a: 'x', b: [1, 'y', { c: null, d: true }], e: undefined }, ''),
    ).toBeNull();
    expect(findInvalidText('clean', 'search')).toBeNull();
    expect(findInvalidText(42, 'first')).toBeNull();
    expect(findInvalidText(null, 'x')).toBeNull();
  });

  it('names nested object fields and array items relative to the root', () => {
    const input = Object.assign(Object.create(null) as object, {
      name: 'ok',
      email: 'a\uD800@x.vn',
      roles: [{ roleId: 'r1' }, { roleId: 'r\u0000' }],
      legalBasis: { number: '12/QĐ', title: '\u0001' },
    });
    expect(findInvalidText(input, '')).toEqual({
      email: bad,
      'roles.1.roleId': bad,
      'legalBasis.title': bad,
    });
  });

  it('names a bare argument by its own name', () => {
    expect(findInvalidText('Nguyễn\u0000', 'search')).toEqual({ search: bad });
    expect(findInvalidText(['ok', '\u0000'], 'ids')).toEqual({ 'ids.1': bad });
    expect(findInvalidText('\u0000', '')).toEqual({ value: bad });
  });

  it('checks object keys (a JSON value) and reports the object holding them', () => {
    expect(findInvalidText({ meta: { 'k\u0000': 1 } }, '')).toEqual({ meta: bad });
  });

  it('skips binary values and class instances that are not client text', () => {
    expect(findInvalidText({ file: Buffer.from('\u0000'), at: new Date(0) }, '')).toBeNull();
  });

  it('survives deep nesting and caps the report of a huge hostile array', () => {
    let deep: unknown = '\u0000';
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    const errors = findInvalidText(deep, 'x');
    expect(Object.keys(errors ?? {})).toHaveLength(1);
    const many = findInvalidText(
      Array.from({ length: 10_000 }, () => '\u0000'),
      'list',
    );
    expect(Object.keys(many ?? {})).toHaveLength(20);
  });
});

class NameInput {
  @IsString()
  @MaxLength(5, { message: 'Mã quá dài.' })
  code!: string;

  @IsString()
  name!: string;
}

describe('the global validation pipe', () => {
  const pipe = createValidationPipe();
  const body = (metatype: ArgumentMetadata['metatype'], data?: string): ArgumentMetadata => ({
    type: 'body',
    metatype,
    data,
  });

  it('refuses hostile text in an input class and keeps the other field errors', async () => {
    const error = await pipe
      .transform({ code: 'toolong', name: 'Sở\u0000' }, body(NameInput, 'input'))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: INVALID_TEXT_MESSAGE,
      fields: { code: ['Mã quá dài.'], name: bad },
    });
  });

  it('refuses hostile text in a bare String argument, under the argument name', async () => {
    await expect(pipe.transform('a\u0000', body(String, 'search'))).rejects.toMatchObject({
      fields: { search: bad },
    });
    await expect(
      pipe.transform('a\u0000', { type: 'query', metatype: String, data: 'q' }),
    ).rejects.toMatchObject({
      fields: { q: bad },
    });
  });

  it('passes clean input and leaves custom decorators (the request context) alone', async () => {
    await expect(pipe.transform('Nguyễn', body(String, 'search'))).resolves.toBe('Nguyễn');
    const ctx = { note: '\u0000' };
    await expect(pipe.transform(ctx, { type: 'custom', metatype: Object })).resolves.toBe(ctx);
  });
});
