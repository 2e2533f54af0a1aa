import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { BACKUP_MESSAGES } from '../src/core/database/backup';
import { workerDatabaseUrl } from './setup/test-databases';

interface RoundTrip {
  before: Record<string, string>;
  afterEmbedded: Record<string, string>;
  secondRestore: string | null;
  afterSecond: Record<string, string>;
  notADump: string | null;
  afterServer: Record<string, string> | null;
  demoMs: number;
  dumpMs: number;
  restoreMs: number;
}

const ROOT = resolve(__dirname, '../../..');

/**
 * The backup round trip of issue 9 (E): the demo province, loaded into an embedded database through the
 * real application, is dumped with pg_dump (WebAssembly), loaded into an empty embedded database (and,
 * when the suite runs against a PostgreSQL server, into a new database there), and every table compared.
 * It runs in a child process (`setup/backup-roundtrip.ts`): PGlite cannot start inside a Jest worker.
 */
describe('backup and restore', () => {
  jest.setTimeout(300_000);
  let dir: string;
  let file: string;
  let result: RoundTrip;
  const server = process.env['THIDUA_TEST_EMBEDDED'] === 'true' ? null : workerDatabaseUrl();
  const database = `thidua_restore_${process.pid}_${Date.now()}`;
  let admin: Client | null = null;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'thidua-backup-'));
    file = join(dir, 'sao-luu.sql');
    let target: string | undefined;
    if (server) {
      admin = new Client({ connectionString: server });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${database}`);
      const url = new URL(server);
      url.pathname = `/${database}`;
      target = url.toString();
    }
    const stdout = await new Promise<string>((done, fail) =>
      execFile(
        process.execPath,
        [
          '-r',
          '@swc-node/register',
          'apps/api/test/setup/backup-roundtrip.ts',
          file,
          ...(target ? [target] : []),
        ],
        {
          cwd: ROOT,
          env: { ...process.env, SWC_NODE_PROJECT: 'apps/api/test/setup/tsconfig.scripts.json' },
          maxBuffer: 10_000_000,
        },
        (error, out, err) => (error ? fail(new Error(`${error.message}\n${err}`)) : done(out)),
      ),
    );
    result = JSON.parse(stdout.trim().split('\n').pop()!) as RoundTrip;
  });

  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    if (admin) {
      await admin.query(`DROP DATABASE IF EXISTS ${database}`);
      await admin.end();
    }
  });

  it('dumps the demo province as plain SQL with INSERTs', () => {
    const sql = readFileSync(file, 'utf8');
    expect(sql).toMatch(/^-- PostgreSQL database dump/m);
    expect(sql).toMatch(/^INSERT INTO public\.units VALUES/m);
    expect(sql).not.toMatch(/^COPY /m);
    expect(sql).toContain('Vĩnh Long');
    for (const table of ['units', 'people', 'users', 'audit_log', 'migrations']) {
      expect(Number(result.before[table]!.split(':')[0])).toBeGreaterThan(0);
    }
  });

  it('restores into an empty embedded database with every table identical', () => {
    expect(Object.keys(result.before).length).toBeGreaterThan(15);
    expect(result.afterEmbedded).toEqual(result.before);
  });

  it('refuses to restore into a database that has tables, and changes nothing', () => {
    expect(result.secondRestore).toMatch(/^Cơ sở dữ liệu đích đã có \d+ bảng/);
    expect(result.afterSecond).toEqual(result.before);
  });

  it('refuses a file that is not a dump', () => {
    expect(result.notADump).toBe(BACKUP_MESSAGES.notADump);
  });

  (server ? it : it.skip)(
    'restores the embedded backup into a new database on the PostgreSQL server, identical',
    () => {
      expect(result.afterServer).toEqual(result.before);
    },
  );
});
