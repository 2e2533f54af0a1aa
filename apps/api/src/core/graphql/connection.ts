import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { AppError } from '../errors/app-error';

export const MAX_PAGE_SIZE = 100;

/**
 * `totalCount` counts the matching rows up to this many; past it the count stops there and
 * `totalCountCapped` is true (counting 184,000 people of a province costs more than the page itself,
 * and nobody reads a list that long: they filter it).
 */
export const COUNT_LIMIT = 10_000;
const COUNT_LIMIT_TEXT = COUNT_LIMIT.toLocaleString('vi-VN');

@ObjectType({ description: 'Thông tin phân trang theo con trỏ (Relay).' })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Con trỏ của phần tử cuối trang; truyền vào `after` để lấy trang sau.',
  })
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
  totalCountCapped: boolean;
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

    @Field(() => Int, {
      description: `Tổng số phần tử thỏa điều kiện lọc (mọi trang), đếm chính xác tới ${COUNT_LIMIT_TEXT}; nhiều hơn thì dừng ở ${COUNT_LIMIT_TEXT} và \`totalCountCapped\` = true.`,
    })
    totalCount!: number;

    @Field({
      description: `true khi có hơn ${COUNT_LIMIT_TEXT} phần tử thỏa điều kiện lọc (\`totalCount\` là mức trần, không phải số chính xác).`,
    })
    totalCountCapped!: boolean;
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
  /** The raw value is text (a collation key), kept as read; otherwise it is a number (a rank). */
  rawValueText?: boolean;
  /** Tie-breaker column, unique: `u.id`. */
  idExpression: string;
  id: (row: E) => string;
  /**
   * No index gives this order (a search rank, a structure as of a date), so the page reads every
   * matching row anyway: the first page counts them in the same statement (a window) instead of a
   * second query repeating the work.
   */
  readsAll?: boolean;
}

/**
 * Keyset pagination over (sort value, id): stable under concurrent inserts, cheap on deep pages.
 * `qb` must already carry the filters (scope, search); totalCount counts them all.
 */
export async function paginate<E extends ObjectLiteral>(
  qb: SelectQueryBuilder<E>,
  args: PageArgs,
  sort: KeysetSort<E>,
  /**
   * Columns `qb` selects beside the entity (`qb.addSelect(sql, alias)`), handed over with each row's
   * entity: what the list's readers need of each row, read in the page's own statement.
   */
  withRaw?: (row: E, raw: Record<string, unknown>) => void,
): Promise<ConnectionShape<E>> {
  const page = qb.clone();
  if (args.after) {
    const [value, id] = decodeCursor(args.after, 2);
    const op = sort.direction === 'ASC' ? '>' : '<';
    page.andWhere(`(${sort.expression}, ${sort.idExpression}) ${op} (:cursorValue, :cursorId)`, {
      cursorValue: value,
      cursorId: id,
    });
  }
  page
    .orderBy(sort.expression, sort.direction)
    .addOrderBy(sort.idExpression, sort.direction)
    .take(args.first + 1);
  const countInPage = !!sort.readsAll && !args.after;
  if (countInPage) page.addSelect('count(*) OVER ()', 'total_count');
  // otherwise the count and the page at once (two pooled connections, or queued on the caller's one)
  const [separateCount, { rows, rawValues, windowCount }] = await Promise.all([
    countInPage ? null : cappedCount(qb),
    readPage(page, sort, countInPage, withRaw),
  ]);
  const counted = separateCount ?? windowCount;
  const hasNextPage = rows.length > args.first;
  const nodes = hasNextPage ? rows.slice(0, args.first) : rows;
  const edges = nodes.map((node, i) => {
    const v = rawValues ? (rawValues[i] as number | string) : sort.value(node);
    return { node, cursor: encodeCursor([v instanceof Date ? v.toISOString() : v, sort.id(node)]) };
  });
  return {
    edges,
    totalCount: Math.min(counted, COUNT_LIMIT),
    totalCountCapped: counted > COUNT_LIMIT,
    pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

/** The rows `qb` matches, counted up to COUNT_LIMIT + 1 (the query stops reading there). */
async function cappedCount<E extends ObjectLiteral>(qb: SelectQueryBuilder<E>): Promise<number> {
  // the list queries join only many-to-one (a row's unit), so rows are entities: no DISTINCT needed
  const rows = qb
    .clone()
    .select('1')
    .orderBy()
    .limit(COUNT_LIMIT + 1);
  // a builder on the same connection or transaction as `qb`
  const counted = await qb
    .createQueryBuilder()
    .select('count(*)::int', 'n')
    .from(`(${rows.getQuery()})`, 'counted')
    .setParameters(rows.getParameters())
    .getRawOne<{ n: number }>();
  return Number(counted?.n ?? 0);
}

/**
 * The entities `qb` reads with their raw rows, each entity handed its raw row by `withRaw` (the
 * columns added with `qb.addSelect(sql, alias)`). `qb` joins nothing, so the two line up one to one.
 */
export async function entitiesWithRaw<E extends ObjectLiteral>(
  qb: SelectQueryBuilder<E>,
  withRaw?: (row: E, raw: Record<string, unknown>) => void,
): Promise<{ entities: E[]; raw: Record<string, unknown>[] }> {
  const { entities, raw } = await qb.getRawAndEntities<Record<string, unknown>>();
  if (withRaw) entities.forEach((row, i) => withRaw(row, raw[i] as Record<string, unknown>));
  return { entities, raw };
}

async function readPage<E extends ObjectLiteral>(
  page: SelectQueryBuilder<E>,
  sort: KeysetSort<E>,
  countInPage: boolean,
  withRaw: ((row: E, raw: Record<string, unknown>) => void) | undefined,
): Promise<{ rows: E[]; rawValues: (number | string)[] | null; windowCount: number }> {
  if (!sort.rawValueAlias && !countInPage && !withRaw) {
    return { rows: await page.getMany(), rawValues: null, windowCount: 0 };
  }
  const { entities, raw } = await entitiesWithRaw(page, withRaw);
  return {
    rows: entities,
    rawValues: sort.rawValueAlias
      ? raw.map((r) => {
          const v = r[sort.rawValueAlias as string];
          return sort.rawValueText ? String(v) : Number(v);
        })
      : null,
    windowCount: Number(raw[0]?.['total_count'] ?? 0),
  };
}

/** Maps the nodes of a connection (entity → GraphQL model). */
export function mapConnection<E, M>(
  page: ConnectionShape<E>,
  map: (e: E) => M,
): ConnectionShape<M> {
  return {
    totalCount: page.totalCount,
    totalCountCapped: page.totalCountCapped,
    pageInfo: page.pageInfo,
    edges: page.edges.map((e) => ({ cursor: e.cursor, node: map(e.node) })),
  };
}
