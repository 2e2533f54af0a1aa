import 'reflect-metadata';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DataSource } from 'typeorm';
import { databaseConfig } from './core/config/database.config';
import { createDataSource } from './core/database/data-source';
import {
  BackupError,
  dumpEmbedded,
  dumpServer,
  embeddedTarget,
  restoreDump,
  serverTarget,
  tableSummary,
  type SqlTarget,
  type TableSummary,
} from './core/database/backup';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './core/database/embedded-postgres';

const MIGRATIONS_DIR = 'apps/api/src/core/database/migrations';

const USAGE = `Cách dùng: node dist/apps/api/cli.js <lệnh>
  migration:run              chạy các migration còn thiếu (DATABASE_URL, hoặc PGlite tại DATA_DIR)
  migration:revert           hoàn tác migration gần nhất
  migration:check            báo lỗi nếu entity khác với migration (CSDL tạm trong bộ nhớ nếu không có DATABASE_URL)
  migration:generate <Tên>   sinh migration mới từ khác biệt giữa entity và migration
  backup <tệp.sql>           sao lưu toàn bộ dữ liệu (pg_dump dạng SQL) từ DATABASE_URL, hoặc PGlite tại DATA_DIR
                             (dừng ứng dụng trước khi sao lưu PGlite)
  restore <tệp.sql>          nạp bản sao lưu vào cơ sở dữ liệu TRỐNG: DATABASE_URL, hoặc PGlite tại DATA_DIR`;

function out(text: string): void {
  process.stdout.write(`${text}\n`);
}

/** A database to work on: DATABASE_URL, the app's PGlite folder, or (for diffing) a fresh in-memory one. */
async function openDatabase(
  mode: 'persistent' | 'scratch',
): Promise<{ ds: DataSource; close: () => Promise<void> }> {
  const cfg = databaseConfig.load();
  let embedded: EmbeddedPostgres | undefined;
  let url = cfg.url;
  if (!url) {
    embedded = await startEmbeddedPostgres(mode === 'persistent' ? { dataDir: cfg.dataDir } : {});
    url = embedded.url;
  }
  const ds = createDataSource({ url, migrationsRun: false, poolSize: 2, embedded: !!embedded });
  await ds.initialize();
  return {
    ds,
    close: async () => {
      await ds.destroy();
      await embedded?.stop();
    },
  };
}

/** SQL that would bring the migrated database in line with the entities. */
async function pendingSchemaChanges(ds: DataSource) {
  await ds.runMigrations({ transaction: 'each' });
  return ds.driver.createSchemaBuilder().log();
}

function toKebab(name: string): string {
  return name.replace(/([a-z\d])([A-Z])/g, '$1-$2').toLowerCase();
}

function sqlLiteral(query: string, parameters?: unknown[]): string {
  const escaped = query.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
  return parameters?.length ? `\`${escaped}\`, ${JSON.stringify(parameters)}` : `\`${escaped}\``;
}

