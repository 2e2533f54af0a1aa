import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { Client } from 'pg';
import type { EmbeddedDatabase } from './embedded-postgres';

/**
 * What every backup is: a plain-SQL pg_dump whose data are INSERT statements (500 rows each), without
 * owners or grants. Plain SQL with INSERTs (not COPY, not the custom format) loads through any
 * client, so one file moves either way: embedded PGlite → a province's PostgreSQL, or back. Owners and
 * grants are the installation's own business (the compose database user is `thidua`, PGlite's
 * `postgres`).
 */
export const DUMP_ARGS = ['--no-owner', '--no-privileges', '--inserts', '--rows-per-insert=500'];

export const BACKUP_MESSAGES = {
  noPgDump:
    'Không tìm thấy lệnh pg_dump. Cài gói postgresql-client cùng phiên bản với máy chủ (hoặc mới hơn), hoặc ' +
    'sao lưu ngay trên máy chủ cơ sở dữ liệu: docker compose exec db pg_dump ' +
    DUMP_ARGS.join(' ') +
    ' -U thidua thidua > tep.sql',
  pgDumpFailed: (detail: string) => `pg_dump báo lỗi: ${detail.trim()}`,
  notEmpty: (tables: number) =>
    `Cơ sở dữ liệu đích đã có ${tables} bảng. Chỉ nạp bản sao lưu vào cơ sở dữ liệu trống: tạo cơ sở dữ liệu mới ` +
    '(hoặc đặt DATA_DIR là một thư mục mới) rồi chạy lại.',
  notADump:
    'Tệp này không phải bản sao lưu SQL của pg_dump (thiếu dòng "PostgreSQL database dump").',
};

export class BackupError extends Error {}

export interface TableSummary {
  table: string;
  rows: number;
}

/** Dumps the embedded database through pg_dump compiled to WebAssembly (@electric-sql/pglite-tools). */
export async function dumpEmbedded(db: EmbeddedDatabase, file: string): Promise<void> {
  const { pgDump } = await import('@electric-sql/pglite-tools/pg_dump');
  const dump = await pgDump({ pg: db as never, args: DUMP_ARGS });
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  // pg_dump empties the session's search_path; the instance may be used again (tests, restore checks).
  await db.exec('RESET search_path');
}

/** Dumps a PostgreSQL server with the machine's pg_dump (which must be at least the server's version). */
export function dumpServer(url: string, file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('pg_dump', [...DUMP_ARGS, '--file', file, '--dbname', url], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 10_000) stderr += chunk.toString('utf8');
    });
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        new BackupError(
          error.code === 'ENOENT'
            ? BACKUP_MESSAGES.noPgDump
            : BACKUP_MESSAGES.pgDumpFailed(error.message),
        ),
      ),
    );
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new BackupError(BACKUP_MESSAGES.pgDumpFailed(stderr))),
    );
  });
}

/** Runs SQL on either kind of database, for restore and its checks. */
export interface SqlTarget {
  query<T>(sql: string): Promise<T[]>;
  /** Many statements in one go (one implicit transaction). */
  script(sql: string): Promise<void>;
  close(): Promise<void>;
}

export function embeddedTarget(db: EmbeddedDatabase, stop: () => Promise<void>): SqlTarget {
  return {
    query: async <T>(sql: string) => (await db.query<T>(sql)).rows,
    script: async (sql) => {
      await db.exec(sql);
      await db.exec('RESET search_path');
    },
    close: stop,
  };
}

export async function serverTarget(url: string): Promise<SqlTarget> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return {
    query: async <T>(sql: string) => (await client.query(sql)).rows as T[],
    script: async (sql) => {
      await client.query(sql);
      await client.query('RESET search_path');
    },
    close: () => client.end(),
  };
}

/** Row counts of every table of the public schema, by name. */
export async function tableSummary(target: SqlTarget): Promise<TableSummary[]> {
  const tables = await target.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_catalog.pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  const result: TableSummary[] = [];
  for (const { name } of tables) {
    const [row] = await target.query<{ n: string | number }>(
      `SELECT count(*) AS n FROM public."${name.replace(/"/g, '""')}"`,
    );
    result.push({ table: name, rows: Number(row?.n ?? 0) });
  }
  return result;
}

/**
 * Loads a dump into an empty database, all or nothing (a multi-statement script is one transaction).
 * Statements a dump from a newer PostgreSQL carries but an older server does not know are dropped:
 * `SET transaction_timeout` (PostgreSQL 17+; the embedded PGlite is 18, a province's server may be 15).
 */
export async function restoreDump(target: SqlTarget, sql: string): Promise<TableSummary[]> {
  if (!/^-- PostgreSQL database dump/m.test(sql.slice(0, 2000)))
    throw new BackupError(BACKUP_MESSAGES.notADump);
  const [{ n }] = (await target.query<{ n: string | number }>(
    `SELECT count(*) AS n FROM pg_catalog.pg_tables WHERE schemaname = 'public'`,
  )) as [{ n: string | number }];
  if (Number(n) > 0) throw new BackupError(BACKUP_MESSAGES.notEmpty(Number(n)));
  const [{ v }] = (await target.query<{ v: string }>(
    `SELECT current_setting('server_version_num') AS v`,
  )) as [{ v: string }];
  let script = sql;
  if (Number(v) < 170000) script = script.replace(/^SET transaction_timeout = 0;$/m, '');
  // psql meta-commands (\restrict, \unrestrict: pg_dump 17.6+ guards its output with them) are not SQL.
  script = script.replace(/^\\[a-z]+.*$/gm, '');
  await target.script(script);
  return tableSummary(target);
}
