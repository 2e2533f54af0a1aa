import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { AppError } from '../errors/app-error';

export const MAX_PAGE_SIZE = 100;

@ObjectType({ description: 'Thông tin phân trang theo con trỏ (Relay).' })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Con trỏ của phần tử cuối trang; truyền vào `after` để lấy trang sau.' })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** `UserConnection { edges { cursor node } pageInfo totalCount }` for any node type. */
export function Connection<T>(nodeType: Type<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { isAbstract: false })
  class ConnectionType implements ConnectionShape<T> {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Tổng số phần tử thỏa điều kiện lọc (mọi trang).' })
    totalCount!: number;
  }
  return ConnectionType;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `Số phần tử mỗi trang (1–${MAX_PAGE_SIZE}).` })
  @IsInt({ message: 'Số phần tử mỗi trang phải là số nguyên.' })
  @Min(1, { message: 'Số phần tử mỗi trang phải từ 1 trở lên.' })
  @Max(MAX_PAGE_SIZE, { message: `Mỗi trang lấy tối đa ${MAX_PAGE_SIZE} phần tử.` })
  first = 20;

  @Field(() => String, { nullable: true, description: 'Lấy các phần tử sau con trỏ này.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string | null;
}

type CursorValue = string | number | null;

export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): CursorValue[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(values) &&
      values.length === arity &&
      values.every((v) => v === null || typeof v === 'string' || typeof v === 'number')
    ) {
      return values as CursorValue[];
    }
  } catch {
    // fall through
  }
  throw AppError.field('after', 'Con trỏ phân trang không hợp lệ.');
}

export interface KeysetSort<E> {
  /** SQL expression to order by, e.g. `u.username` (must not be null for keyset correctness). */
  expression: string;
  direction: 'ASC' | 'DESC';
  /** Reads the sort value back from a row, for the cursor. */
  value: (row: E) => string | number | Date;
  /**
   * When the sort value is computed (a search rank), the alias it is selected under with
   * `qb.addSelect(expression, alias)`; the page is then read with its raw values.
   */
  rawValueAlias?: string;
  /** Tie-breaker column, unique: `u.id`. */
  idExpression: string;
  id: (row: E) => string;
}

/**
 * Keyset pagination over (sort value, id): stable under concurrent inserts, cheap on deep pages.
 * `qb` must already carry the filters (scope, search); totalCount counts them all.
 */
export async function paginate<E extends ObjectLiteral>(
  qb: SelectQueryBuilder<E>,
  args: PageArgs,
  sort: KeysetSort<E>,
): Promise<ConnectionShape<E>> {
  const totalCount = await qb.clone().getCount();
  const page = qb.clone();
  if (args.after) {
    const [value, id] = decodeCursor(args.after, 2);
    const op = sort.direction === 'ASC' ? '>' : '<';
    page.andWhere(`(${sort.expression}, ${sort.idExpression}) ${op} (:cursorValue, :cursorId)`, {
      cursorValue: value,
      cursorId: id,
    });
  }
  page.orderBy(sort.expression, sort.direction).addOrderBy(sort.idExpression, sort.direction).take(args.first + 1);
  let rows: E[];
  let rawValues: (string | number)[] | null = null;
  if (sort.rawValueAlias) {
    // no joins here, so raw rows and entities line up one to one
    const { entities, raw } = await page.getRawAndEntities<Record<string, string | number>>();
    rows = entities;
    rawValues = raw.map((r) => Number(r[sort.rawValueAlias as string]));
  } else {
    rows = await page.getMany();
  }
  const hasNextPage = rows.length > args.first;
  const nodes = hasNextPage ? rows.slice(0, args.first) : rows;
  const edges = nodes.map((node, i) => {
    const v = rawValues ? (rawValues[i] as number) : sort.value(node);
    return { node, cursor: encodeCursor([v instanceof Date ? v.toISOString() : v, sort.id(node)]) };
  });
  return {
    edges,
    totalCount,
    pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

/** Maps the nodes of a connection (entity → GraphQL model). */
export function mapConnection<E, M>(page: ConnectionShape<E>, map: (e: E) => M): ConnectionShape<M> {
  return {
    totalCount: page.totalCount,
    pageInfo: page.pageInfo,
    edges: page.edges.map((e) => ({ cursor: e.cursor, node: map(e.node) })),
  };
}