async function generate(name: string | undefined): Promise<number> {
  if (!name || !/^[A-Z][A-Za-z0-9]*$/.test(name)) {
    out('Cần tên migration dạng PascalCase, ví dụ: migration:generate AddUnitKinds');
    return 2;
  }
  const { ds, close } = await openDatabase('scratch');
  try {
    const sql = await pendingSchemaChanges(ds);
    if (!sql.upQueries.length) {
      out('Entity và migration đã khớp: không có gì để sinh.');
      return 0;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const up = sql.upQueries.map(
      (q) => `    await queryRunner.query(${sqlLiteral(q.query, q.parameters)});`,
    );
    const down = sql.downQueries
      .reverse()
      .map((q) => `    await queryRunner.query(${sqlLiteral(q.query, q.parameters)});`);
    const file = `${timestamp}-${toKebab(name)}`;
    const body = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${up.join('\n')}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${down.join('\n')}
  }
}
`;
    writeFileSync(join(MIGRATIONS_DIR, `${file}.ts`), body);
    const indexPath = join(MIGRATIONS_DIR, 'index.ts');
    const index = readFileSync(indexPath, 'utf8')
      .replace(/(\/\/ Never edit[^\n]*\n)/, `$1import { ${className} } from './${file}';\n`)
      .replace(
        /export const MIGRATIONS: (.*?) = \[([^\]]*)\];/,
        (_, type: string, list: string) => {
          const items = list
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean);
          return `export const MIGRATIONS: ${type} = [${[...items, className].join(', ')}];`;
        },
      );
    writeFileSync(indexPath, index);
    out(
      `Đã sinh ${resolve(MIGRATIONS_DIR, `${file}.ts`)} (${sql.upQueries.length} câu lệnh). Hãy đọc lại trước khi commit.`,
    );
    return 0;
  } finally {
    await close();
  }
}

async function check(): Promise<number> {
  const { ds, close } = await openDatabase('scratch');
  try {
    const sql = await pendingSchemaChanges(ds);
    if (!sql.upQueries.length) {
      out('Migration khớp với entity.');
      return 0;
    }
    out('Entity khác với migration; cần sinh migration mới (npm run migration:generate -- <Tên>):');
    for (const q of sql.upQueries) out(`  ${q.query}`);
    return 1;
  } finally {
    await close();
  }
}

function printSummary(summary: TableSummary[]): void {
  const rows = summary.reduce((sum, t) => sum + t.rows, 0);
  out(`${summary.length} bảng, ${rows.toLocaleString('vi-VN')} dòng:`);
  for (const t of summary)
    if (t.rows > 0) out(`  ${t.table.padEnd(28)} ${t.rows.toLocaleString('vi-VN')}`);
}

/** The configured database for backup/restore: DATABASE_URL, or the PGlite folder opened without a port. */
async function openTarget(): Promise<{ target: SqlTarget; dump: (file: string) => Promise<void> }> {
  const cfg = databaseConfig.load();
  if (cfg.url) {
    const url = cfg.url;
    return { target: await serverTarget(url), dump: (file) => dumpServer(url, file) };
  }
  const embedded = await startEmbeddedPostgres({ dataDir: cfg.dataDir, noServer: true });
  return {
    target: embeddedTarget(embedded.db, () => embedded.stop()),
    dump: (file) => dumpEmbedded(embedded.db, file),
  };
}

async function backup(file: string | undefined): Promise<number> {
  if (!file) {
    out('Cần tên tệp: backup <tệp.sql>');
    return 2;
  }
  const { target, dump } = await openTarget();
  try {
    await dump(file);
    out(`Đã sao lưu vào ${resolve(file)}.`);
    printSummary(await tableSummary(target));
    return 0;
  } finally {
    await target.close();
  }
}

async function restore(file: string | undefined): Promise<number> {
  if (!file || !existsSync(file)) {
    out(file ? `Không tìm thấy tệp ${file}.` : 'Cần tên tệp: restore <tệp.sql>');
    return 2;
  }
  const { target } = await openTarget();
  try {
    const summary = await restoreDump(target, readFileSync(file, 'utf8'));
    out(
      `Đã nạp ${resolve(file)}. Khởi động ứng dụng để chạy các migration mới hơn bản sao lưu (nếu có).`,
    );
    printSummary(summary);
    return 0;
  } finally {
    await target.close();
  }
}

async function run(command: string | undefined, args: string[]): Promise<number> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  switch (command) {
    case 'migration:generate':
      return generate(args[0]);
    case 'migration:check':
      return check();
    case 'backup':
      return backup(args[0]);
    case 'restore':
      return restore(args[0]);
    case 'migration:run': {
      const { ds, close } = await openDatabase('persistent');
      try {
        const done = await ds.runMigrations({ transaction: 'each' });
        out(
          done.length
            ? `Đã chạy ${done.length} migration: ${done.map((m) => m.name).join(', ')}`
            : 'Không có migration nào còn thiếu.',
        );
        return 0;
      } finally {
        await close();
      }
    }
    case 'migration:revert': {
      const { ds, close } = await openDatabase('persistent');
      try {
        await ds.undoLastMigration({ transaction: 'each' });
        out('Đã hoàn tác migration gần nhất.');
        return 0;
      } finally {
        await close();
      }
    }
    default:
      out(USAGE);
      return command ? 2 : 0;
  }
}

run(process.argv[2], process.argv.slice(3)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    if (e instanceof BackupError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(1);
    }
    process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
    process.exit(1);
  },
);
