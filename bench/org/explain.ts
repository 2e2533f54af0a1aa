/**
 * Why an operation is slow: records every statement the application sends while one operation runs
 * (TypeORM's PostgreSQL query runner, which repositories, query builders and raw queries all go
 * through), then EXPLAIN (ANALYZE, BUFFERS) on the slowest read.
 */
import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';

export interface Captured {
  sql: string;
  params: unknown[];
  ms: number;
}

type QueryFn = (
  this: unknown,
  query: string,
  parameters?: unknown[],
  ...rest: unknown[]
) => Promise<unknown>;

export class StatementCapture {
  private sink: Captured[] | null = null;

  constructor(private readonly db: DataSource) {
    const runner = db.createQueryRunner();
    const proto = Object.getPrototypeOf(runner) as { query: QueryFn };
    void runner.release();
    const original = proto.query;
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const capture = this;
    proto.query = async function (
      this: unknown,
      query: string,
      parameters?: unknown[],
      ...rest: unknown[]
    ) {
      const t = performance.now();
      try {
        return await original.call(this, query, parameters, ...rest);
      } finally {
        capture.sink?.push({ sql: query, params: parameters ?? [], ms: performance.now() - t });
      }
    };
  }

  /** The statements `fn` sent, slowest first. */
  async during(fn: () => Promise<unknown>): Promise<Captured[]> {
    this.sink = [];
    try {
      await fn();
      return [...this.sink].sort((a, b) => b.ms - a.ms);
    } finally {
      this.sink = null;
    }
  }

  /** EXPLAIN ANALYZE of a read (never of a write: ANALYZE executes the statement). */
  async explain(c: Captured): Promise<string | null> {
    if (!/^\s*(SELECT|WITH)\b/i.test(c.sql) || /\b(INSERT|UPDATE|DELETE)\b/i.test(c.sql))
      return null;
    const rows: Record<string, string>[] = await this.db.query(
      `EXPLAIN (ANALYZE, BUFFERS) ${c.sql}`,
      c.params,
    );
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  }
}

/** One statement on a few lines, parameters inlined for reading (not for running). */
export function readable(c: Captured, max = 1200): string {
  let sql = c.sql.replace(/\s+/g, ' ').trim();
  c.params.forEach((p, i) => {
    const shown = Array.isArray(p)
      ? `{${p.length} values}`
      : typeof p === 'string'
        ? `'${p.length > 40 ? `${p.slice(0, 40)}…` : p}'`
        : String(p);
    sql = sql.replace(new RegExp(`\\$${i + 1}(?!\\d)`, 'g'), shown);
  });
  return sql.length > max ? `${sql.slice(0, max)}…` : sql;
}
