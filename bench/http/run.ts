/**
 * bench/http: requests per second and latency under concurrent load, side by side in one run, of a
 * bare Apollo Server (the floor on these packages) and the real thidua application in production mode
 * on a real PostgreSQL: anonymous `{ __typename }`, an authenticated `me`, and a list (`units(first: 20)`).
 * Prints req/s, median and p95 per target, SQL statements per request, the ratios against the targets
 * of issue 9, and exits 1 when one is missed.
 *
 *   npm run bench:http
 *   BENCH_SECONDS=5 BENCH_CONNECTIONS=8 npm run bench:http
 *
 * See bench/http/README.md.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { Agent } from 'node:http';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { recreateDatabase } from '../shared/database';
import { postJson, type PostedAnswer } from '../shared/http';

const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/thidua_bench_http';
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 3);
const WARMUP_SECONDS = Number(process.env['BENCH_WARMUP_SECONDS'] ?? 1);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 2);
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 8);
/** A bound on requests per target and round, whatever the time. */
const MAX_REQUESTS = Number(process.env['BENCH_MAX_REQUESTS'] ?? 50_000);

/** Issue 9's targets, as ratios of throughput measured in the same run. */
const ME_VS_ANONYMOUS = 0.5;
const ANONYMOUS_VS_BARE = 0.6;

function log(line = ''): void {
  process.stdout.write(`${line}\n`);
}

function fail(message: string): never {
  process.stderr.write(`bench:http: ${message}\n`);
  process.exit(2);
}

interface Ready {
  ready: true;
  port: number;
  username?: string;
  password?: string;
}

function start(
  script: string,
  env: Record<string, string>,
): Promise<{ child: ChildProcess; ready: Ready }> {
  const child = fork(join(__dirname, script), [], {
    env: { ...process.env, ...env },
    execArgv: [
      '-r',
      '@swc-node/register',
      ...(process.env['BENCH_CHILD_ARGS']?.split(' ').filter(Boolean) ?? []),
    ],
    // the app's request log lines go where a deployment's would (written, not read)
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (m) => resolve({ child, ready: m as Ready }));
    child.once('exit', (code) =>
      reject(new Error(`${script} exited with ${code} before it was ready`)),
    );
  });
}

/** What a child counted so far: SQL statements sent (the app only) and CPU time used, in µs. */
interface Counters {
  statements: number | null;
  cpuMicros: number;
}

function countersOf(child: ChildProcess): Promise<Counters> {
  return new Promise((resolve) => {
    const on = (m: { counters?: Counters }) => {
      if (m.counters === undefined) return;
      child.off('message', on);
      resolve(m.counters);
    };
    child.on('message', on);
    child.send({ counters: true });
  });
}

interface Target {
  name: string;
  port: number;
  body: string;
  cookie?: string;
  /** the server child: its SQL statements (the app's) and CPU time are counted */
  child: ChildProcess;
}

interface Result {
  requests: number;
  seconds: number;
  latencies: number[];
  statements: number | null;
  /** the server's CPU time (user + system) in the measured window, µs */
  cpuMicros: number;
}

const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });

function post(target: Target): Promise<PostedAnswer> {
  return postJson(agent, `http://127.0.0.1:${target.port}/graphql`, target.body, target.cookie);
}

async function checked(target: Target): Promise<string> {
  const res = await post(target);
  if (res.status !== 200 || res.body.includes('"errors"'))
    throw new Error(`${target.name}: HTTP ${res.status} ${res.body.slice(0, 300)}`);
  return res.body;
}

/** CONNECTIONS loops, one request in flight each, until the time or the request bound is reached. */
async function load(target: Target, seconds: number, record: boolean): Promise<Result> {
  const latencies: number[] = [];
  const before = record ? await countersOf(target.child) : null;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  let sent = 0;
  const loop = async () => {
    while (performance.now() < deadline && sent < MAX_REQUESTS) {
      sent++;
      const t = performance.now();
      await checked(target);
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, loop));
  const elapsed = (performance.now() - started) / 1000;
  const after = before ? await countersOf(target.child) : null;
  const stmts =
    before?.statements != null && after?.statements != null
      ? (after.statements - before.statements) / latencies.length
      : null;
  return {
    requests: latencies.length,
    seconds: elapsed,
    latencies,
    statements: stmts,
    cpuMicros: before && after ? after.cpuMicros - before.cpuMicros : NaN,
  };
}

