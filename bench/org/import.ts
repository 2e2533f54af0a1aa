/**
 * The people import as a user runs it: an .xlsx with the template's headers (built here with exceljs),
 * POST /api/imports/people (upload + preview of every row), GraphQL commitImport, then job(id) polled
 * until SUCCEEDED. Timed from the start of the upload to the job's completion.
 */
import { performance } from 'node:perf_hooks';
import { Workbook } from 'exceljs';
import type { DataSource } from 'typeorm';
import { rng } from './org-data';
import {
  ETHNICITY,
  FAMILY,
  IMPORT_CODE_PREFIX,
  GIVEN_F,
  GIVEN_M,
  HOMETOWN,
  MIDDLE_F,
  MIDDLE_M,
  RELIGION,
} from './people-data';

interface GqlLike {
  cookie: string | null;
  run<T = unknown>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

export interface ImportRun {
  baseUrl: string;
  gql: GqlLike;
  db: DataSource;
  provinceId: string;
  rows: number;
  log: (line: string) => void;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const vnDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const isoDay = (base: string, days: number) =>
  new Date(Date.parse(base) + days * 86_400_000).toISOString().slice(0, 10);

interface BatchCounts {
  status: string;
  rowCount: number;
  errorCount: number;
  createCount: number;
  updateCount: number;
  unchangedCount: number;
}

/** Job and batch as GraphQL returns them. */
interface JobState {
  id: string;
  status: 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED';
  progress: number;
  total: number;
  message: string | null;
  error: string | null;
}

export async function runImport(r: ImportRun): Promise<{ seconds: number; parts: string }> {
  const { PERSON_COLUMNS, SEX_LABELS, STAFF_CATEGORY_LABELS } =
    await import('../../apps/api/src/modules/people/person.columns');
  await r.db.query(`DELETE FROM people WHERE code LIKE '${IMPORT_CODE_PREFIX}%'`);

  // units people are hired into: active government units of the province that employ staff
  const units: { code: string; kind: string }[] = await r.db.query(
    `SELECT u.code::text AS code, k.code::text AS kind FROM units u JOIN unit_kinds k ON k.id = u.kind_id
      WHERE u.status = 'ACTIVE' AND u.path <@ (SELECT path FROM units WHERE id = $1)
        AND k.code IN ('DEPARTMENT', 'DIVISION', 'PUBLIC_SERVICE', 'COMMUNE', 'ENTERPRISE', 'COOPERATIVE')
      ORDER BY u.code`,
    [r.provinceId],
  );
  const label = (labels: Record<string, string>, code: string) =>
    Object.entries(labels).find(([, c]) => c === code)?.[0] ?? code;
  const rand = rng(2_000);
  const pick = <T>(a: readonly T[]) => a[Math.floor(rand() * a.length)] as T;

  const built = performance.now();
  const wb = new Workbook();
  const ws = wb.addWorksheet('Nhân sự');
  ws.addRow(PERSON_COLUMNS.map((c) => c.header));
  for (let i = 1; i <= r.rows; i++) {
    const male = rand() < 0.5;
    const dob = isoDay('1965-01-01', Math.floor(rand() * 38 * 365));
    const party = rand() < 0.35;
    const unit = pick(units);
    const category =
      unit.kind === 'PUBLIC_SERVICE'
        ? 'PUBLIC_EMPLOYEE'
        : unit.kind === 'ENTERPRISE' || unit.kind === 'COOPERATIVE'
          ? 'WORKER'
          : 'CIVIL_SERVANT';
    const leader = rand() < 0.08;
    const values: Record<string, string> = {
      code: `${IMPORT_CODE_PREFIX}${String(i).padStart(7, '0')}`,
      fullName: `${pick(FAMILY)} ${male ? pick(MIDDLE_M) : pick(MIDDLE_F)} ${male ? pick(GIVEN_M) : pick(GIVEN_F)}`,
      sex: label(SEX_LABELS, male ? 'MALE' : 'FEMALE'),
      dateOfBirth: vnDate(dob),
      ethnicity: pick(ETHNICITY),
      religion: pick(RELIGION),
      hometown: pick(HOMETOWN),
      partyMember: party ? 'Có' : 'Không',
      partyJoinedOn: party
        ? vnDate(
            [isoDay(dob, 8_000 + Math.floor(rand() * 3_000)), '2025-06-30'].sort()[0] as string,
          )
        : '',
      unitCode: unit.code,
      title: leader
        ? 'Trưởng phòng'
        : category === 'PUBLIC_EMPLOYEE'
          ? 'Viên chức'
          : category === 'WORKER'
            ? 'Công nhân'
            : 'Chuyên viên',
      startedOn: vnDate(isoDay('2025-07-01', Math.floor(rand() * 120))),
      isLeader: leader ? 'Có' : 'Không',
      staffCategory: label(STAFF_CATEGORY_LABELS, category),
      note: '',
    };
    ws.addRow(PERSON_COLUMNS.map((c) => values[c.key] ?? ''));
  }
  const file = Buffer.from(await wb.xlsx.writeBuffer());
  const buildMs = performance.now() - built;
  r.log(
    `  file: ${r.rows} rows, ${(file.length / 2 ** 20).toFixed(1)} MB, built in ${(buildMs / 1000).toFixed(1)} s (not counted)`,
  );

  const t0 = performance.now();
  const form = new FormData();
  form.append('file', new Blob([file], { type: XLSX }), `nhan-su-${r.rows}.xlsx`);
  const res = await fetch(`${r.baseUrl}/api/imports/people`, {
    method: 'POST',
    headers: r.gql.cookie ? { cookie: r.gql.cookie } : {},
    body: form,
  });
  const body = (await res.json()) as { batchId?: string };
  if (!res.ok || !body.batchId)
    throw new Error(`upload failed: HTTP ${res.status} ${JSON.stringify(body)}`);
  const t1 = performance.now();
  const { importBatch: preview } = await r.gql.run<{ importBatch: BatchCounts }>(
    `query($id: ID!) { importBatch(id: $id) { status rowCount errorCount createCount updateCount unchangedCount } }`,
    { id: body.batchId },
  );
  r.log(`  upload + preview: ${((t1 - t0) / 1000).toFixed(1)} s — ${JSON.stringify(preview)}`);
  if (preview.errorCount) {
    const { importBatch } = await r.gql.run<{
      importBatch: { rows: { edges: { node: { problems: string[] } }[] } };
    }>(
      `query($id: ID!) { importBatch(id: $id) { rows(first: 5, onlyProblems: true) { edges { node { problems } } } } }`,
      { id: body.batchId },
    );
    throw new Error(`the preview found problems: ${JSON.stringify(importBatch.rows.edges)}`);
  }

  const t2 = performance.now();
  const { commitImport } = await r.gql.run<{
    commitImport: { status: string; job: { id: string } | null };
  }>(`mutation($id: ID!) { commitImport(batchId: $id) { status job { id } } }`, {
    id: body.batchId,
  });
  const jobId = commitImport.job?.id;
  if (!jobId) throw new Error(`commitImport returned no job: ${JSON.stringify(commitImport)}`);
  let job: JobState;
  let lastShown = -1;
  for (;;) {
    ({ job } = await r.gql.run<{ job: JobState }>(
      `query($id: ID!) { job(id: $id) { id status progress total message error } }`,
      { id: jobId },
    ));
    if (job.status === 'SUCCEEDED' || job.status === 'FAILED') break;
    const pct = job.total ? Math.floor((job.progress / job.total) * 10) : 0;
    if (pct !== lastShown) {
      lastShown = pct;
      r.log(
        `  job ${job.status.toLowerCase()}: ${job.progress}/${job.total} after ${((performance.now() - t2) / 1000).toFixed(1)} s`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const t3 = performance.now();
  if (job.status !== 'SUCCEEDED') throw new Error(`import job failed: ${job.error ?? job.message}`);
  const [row] = (await r.db.query(
    `SELECT count(*)::int AS n, (SELECT count(*)::int FROM positions p JOIN people x ON x.id = p.person_id WHERE x.code LIKE '${IMPORT_CODE_PREFIX}%') AS positions
       FROM people WHERE code LIKE '${IMPORT_CODE_PREFIX}%'`,
  )) as { n: number; positions: number }[];
  r.log(
    `  commit job: ${((t3 - t2) / 1000).toFixed(1)} s — "${job.message ?? ''}"; ${row?.n} people and ${row?.positions} positions in the database`,
  );
  if (row?.n !== r.rows) throw new Error(`expected ${r.rows} imported people, found ${row?.n}`);
  return {
    seconds: (t3 - t0) / 1000,
    parts: `upload + preview ${((t1 - t0) / 1000).toFixed(1)} s, commit job ${((t3 - t2) / 1000).toFixed(1)} s`,
  };
}
