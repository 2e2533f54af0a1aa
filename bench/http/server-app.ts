/**
 * bench/http child: the real thidua application (`createApp`, the factory `main.ts` and the integration
 * tests use), booted from source in production mode on the PostgreSQL database the parent recreated.
 * It adds a small province (a root and its children, through `OrgService.create`) and the province's
 * TĐKT officer, then tells the parent its port and the officer's credentials over IPC. It also counts
 * the SQL statements it sends, so the parent can print statements per request.
 */
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

export const OFFICER = { username: 'bench.http', password: 'Bench#2025-thidua' };
const CHILDREN = 30;

// Every statement the app sends goes through pg's Client#query (pool or not).
let statements = 0;
/** BENCH_TRACE=1: print every statement after boot to stderr (what one request sends). */
let trace = false;
const query = Client.prototype.query;
Client.prototype.query = function counted(this: Client, ...args: unknown[]) {
  statements++;
  if (trace) {
    const sql = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string })?.text;
    process.stderr.write(`sql: ${String(sql).replace(/\s+/g, ' ').slice(0, 300)}\n`);
  }
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof Client.prototype.query;

/** This process's CPU time so far (user + system), µs: per request it is the server's own cost. */
function cpuMicros(): number {
  const { user, system } = process.cpuUsage();
  return user + system;
}

async function main(): Promise<void> {
  const url = process.env['DATABASE_URL'] as string;
  Object.assign(process.env, {
    NODE_ENV: 'production',
    DEMO_DATA: 'false',
    // production's default level: one request line each, as a deployment logs them
    LOG_LEVEL: process.env['BENCH_LOG_LEVEL'] ?? 'info',
    LOG_FORMAT: 'json',
    COOKIE_SECURE: 'false',
    GRAPHQL_SCHEMA_FILE: '',
    WEB_DIST_DIR: join(tmpdir(), 'thidua-bench-no-spa'),
  });
  delete process.env['BOOTSTRAP_ADMIN_USERNAME'];
  delete process.env['BOOTSTRAP_ADMIN_PASSWORD'];

  const { createApp } = await import('../../apps/api/src/app.factory');
  const { Actor } = await import('../../apps/api/src/core/auth/actor');
  const { systemContext } = await import('../../apps/api/src/core/context/request-context');
  const { TransactionRunner } = await import('../../apps/api/src/core/database/transaction');
  const { OrgService } = await import('../../apps/api/src/modules/org/org.service');
  const { RoleService } = await import('../../apps/api/src/modules/identity/role.service');
  const { UserService } = await import('../../apps/api/src/modules/identity/user.service');

  const { app } = await createApp({ url, poolSize: Number(process.env['DB_POOL_SIZE'] ?? 10) });
  await app.listen(0, '127.0.0.1');
  const run = app.get(TransactionRunner);
  const org = app.get(OrgService);
  const users = app.get(UserService);
  const roles = app.get(RoleService);
  const ctx = systemContext(Actor.system('Bench'));
  const root = await run.run(ctx, (tx) =>
    org.create(tx, {
      code: 'BH-TINH',
      name: 'UBND tỉnh (bench http)',
      parentId: null,
      kindCode: 'PROVINCE',
      validFrom: '2020-01-01',
    }),
  );
  for (let i = 1; i <= CHILDREN; i++) {
    await run.run(ctx, (tx) =>
      org.create(tx, {
        code: `BH-SO-${String(i).padStart(2, '0')}`,
        name: `Sở số ${i} (bench http)`,
        parentId: root.id,
        kindCode: 'DEPARTMENT',
        validFrom: '2020-01-01',
      }),
    );
  }
  await run.run(ctx, async (tx) => {
    const user = await users.createInTx(tx, {
      username: OFFICER.username,
      fullName: 'Cán bộ TĐKT tỉnh (bench http)',
      unitId: root.id,
      password: OFFICER.password,
    });
    const role = await roles.findByCode('TDKT_OFFICER');
    await roles.addGrant(
      tx,
      { userId: user.id },
      { roleId: (role as { id: string }).id, unitId: root.id },
      'bench',
    );
  });

  process.on('message', (m: { counters?: boolean }) => {
    if (m.counters) process.send?.({ counters: { statements, cpuMicros: cpuMicros() } });
  });
  process.on('disconnect', () => {
    void app.close().finally(() => process.exit(0));
  });
  trace = process.env['BENCH_TRACE'] === '1';
  process.send?.({
    ready: true,
    port: (app.getHttpServer().address() as AddressInfo).port,
    ...OFFICER,
    units: CHILDREN + 1,
  });
}

main().catch((e: unknown) => {
  process.stderr.write(`bench:http app failed: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(2);
});