function percentile(sorted: number[], p: number): number {
  return (
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ??
    NaN
  );
}

async function main(): Promise<void> {
  const url = process.env['DATABASE_URL'] || DEFAULT_URL;
  const started = performance.now();
  log(`bench:http — ${new Date().toISOString()}`);
  log(
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${Math.round(totalmem() / 2 ** 30)} GB RAM, Node ${process.version}`,
  );
  log(
    `load average at start: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (other work on the machine inflates every figure)`,
  );
  const version = await recreateDatabase(url, fail);
  log(
    `database: ${url.replace(/\/\/[^@]*@/, '//…@')} (PostgreSQL ${version}), dropped and recreated`,
  );

  // the children compile with the benches' one config, as the npm script does for this process, and
  // start in production mode, as the Dockerfile starts the app: graphql-js reads NODE_ENV when it is
  // loaded, and the bare server, which loads it first thing, ran in development mode until
  // 7 December 2026 (server-app.ts set it itself, before loading the app)
  const env = {
    SWC_NODE_PROJECT: join(__dirname, '..', 'tsconfig.json'),
    DATABASE_URL: url,
    NODE_ENV: 'production',
  };
  const bare = await start('server-bare.ts', env);
  const app = await start('server-app.ts', env);
  const children = [bare.child, app.child];
  process.on('exit', () => children.forEach((c) => c.connected && c.disconnect()));
  log(
    `bare Apollo on :${bare.ready.port}; thidua (production mode, from source) on :${app.ready.port}`,
  );

  const login = await post({
    name: 'login',
    port: app.ready.port,
    child: app.child,
    body: JSON.stringify({
      query: 'mutation($input: LoginInput!) { login(input: $input) { user { id } } }',
      variables: { input: { username: app.ready.username, password: app.ready.password } },
    }),
  });
  const cookie = login.cookies
    .map((c) => c.split(';')[0])
    .find((c) => c?.startsWith('thidua_session='));
  if (!cookie) fail(`login failed: HTTP ${login.status} ${login.body.slice(0, 300)}`);

  const q = (query: string) => JSON.stringify({ query });
  const targets: Target[] = [
    {
      name: 'bare Apollo { __typename }',
      port: bare.ready.port,
      body: q('{ __typename }'),
      child: bare.child,
    },
    {
      name: 'thidua anonymous { __typename }',
      port: app.ready.port,
      body: q('{ __typename }'),
      child: app.child,
    },
    {
      name: 'thidua me { user { id } permissions }',
      port: app.ready.port,
      body: q('{ me { user { id } permissions } }'),
      cookie,
      child: app.child,
    },
    {
      name: 'thidua units(first: 20)',
      port: app.ready.port,
      // what the SPA's unit list selects (the UnitNode fragment and the parent)
      body: q(`{ units(first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { node {
        id code name shortName tree depth parentId validFrom validTo status readOnly childCount
        kind { id code name } parent { id name } } } } }`),
      cookie,
      child: app.child,
    },
    // not a target of the issue: the floor of a request that reads the database once, as `me` does
    {
      name: 'bare Apollo + SELECT 1 { one }',
      port: bare.ready.port,
      body: q('{ one }'),
      child: bare.child,
    },
  ];
  for (const t of targets) await checked(t);
  // BENCH_ONLY=<regex>: load only the matching targets (to profile one; the ratios then need all four)
  const only = process.env['BENCH_ONLY'] ? new RegExp(process.env['BENCH_ONLY']) : null;
  const units = JSON.parse(await checked(targets[3] as Target)) as {
    data: { units: { edges: unknown[] } };
  };
  if (units.data.units.edges.length !== 20)
    fail(`units(first: 20) answered ${units.data.units.edges.length} rows`);

  log(
    `load: ${CONNECTIONS} connections (keep-alive, one request in flight each), ${ROUNDS} round(s) of ` +
      `${WARMUP_SECONDS} s warm-up + ${SECONDS} s per target, targets interleaved; client in this process`,
  );
  const merged = new Map<Target, Result[]>(targets.map((t) => [t, []]));
  for (let round = 1; round <= ROUNDS; round++) {
    for (const t of targets) {
      if (only && !only.test(t.name)) continue;
      await load(t, WARMUP_SECONDS, false);
      const r = await load(t, SECONDS, true);
      merged.get(t)?.push(r);
      log(`  round ${round}: ${t.name}: ${(r.requests / r.seconds).toFixed(0)} req/s`);
    }
  }

  const rows = targets.map((t) => {
    const rs = merged.get(t) as Result[];
    const requests = rs.reduce((a, r) => a + r.requests, 0);
    const seconds = rs.reduce((a, r) => a + r.seconds, 0);
    const sorted = rs.flatMap((r) => r.latencies).sort((a, b) => a - b);
    const stmts = rs.map((r) => r.statements).filter((s): s is number => s !== null);
    return {
      name: t.name,
      rps: requests / seconds,
      median: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      requests,
      statements: stmts.length ? stmts.reduce((a, s) => a + s, 0) / stmts.length : null,
      cpuPerRequest: rs.reduce((a, r) => a + r.cpuMicros, 0) / requests,
    };
  });
  log();
  const header = [
    'target',
    'req/s',
    'median ms',
    'p95 ms',
    'requests',
    'SQL/request',
    'server CPU µs/req',
  ];
  const body = rows.map((r) => [
    r.name,
    r.rps.toFixed(0),
    r.median.toFixed(2),
    r.p95.toFixed(2),
    String(r.requests),
    r.statements === null ? '–' : r.statements.toFixed(2),
    r.cpuPerRequest.toFixed(0),
  ]);
  const widths = header.map((h, i) =>
    Math.max(h.length, ...body.map((b) => (b[i] as string).length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i ? c.padStart(widths[i] as number) : c.padEnd(widths[i] as number)))
      .join('  ');
  log(line(header));
  log(widths.map((w) => '-'.repeat(w)).join('  '));
  body.forEach((b) => log(line(b)));

  const [bareRow, anonRow, meRow, unitsRow, bareSqlRow] = rows as [
    (typeof rows)[0],
    (typeof rows)[0],
    (typeof rows)[0],
    (typeof rows)[0],
    (typeof rows)[0],
  ];
  const ratios = [
    {
      what: 'authenticated me / anonymous (req/s)',
      value: meRow.rps / anonRow.rps,
      target: ME_VS_ANONYMOUS,
    },
    {
      what: 'anonymous / bare Apollo (req/s)',
      value: anonRow.rps / bareRow.rps,
      target: ANONYMOUS_VS_BARE,
    },
  ];
  log();
  for (const r of ratios)
    log(
      `${r.what}: ${r.value.toFixed(2)} (target >= ${r.target}) ${r.value >= r.target ? 'ok' : 'MISSED'}`,
    );
  log(
    `units(first: 20) / anonymous (req/s): ${(unitsRow.rps / anonRow.rps).toFixed(2)} (no target)`,
  );
  // On a loaded machine one statement's round trip (PostgreSQL's backend waiting for a core) is most
  // of an authenticated request: this says how much of the gap to anonymous any code could close.
  log(
    `bare Apollo + SELECT 1 / bare Apollo (req/s): ${(bareSqlRow.rps / bareRow.rps).toFixed(2)}; ` +
      `authenticated me / bare Apollo + SELECT 1: ${(meRow.rps / bareSqlRow.rps).toFixed(2)} (no target)`,
  );
  log();
  log(
    `total ${((performance.now() - started) / 1000).toFixed(0)} s; load average at the end: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  agent.destroy();
  for (const c of children) c.disconnect();
  if (only) {
    // a target left out reads NaN: nothing to judge
    log(
      `targets not judged: BENCH_ONLY measured ${rows.filter((r) => r.requests).length} of ${rows.length}`,
    );
    return;
  }
  const missed = ratios.filter((r) => r.value < r.target);
  if (missed.length) {
    log(`MISSED ${missed.length} target(s): ${missed.map((r) => r.what).join('; ')}`);
    process.exit(1);
  }
  log('all targets met');
}

main().catch((e: unknown) => {
  process.stderr.write(`bench:http failed: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(2);
});
