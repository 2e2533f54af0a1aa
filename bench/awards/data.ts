/**
 * bench/awards' volume, written with bulk SQL exactly as the application would have written it:
 *
 * - hồ sơ thành tích (module records, ADR 0018) of every person holding a post and of every active unit:
 *   yearly evaluations, the award history, sáng kiến / đề tài with their one use, holds;
 * - the two campaign plans whose award plans two campaign rounds carry out (issued by UBND tỉnh);
 * - 20,000 hồ sơ đề nghị khen thưởng with 50,000 nominees across the rounds (opened through
 *   AwardRoundService by run.ts), their events, and the sáng kiến the sent ones lock.
 *
 * Draws are reproducible: md5 of an id and a salt in SQL, bench/org's seeded PRNG in TypeScript.
 */
import { performance } from 'node:perf_hooks';
import type { QueryRunner } from 'typeorm';
import {
  AWARD_KINDS,
  documentSymbol,
  type DossierStatus,
  type IsoDate,
} from '@thidua/shared-domain';
import { addDays, provincePlanContent } from '../campaigns/plan-data';
import { rng, uuidFrom } from '../org/org-data';

/** Volume asked by issue 11 ("Tests and benchmark"). */
export const DOSSIER_TARGET = 20_000;
export const NOMINEE_TARGET = 50_000;
/** Nominees of the provincial round in the receiving unit's hands: what its batch check judges. */
export const ROUND_CHECK_TARGET = 5_000;

/** The provincial công trạng round (a reused database finds it by this title). */
export function provincialRoundTitle(year: number): string {
  return `Khen thưởng công trạng năm ${year} của Ủy ban nhân dân tỉnh`;
}

/** The two campaigns whose award plans the campaign rounds carry out. */
export const CAMPAIGNS = [
  {
    key: 'CDS',
    plan: (year: number) =>
      `Phát động phong trào thi đua "Chuyển đổi số, xây dựng chính quyền số" năm ${year}`,
    round: (year: number) =>
      `Khen thưởng phong trào thi đua "Chuyển đổi số, xây dựng chính quyền số" năm ${year}`,
    /** unit kinds that take part (proposing units) */
    kinds: ['DEPARTMENT', 'DIVISION', 'PUBLIC_SERVICE', 'ENTERPRISE', 'COMMUNE'],
  },
  {
    key: 'NTM',
    plan: (year: number) =>
      `Phát động phong trào thi đua "Bến Tre chung sức xây dựng nông thôn mới" năm ${year}`,
    round: (year: number) =>
      `Khen thưởng phong trào thi đua "Bến Tre chung sức xây dựng nông thôn mới" năm ${year}`,
    kinds: [
      'COMMUNE',
      'HAMLET',
      'HOUSEHOLD_GROUP',
      'COOPERATIVE',
      'MASS_ORG',
      'FRONT',
      'PARTY_BASE',
    ],
  },
] as const;

/** Units whose campaign dossiers also put forward households (hộ gia đình) of their area. */
const HOUSEHOLD_KINDS = ['HAMLET', 'HOUSEHOLD_GROUP'];

/** Unit kinds whose head decides the unit-level titles (LĐTT, CSTĐCS, TTLĐTT) of the units below. */
export const UNIT_ROUND_KINDS = ['DEPARTMENT', 'COMMUNE', 'PARTY_BASE', 'FRONT', 'PUBLIC_SERVICE'];

/**
 * A reproducible draw in [0, 1) from an SQL expression and a salt: a 64-bit hash (hashtextextended, no
 * seed to keep in step; a third of the cost of bench/campaigns' md5 draw, which matters at the ~20
 * million draws of the records).
 */
export function draw(expression: string, salt: string): string {
  return `((hashtextextended((${expression})::text || '${salt}', 0) & 2147483647)::float8 / 2147483648.0)`;
}

type Steps = Record<string, number>;

function stepper(): { steps: Steps; step: (name: string) => void } {
  const steps: Steps = {};
  let mark = performance.now();
  return {
    steps,
    step: (name) => {
      const now = performance.now();
      steps[name] = now - mark;
      mark = now;
    },
  };
}

/**
 * The usual bulk-load practice (PostgreSQL manual, "Populating a Database", as bench/org does for
 * people): drop the secondary indexes and foreign keys of the tables about to be filled and put back
 * exactly what was there afterwards (definitions read from the catalog, so the schema stays the
 * migrations'). The foreign keys are checked again, once, when they are put back.
 */
async function dropForBulkLoad(qr: QueryRunner, tables: string[]): Promise<() => Promise<void>> {
  const indexes: { name: string; def: string }[] = await qr.query(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
      WHERE t.relname = ANY($1) AND NOT i.indisprimary
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    [tables],
  );
  const fks: { tbl: string; name: string; def: string }[] = await qr.query(
    `SELECT c.conrelid::regclass::text AS tbl, c.conname AS name, pg_get_constraintdef(c.oid) AS def
       FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
      WHERE c.contype = 'f' AND t.relname = ANY($1)`,
    [tables],
  );
  for (const fk of fks) await qr.query(`ALTER TABLE ${fk.tbl} DROP CONSTRAINT "${fk.name}"`);
  for (const ix of indexes) await qr.query(`DROP INDEX ${ix.name}`);
  return async () => {
    for (const ix of indexes) await qr.query(ix.def);
    for (const fk of fks)
      await qr.query(`ALTER TABLE ${fk.tbl} ADD CONSTRAINT "${fk.name}" ${fk.def}`);
  };
}

// -------------------------------------------------------------------------------------------------
// hồ sơ thành tích

/** What the records step wrote, by table. */
export interface RecordCounts {
  staff: number;
  evaluations: number;
  awards: number;
  initiatives: number;
  holds: number;
}

/**
 * `bench_staff`: every person holding a post today in an active unit, at that unit (the latest post
 * started), with the sort key of their name computed once (the records' trigger would compute it for
 * each of their ~10 rows) and a "quality" draw that keeps a person's grades consistent over the years.
 * A session table: the dossiers step reads it too; `dropWorkTables` removes it.
 */
export async function stageStaff(qr: QueryRunner, today: IsoDate): Promise<number> {
  await qr.query(`DROP TABLE IF EXISTS bench_staff`);
  await qr.query(
    `CREATE TEMP TABLE bench_staff AS
     SELECT DISTINCT ON (p.person_id) p.person_id, p.unit_id, u.path AS unit_path, u.name AS unit_name,
            pe.full_name, pe.sex, thidua_name_sort_key(pe.full_name) AS name_key,
            ${draw('p.person_id', 'quality')} AS q
       FROM positions p JOIN units u ON u.id = p.unit_id AND u.status = 'ACTIVE'
       JOIN people pe ON pe.id = p.person_id
      WHERE p.ended_on IS NULL OR p.ended_on > $1::date
      ORDER BY p.person_id, p.started_on DESC`,
    [today],
  );
  await qr.query(`ALTER TABLE bench_staff ADD PRIMARY KEY (person_id)`);
  await qr.query(`CREATE INDEX ON bench_staff (unit_id)`);
  await qr.query(`ANALYZE bench_staff`);
  const [n] = (await qr.query(`SELECT count(*)::int AS n FROM bench_staff`)) as { n: number }[];
  return n?.n ?? 0;
}

export async function dropWorkTables(qr: QueryRunner): Promise<void> {
  for (const t of ['bench_staff', 'bench_grade', 'bench_unit', 'bench_dossier', 'bench_nominee'])
    await qr.query(`DROP TABLE IF EXISTS ${t}`);
}

const RECORD_TABLES = ['evaluations', 'award_records', 'initiatives', 'holds'];

/**
 * Evaluations of every staff member and every active unit for the five years up to `year`; the award
 * history of the three years before it (and this year's LĐTT and CSTĐCS already decided by the units
 * that held their session early); sáng kiến and đề tài (this year's unused, last year's half used for
 * a CSTĐCS); holds (kỷ luật, thanh tra, khiếu nại… some lifted). Shares from the seeds and the domain
 * reference: ~20 % HTXSNV, ~60 % HTTNV; LĐTT for ~90 % of those at least HTTNV. The strongest tenth
 * (a "quality" draw) are HTXSNV most years, CSTĐCS most of those years and hold most of the province-
 * scope sáng kiến: the people units put forward for provincial awards, so the provincial round's
 * verdicts are a mix, not a wall of refusals. Each person's rows sit at their current unit (who
 * moved keeps their history there: a simplification, the facts read by person). `sort_key` is what the tables' trigger computes, written
 * directly with the trigger off (it would call the name sort key ~1.5 million times).
 */
export async function writeRecords(
  qr: QueryRunner,
  year: number,
  today: IsoDate,
): Promise<{ counts: RecordCounts; steps: Steps }> {
  const { steps, step } = stepper();
  const staff = await stageStaff(qr, today);
  step('staff');
  await qr.query(
    `CREATE TEMP TABLE bench_grade AS
     SELECT s.person_id, y AS year,
            CASE WHEN s.q >= 0.8 THEN CASE WHEN g.r < 0.7 THEN 'HTXSNV' ELSE 'HTTNV' END
                 WHEN s.q >= 0.1 THEN CASE WHEN g.r < 0.08 THEN 'HTXSNV' WHEN g.r < 0.85 THEN 'HTTNV' ELSE 'HTNV' END
                 ELSE CASE WHEN g.r < 0.7 THEN 'HTNV' ELSE 'KHTNV' END END AS grade
       FROM bench_staff s CROSS JOIN generate_series($1::int, $2::int) AS y
      CROSS JOIN LATERAL (SELECT ${draw(`s.person_id::text || y`, 'grade')} AS r) g`,
    [year - 4, year],
  );
  await qr.query(
    `CREATE TEMP TABLE bench_unit AS
     SELECT u.id AS unit_id, u.path AS unit_path, u.name, k.code::text AS kind, thidua_fold(u.name) AS fold_key
       FROM units u JOIN unit_kinds k ON k.id = u.kind_id WHERE u.status = 'ACTIVE'`,
  );
  await qr.query(`ALTER TABLE bench_unit ADD PRIMARY KEY (unit_id)`);
  step('grades');

  const restore = await dropForBulkLoad(qr, RECORD_TABLES);
  for (const t of RECORD_TABLES) await qr.query(`ALTER TABLE ${t} DISABLE TRIGGER ${t}_sort_key`);
  step('drop indexes and foreign keys');

  const yearKey = (y: string) => `lpad((9999 - ${y})::text, 4, '0')`;
  // evaluations: people, then units
  await qr.query(
    `INSERT INTO evaluations (id, version, subject, person_id, unit_id, unit_path, subject_name, sort_key, year, grade, source)
     SELECT gen_random_uuid(), 1, 'INDIVIDUAL', s.person_id, s.unit_id, s.unit_path, s.full_name,
            ${yearKey('g.year')} || s.name_key, g.year, g.grade,
            'Quyết định công nhận kết quả đánh giá, xếp loại năm ' || g.year || ' của ' || s.unit_name
       FROM bench_grade g JOIN bench_staff s ON s.person_id = g.person_id`,
  );
  await qr.query(
    `INSERT INTO evaluations (id, version, subject, person_id, unit_id, unit_path, subject_name, sort_key, year, grade, source)
     SELECT gen_random_uuid(), 1, 'COLLECTIVE', NULL, u.unit_id, u.unit_path, u.name, ${yearKey('y')} || u.fold_key, y,
            CASE WHEN r < 0.3 THEN 'HTXSNV' WHEN r < 0.9 THEN 'HTTNV' WHEN r < 0.98 THEN 'HTNV' ELSE 'KHTNV' END,
            'Kết quả đánh giá, xếp loại tập thể năm ' || y
       FROM bench_unit u CROSS JOIN generate_series($1::int, $2::int) AS y
      CROSS JOIN LATERAL (SELECT ${draw(`u.unit_id::text || y`, 'unit-grade')} AS r) d`,
    [year - 4, year],
  );
  step('evaluations');

  // the award history: titles and commendations of the three years before, and this year's LĐTT of
  // the units whose session came early
  const decision = (salt: string, suffix: string) =>
    `(1 + floor(${draw(`s.person_id::text || g.year`, salt)} * 400))::int || '/QĐ-${suffix}'`;
  await qr.query(
    `INSERT INTO award_records (id, version, subject, person_id, unit_id, unit_path, subject_name, sort_key,
                                award_code, award_name, track, year, decision_number, decided_on, decided_by)
     SELECT gen_random_uuid(), 1, 'INDIVIDUAL', s.person_id, s.unit_id, s.unit_path, s.full_name,
            ${yearKey('g.year')} || s.name_key, a.code, a.name, a.track, g.year, a.decision,
            CASE WHEN g.year < $1::int THEN make_date(g.year + 1, 1, 8) + floor(${draw(`s.person_id::text || g.year`, 'day')} * 40)::int
                 ELSE $2::date - 10 - floor(${draw(`s.person_id::text || g.year`, 'day')} * 20)::int END,
            a.decided_by
       FROM (SELECT * FROM bench_grade WHERE year >= $1::int - 3) g JOIN bench_staff s ON s.person_id = g.person_id
      CROSS JOIN LATERAL (VALUES
        ('LAO_DONG_TIEN_TIEN', 'Lao động tiên tiến', 'CONG_TRANG',
         g.grade IN ('HTXSNV', 'HTTNV') AND ${draw(`s.person_id::text || g.year`, 'ldtt')} < CASE WHEN g.year < $1::int THEN 0.9 WHEN s.q >= 0.9 THEN 0.8 ELSE 0.45 END,
         ${decision('n1', 'TĐKT')}, 'Thủ trưởng ' || s.unit_name),
        ('CSTD_CO_SO', 'Chiến sĩ thi đua cơ sở', 'CONG_TRANG',
         g.grade = 'HTXSNV' AND ${draw(`s.person_id::text || g.year`, 'cstd')}
           < CASE WHEN s.q >= 0.9 THEN CASE WHEN g.year < $1::int THEN 0.85 ELSE 0.6 END WHEN g.year < $1::int THEN 0.3 ELSE 0 END,
         ${decision('n2', 'TĐKT')}, 'Thủ trưởng ' || s.unit_name),
        ('GIAY_KHEN', 'Giấy khen', 'CONG_TRANG',
         g.year < $1::int AND g.grade IN ('HTXSNV', 'HTTNV') AND ${draw(`s.person_id::text || g.year`, 'gk')} < 0.06,
         ${decision('n3', 'TĐKT')}, 'Thủ trưởng ' || s.unit_name),
        ('BANG_KHEN_TINH', 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', 'CONG_TRANG',
         g.year < $1::int AND g.grade = 'HTXSNV' AND ${draw(`s.person_id::text || g.year`, 'bk')} < 0.06,
         ${decision('n4', 'UBND')}, 'Chủ tịch Ủy ban nhân dân tỉnh'),
        ('GIAY_KHEN', 'Giấy khen', 'PHONG_TRAO',
         g.year < $1::int AND ${draw(`s.person_id::text || g.year`, 'pt')} < 0.03,
         ${decision('n5', 'TĐKT')}, 'Thủ trưởng ' || s.unit_name)
      ) AS a(code, name, track, given, decision, decided_by)
      WHERE a.given`,
    [year, today],
  );
  // units: TTLĐTT, TTLĐXS, Cờ thi đua (Sở and communes) by their own grade of the year
  await qr.query(
    `INSERT INTO award_records (id, version, subject, person_id, unit_id, unit_path, subject_name, sort_key,
                                award_code, award_name, track, year, decision_number, decided_on, decided_by)
     SELECT gen_random_uuid(), 1, 'COLLECTIVE', NULL, u.unit_id, u.unit_path, u.name, ${yearKey('e.year')} || u.fold_key,
            a.code, a.name, 'CONG_TRANG', e.year,
            (1 + floor(${draw(`u.unit_id::text || e.year`, 'n')} * 400))::int || '/QĐ-UBND',
            make_date(e.year + 1, 1, 20) + floor(${draw(`u.unit_id::text || e.year`, 'day')} * 40)::int, a.decided_by
       FROM evaluations e JOIN bench_unit u ON u.unit_id = e.unit_id
      CROSS JOIN LATERAL (VALUES
        ('TT_LAO_DONG_TIEN_TIEN', 'Tập thể lao động tiên tiến', e.grade IN ('HTXSNV', 'HTTNV') AND ${draw(`u.unit_id::text || e.year`, 'tt')} < 0.7, 'Thủ trưởng cơ quan cấp trên'),
        ('TT_LAO_DONG_XUAT_SAC', 'Tập thể lao động xuất sắc', e.grade = 'HTXSNV' AND ${draw(`u.unit_id::text || e.year`, 'xs')} < 0.35, 'Chủ tịch Ủy ban nhân dân tỉnh'),
        ('CO_THI_DUA_TINH', 'Cờ thi đua của Ủy ban nhân dân tỉnh', u.kind IN ('DEPARTMENT', 'COMMUNE') AND e.grade = 'HTXSNV' AND ${draw(`u.unit_id::text || e.year`, 'co')} < 0.15, 'Chủ tịch Ủy ban nhân dân tỉnh')
      ) AS a(code, name, given, decided_by)
      WHERE e.subject = 'COLLECTIVE' AND e.year BETWEEN $1::int - 3 AND $1::int - 1 AND a.given`,
    [year],
  );
  step('awards');

  // sáng kiến of this year (unused), of last year (half used for a CSTĐCS), đề tài (province scope)
  const recognised = `make_date($1::int, 3, 1) + floor(${draw('s.person_id', 'rec')} * GREATEST($2::date - 20 - make_date($1::int, 3, 1), 1))::int`;
  await qr.query(
    `INSERT INTO initiatives (id, version, subject, person_id, unit_id, unit_path, subject_name, sort_key, kind, title,
                              scope, recognised_on, recognised_by, certificate_number, used_for_award_name,
                              used_for_year, used_by_reference, locked_at)
     SELECT gen_random_uuid(), 1, 'INDIVIDUAL', s.person_id, s.unit_id, s.unit_path, s.full_name,
            ${yearKey('extract(year FROM i.recognised_on)::int')} || s.name_key, i.kind,
            i.title || ' tại ' || s.unit_name, i.scope, i.recognised_on, i.recognised_by,
            (1 + floor(${draw('s.person_id', 'gcn')} * 90))::int || '/GCN-SK', i.used_for, i.used_year, i.used_ref,
            CASE WHEN i.used_for IS NOT NULL THEN i.recognised_on + 60 END
       FROM bench_staff s
      CROSS JOIN LATERAL (VALUES
        (${draw('s.person_id', 'sk1')} < CASE WHEN s.q >= 0.9 THEN 0.4 ELSE 0.06 END, 'SANG_KIEN',
         'Giải pháp ' || (ARRAY['số hóa hồ sơ, tài liệu lưu trữ', 'rút ngắn thời gian giải quyết thủ tục hành chính',
                                'quản lý công việc trên phần mềm dùng chung', 'tiết kiệm chi phí vận hành',
                                'nâng cao chất lượng phục vụ người dân', 'theo dõi chỉ tiêu thi đua hằng tháng'])[1 + floor(${draw('s.person_id', 't1')} * 6)::int],
         CASE WHEN ${draw('s.person_id', 'sc')} < CASE WHEN s.q >= 0.9 THEN 0.5 ELSE 0.1 END THEN 'PROVINCE' ELSE 'UNIT' END,
         ${recognised}, 'Hội đồng sáng kiến ' || s.unit_name, NULL, NULL::int, NULL),
        (${draw('s.person_id', 'sk2')} < 0.06, 'SANG_KIEN',
         'Sáng kiến cải tiến ' || (ARRAY['quy trình tiếp nhận hồ sơ', 'cách tổ chức hội nghị trực tuyến',
                                         'báo cáo thống kê định kỳ', 'quản lý tài sản công'])[1 + floor(${draw('s.person_id', 't2')} * 4)::int],
         'UNIT', make_date($1::int - 1, 4, 1) + floor(${draw('s.person_id', 'rec2')} * 200)::int,
         'Hội đồng sáng kiến ' || s.unit_name,
         CASE WHEN ${draw('s.person_id', 'used')} < 0.5 THEN 'Chiến sĩ thi đua cơ sở' END,
         CASE WHEN ${draw('s.person_id', 'used')} < 0.5 THEN $1::int - 1 END,
         CASE WHEN ${draw('s.person_id', 'used')} < 0.5 THEN 'Quyết định số ' || (1 + floor(${draw('s.person_id', 'qd')} * 300))::int || '/QĐ-TĐKT năm ' || ($1::int - 1) END),
        (${draw('s.person_id', 'dt')} < 0.01, 'DE_TAI',
         'Đề tài nghiên cứu ứng dụng khoa học công nghệ trong quản lý nhà nước', 'PROVINCE',
         make_date($1::int - 1, 6, 1) + floor(${draw('s.person_id', 'rec3')} * 150)::int,
         'Sở Khoa học và Công nghệ', NULL, NULL::int, NULL)
      ) AS i(given, kind, title, scope, recognised_on, recognised_by, used_for, used_year, used_ref)
      WHERE i.given`,
    [year, today],
  );
  step('initiatives');

  // holds: ~0.6 % of people, ~0.3 % of units; a kỷ luật runs 12 months; a third lifted since
  await qr.query(
    `INSERT INTO holds (id, version, subject, person_id, unit_id, unit_path, subject_name, sort_key, kind,
                        starts_on, ends_on, source, lifted_on, lift_reason)
     SELECT gen_random_uuid(), 1, 'INDIVIDUAL', s.person_id, s.unit_id, s.unit_path, s.full_name,
            ${yearKey('extract(year FROM h.starts_on)::int')} || s.name_key, h.kind, h.starts_on,
            CASE WHEN h.kind = 'KY_LUAT' THEN h.starts_on + 365 END,
            'Thông báo số ' || (1 + floor(${draw('s.person_id', 'tb')} * 200))::int || '/TB-' ||
              CASE h.kind WHEN 'KY_LUAT' THEN 'HĐKL' WHEN 'THANH_TRA' THEN 'TTr' WHEN 'DIEU_TRA' THEN 'CSĐT' ELSE 'VP' END,
            CASE WHEN h.lifted AND h.starts_on + 120 < $2::date THEN h.starts_on + 120 END,
            CASE WHEN h.lifted AND h.starts_on + 120 < $2::date THEN 'Đã có kết luận: không vi phạm.' END
       FROM bench_staff s
      CROSS JOIN LATERAL (SELECT
             (ARRAY['KY_LUAT', 'KY_LUAT', 'KY_LUAT', 'KHIEU_NAI_TO_CAO', 'KHIEU_NAI_TO_CAO', 'THANH_TRA', 'DIEU_TRA', 'BAO_CHI'])[1 + floor(${draw('s.person_id', 'hk')} * 8)::int] AS kind,
             make_date($1::int - 1, 1, 1) + floor(${draw('s.person_id', 'hs')} * GREATEST($2::date - 30 - make_date($1::int - 1, 1, 1), 1))::int AS starts_on,
             ${draw('s.person_id', 'lift')} < 0.35 AS lifted) h
      WHERE ${draw('s.person_id', 'hold')} < 0.006`,
    [year, today],
  );
  await qr.query(
    `INSERT INTO holds (id, version, subject, person_id, unit_id, unit_path, subject_name, sort_key, kind,
                        starts_on, ends_on, source)
     SELECT gen_random_uuid(), 1, 'COLLECTIVE', NULL, u.unit_id, u.unit_path, u.name,
            ${yearKey('$1::int')} || u.fold_key, 'THANH_TRA',
            make_date($1::int, 2, 1) + floor(${draw('u.unit_id', 'uhs')} * 200)::int, NULL,
            'Kết luận thanh tra số ' || (1 + floor(${draw('u.unit_id', 'kl')} * 90))::int || '/KL-TTr'
       FROM bench_unit u WHERE ${draw('u.unit_id', 'uhold')} < 0.003`,
    [year],
  );
  step('holds');

  await restore();
  for (const t of RECORD_TABLES) await qr.query(`ALTER TABLE ${t} ENABLE TRIGGER ${t}_sort_key`);
  await qr.query(`DROP TABLE bench_grade`);
  step('indexes and foreign keys back');
  const [c] = (await qr.query(
    `SELECT (SELECT count(*) FROM evaluations)::int AS evaluations, (SELECT count(*) FROM award_records)::int AS awards,
            (SELECT count(*) FROM initiatives)::int AS initiatives, (SELECT count(*) FROM holds)::int AS holds`,
  )) as Omit<RecordCounts, 'staff'>[];
  return { counts: { staff, ...(c as Omit<RecordCounts, 'staff'>) }, steps };
}

// -------------------------------------------------------------------------------------------------
// the campaign plans

/**
 * The two campaign plans, issued by UBND tỉnh (written as bench/campaigns writes its answering plans:
 * the row with its number, the register and the issued number; not their .docx). Their content is
 * bench/campaigns' provincial plan: its award plan names the Cờ thi đua and the Bằng khen of the
 * Chủ tịch UBND tỉnh (one Bằng khen per unit), which the rounds copy when AwardRoundService opens them.
 */
export async function writeCampaignPlans(
  qr: QueryRunner,
  issuerUnitId: string,
  year: number,
  today: IsoDate,
): Promise<string[]> {
  const issuedOn = addDays(today, -120);
  const periodTo = `${year}-12-31` as IsoDate;
  const content = provincePlanContent(issuedOn, periodTo, addDays(issuedOn, 20));
  const [register] = (await qr.query(
    `INSERT INTO number_registers (issuer_unit_id, year, series, last_number)
     VALUES ($1, extract(year FROM $2::date)::int, 'KH', $3)
     ON CONFLICT (issuer_unit_id, year, series) DO UPDATE SET last_number = number_registers.last_number + $3
     RETURNING id, last_number`,
    [issuerUnitId, issuedOn, CAMPAIGNS.length],
  )) as { id: string; last_number: number }[];
  const { id: registerId, last_number: last } = register as { id: string; last_number: number };
  const ids: string[] = [];
  for (const [i, c] of CAMPAIGNS.entries()) {
    const number = last - CAMPAIGNS.length + 1 + i;
    const symbol = documentSymbol({
      tree: 'GOVERNMENT',
      number,
      kind: 'KE_HOACH',
      issuer: 'UBND',
    });
    const [plan] = (await qr.query(
      `INSERT INTO campaign_plans (version, issuer_unit_id, kind, scope, title, period_from, period_to, status,
                                   content, number, symbol, issued_on, issue_place, signer)
       VALUES (3, $1, 'THEMATIC', 'PROVINCE', $2, $3, $4, 'ISSUED', $5::jsonb, $6, $7, $3, 'Bến Tre', $8::jsonb)
       RETURNING id`,
      [
        issuerUnitId,
        c.plan(year),
        issuedOn,
        periodTo,
        JSON.stringify(content),
        number,
        symbol,
        JSON.stringify({
          on: content.signature.on,
          title: content.signature.title,
          name: content.signature.name,
        }),
      ],
    )) as { id: string }[];
    const planId = (plan as { id: string }).id;
    await qr.query(
      `INSERT INTO issued_numbers (register_id, number, symbol, entity_type, entity_id, issued_on)
       VALUES ($1, $2, $3, 'CampaignPlan', $4, $5)`,
      [registerId, number, symbol, planId, issuedOn],
    );
    ids.push(planId);
  }
  return ids;
}

// -------------------------------------------------------------------------------------------------
// the dossiers

export type RoundKey = 'PROVINCE' | 'UNIT' | 'CAMPAIGN';

/** A round as the dossier plan needs it (opened by run.ts through AwardRoundService). */
export interface PlannedRound {
  id: string;
  key: RoundKey;
  receivingUnitId: string;
  /** when it opened (dossiers are created after it) and its hạn nộp */
  opened: Date;
  deadline: IsoDate;
  /** a campaign round: the kinds of unit that take part */
  kinds?: readonly string[];
}

/** An active unit with what it can nominate: its own staff and its collectives (itself, its children). */
export interface UnitRow {
  id: string;
  name: string;
  kind: string;
  parent_id: string | null;
  staff: number;
  children: number;
}

export async function unitsForPlanning(qr: QueryRunner): Promise<UnitRow[]> {
  return qr.query(
    `SELECT u.id, u.name, k.code::text AS kind, u.parent_id,
            coalesce(s.n, 0)::int AS staff, coalesce(c.n, 0)::int AS children
       FROM units u JOIN unit_kinds k ON k.id = u.kind_id
       LEFT JOIN (SELECT unit_id, count(*) AS n FROM bench_staff GROUP BY unit_id) s ON s.unit_id = u.id
       LEFT JOIN (SELECT parent_id, count(*) AS n FROM units WHERE status = 'ACTIVE' GROUP BY parent_id) c ON c.parent_id = u.id
      WHERE u.status = 'ACTIVE'
      ORDER BY u.path`,
  );
}

interface PlannedDossier {
  id: string;
  roundId: string;
  key: RoundKey;
  unitId: string;
  receivingUnitId: string;
  status: DossierStatus;
  individuals: number;
  collectives: number;
  households: number;
  opened: Date;
  deadline: IsoDate;
}

/** Status shares per kind of round: the provincial one is 9 days from its deadline, the units' past theirs. */
const STATUS_SHARES: Record<RoundKey, [DossierStatus, number][]> = {
  PROVINCE: [
    ['DRAFT', 0.33],
    ['RETURNED', 0.17],
    ['SUBMITTED', 0.14],
    ['RECEIVED', 0.2],
    ['APPRAISED', 0.16],
  ],
  UNIT: [
    ['DRAFT', 0.05],
    ['RETURNED', 0.1],
    ['SUBMITTED', 0.15],
    ['RECEIVED', 0.3],
    ['APPRAISED', 0.4],
  ],
  CAMPAIGN: [
    ['DRAFT', 0.2],
    ['RETURNED', 0.05],
    ['SUBMITTED', 0.3],
    ['RECEIVED', 0.25],
    ['APPRAISED', 0.2],
  ],
};

/** What the receiving unit's batch check reads (AwardBatchService's RECEIVED_STATUSES, less the council's). */
const IN_HANDS: readonly DossierStatus[] = ['SUBMITTED', 'RECEIVED', 'APPRAISED'];

function pick<T>(rand: () => number, shares: [T, number][]): T {
  let r = rand();
  for (const [value, share] of shares) {
    if (r < share) return value;
    r -= share;
  }
  return (shares.at(-1) as [T, number])[0];
}

/**
 * Which unit sends which dossier with how many nominees, to the exact volume:
 *
 * - the provincial round: every active unit with people of its own (not a tổ dân phố) but its
 *   receiving unit (Sở Nội vụ), one to three nominees each (provincial awards: a unit puts forward
 *   its best); the dossiers in the receiver's hands hold exactly ROUND_CHECK_TARGET nominees (what
 *   the batch check judges);
 * - each unit round (a Sở, a commune, a đảng bộ, a Mặt trận, a đơn vị sự nghiệp with phòng): the
 *   receiving unit itself and each of its active children, nominees in proportion to the staff;
 * - the campaign rounds: the units of the campaign's kinds, in tree order, until DOSSIER_TARGET (each
 *   round in proportion to how many units it can take); one to three nominees each (the plan allows
 *   one Bằng khen per unit), an ấp or a tổ also households.
 *
 * A unit with fewer people than asked nominates collectives instead (itself, then its children).
 */
export function planDossiers(
  units: readonly UnitRow[],
  rounds: readonly PlannedRound[],
): PlannedDossier[] {
  const rand = rng(20261206);
  const ids = rng(11);
  const province = rounds.find((r) => r.key === 'PROVINCE') as PlannedRound;
  const byId = new Map(units.map((u) => [u.id, u]));
  const out: PlannedDossier[] = [];
  const add = (round: PlannedRound, unit: UnitRow, collectiveShare: number) => {
    const status = pick(rand, STATUS_SHARES[round.key]);
    const collectives = rand() < collectiveShare || !unit.staff ? 1 : 0;
    const households =
      round.key === 'CAMPAIGN' && HOUSEHOLD_KINDS.includes(unit.kind) && rand() < 0.6 ? 1 : 0;
    out.push({
      id: uuidFrom(ids),
      roundId: round.id,
      key: round.key,
      unitId: unit.id,
      receivingUnitId: round.receivingUnitId,
      status,
      individuals: 1 - collectives,
      collectives,
      households,
      opened: round.opened,
      deadline: round.deadline,
    });
  };
  // a tree's root (UBND tỉnh, Tỉnh ủy, Ủy ban MTTQ tỉnh) is not put forward as a collective: its
  // collective awards are the central level's, not the province's
  const room = (u: UnitRow) => u.staff + u.children + (u.parent_id ? 1 : 0);

  for (const u of units)
    if (u.id !== province.receivingUnitId && u.staff > 0) add(province, u, 0.25);
  for (const round of rounds.filter((r) => r.key === 'UNIT')) {
    const receiver = byId.get(round.receivingUnitId) as UnitRow;
    add(round, receiver, 0.3);
    for (const u of units) if (u.parent_id === receiver.id) add(round, u, 0.3);
  }
  const campaigns = rounds.filter((r) => r.key === 'CAMPAIGN');
  const left = DOSSIER_TARGET - out.length;
  const takers = campaigns.map((round) =>
    units.filter((u) => (round.kinds ?? []).includes(u.kind) && u.id !== round.receivingUnitId),
  );
  const capacity = takers.reduce((a, t) => a + t.length, 0);
  if (left < 0 || left > capacity)
    throw new Error(`${out.length} dossiers before the campaign rounds, room for ${capacity}`);
  let given = 0;
  for (const [i, round] of campaigns.entries()) {
    const list = takers[i] as UnitRow[];
    const quota =
      i === campaigns.length - 1 ? left - given : Math.round((left * list.length) / capacity);
    for (const u of list.slice(0, quota)) add(round, u, 0.3);
    given += quota;
  }

  const count = (d: PlannedDossier) => d.individuals + d.collectives + d.households;
  /** One more nominee: a person of the unit, else a collective, else (a campaign's ấp, tổ) a household. */
  const grow = (d: PlannedDossier) => {
    const u = byId.get(d.unitId) as UnitRow;
    if (count(d) >= 200) return false;
    if (d.individuals < u.staff) d.individuals += 1;
    else if (d.collectives < room(u) - u.staff) d.collectives += 1;
    else if (d.households && d.households < 3) d.households += 1;
    else return false;
    return true;
  };
  // the provincial round: the dossiers in the receiver's hands hold exactly ROUND_CHECK_TARGET
  const held = out.filter((d) => d.key === 'PROVINCE' && IN_HANDS.includes(d.status));
  let extra = ROUND_CHECK_TARGET - held.length;
  if (extra < 0) throw new Error(`${held.length} provincial dossiers in hand`);
  for (let pass = 0; extra > 0 && pass < 10; pass++)
    for (const d of held) if (extra > 0 && rand() < 0.5 && grow(d)) extra -= 1;
  if (extra > 0) throw new Error(`${extra} nominees of the provincial round left over`);
  for (const d of out)
    if (d.key === 'PROVINCE' && !IN_HANDS.includes(d.status) && rand() < 0.5) grow(d);
  for (const d of out) if (d.key === 'CAMPAIGN' && rand() < 0.4) grow(d);

  // the unit rounds take the rest, in proportion to the staff (at least one each)
  const unitRound = out.filter((d) => d.key === 'UNIT');
  let budget = NOMINEE_TARGET - out.reduce((a, d) => a + count(d), 0);
  const weight = (d: PlannedDossier) => (byId.get(d.unitId) as UnitRow).staff;
  const share = budget / unitRound.reduce((a, d) => a + weight(d), 0);
  for (const d of unitRound) {
    const want = Math.floor(weight(d) * share);
    let n = 0;
    while (n < want && grow(d)) n += 1;
    budget -= n;
  }
  for (let pass = 0; budget > 0 && pass < 50; pass++)
    for (const d of unitRound) if (budget > 0 && rand() < 0.5 && grow(d)) budget -= 1;
  if (budget !== 0) throw new Error(`nominee budget left: ${budget}`);
  return out;
}

/** The achievements as a nominee's row holds them (a paragraph, as an officer types it). */
function achievements(year: number): string {
  const individual = [
    'tham mưu ban hành đúng hạn 100% văn bản được giao',
    'chủ trì xây dựng quy trình nội bộ giải quyết hồ sơ trên môi trường điện tử',
    'hướng dẫn, kèm cặp đồng nghiệp mới tiếp nhận công việc',
    'hoàn thành vượt 15% khối lượng công việc được giao trong năm',
    'tích cực tham gia các phong trào thi đua, hoạt động đoàn thể của cơ quan',
    'không để xảy ra sai sót, khiếu nại trong lĩnh vực phụ trách',
  ];
  const collective = [
    'hoàn thành 100% chỉ tiêu, nhiệm vụ được giao, 03 chỉ tiêu vượt kế hoạch',
    'giải quyết đúng hạn 99% hồ sơ thủ tục hành chính',
    'thực hiện tốt quy chế dân chủ ở cơ sở; nội bộ đoàn kết, thống nhất',
    '100% cán bộ, công chức, viên chức hoàn thành nhiệm vụ, không có cá nhân vi phạm kỷ luật',
    'đẩy mạnh chuyển đổi số, 85% hồ sơ công việc được xử lý trên môi trường mạng',
  ];
  const arr = (xs: string[]) => `ARRAY[${xs.map((x) => `'${x}'`).join(', ')}]`;
  return `CASE WHEN n.subject = 'INDIVIDUAL'
    THEN 'Năm ${year}, đồng chí ' || n.name || ' hoàn thành xuất sắc nhiệm vụ được giao: ' ||
         (${arr(individual)})[1 + floor(${draw('n.id', 'a1')} * ${individual.length})::int] || '; ' ||
         (${arr(individual)})[1 + floor(${draw('n.id', 'a2')} * ${individual.length})::int] ||
         '. Gương mẫu chấp hành chủ trương, chính sách của Đảng, pháp luật của Nhà nước; có tinh thần đoàn kết, giúp đỡ đồng nghiệp.'
    WHEN n.subject = 'HOUSEHOLD'
    THEN 'Năm ${year}, ' || n.name || ' (' || n.household_address || ') hiến 150 m² đất và đóng góp 40 ngày công làm đường giao thông nông thôn; ' ||
         'phát triển mô hình kinh tế vườn cho thu nhập trên 300 triệu đồng/năm, giúp 03 hộ cận nghèo trong tổ có việc làm.'
    ELSE 'Năm ${year}, ' || n.name || ': ' ||
         (${arr(collective)})[1 + floor(${draw('n.id', 'a1')} * ${collective.length})::int] || '; ' ||
         (${arr(collective)})[1 + floor(${draw('n.id', 'a2')} * ${collective.length})::int] ||
         '. Tổ chức tốt các phong trào thi đua, ký kết giao ước thi đua và sơ kết, tổng kết đúng kế hoạch.' END`;
}

/**
 * The dossiers of the plan, as AwardDossierService and the routing would have left them: the row
 * with both paths, its status, the send and reception times and the late flag (a send after the
 * round's deadline); its nominees (people of the unit's own staff, the strongest records first: the
 * provincial round nearly by record, a unit round with more chance; collectives: the unit itself,
 * then its children) with the award by the round's level, the
 * achievements, the appraisal verdict of an appraised dossier; one event per move (CREATE, SUBMIT,
 * RECEIVE, RETURN with its reason, APPRAISE with the verdicts) with the version each left; and the
 * sáng kiến a CSTĐ nominee cites (their own, recognised by the day judged; one nomination each),
 * locked by the dossiers that were sent (records' lockInitiative: used_by_reference = the dossier's
 * reference). `eligibility` is left for run.ts to judge through AwardEligibilityService.
 */
export async function writeDossiers(
  qr: QueryRunner,
  plan: readonly PlannedDossier[],
  year: number,
  today: IsoDate,
): Promise<Steps> {
  const { steps, step } = stepper();
  await qr.query(`DROP TABLE IF EXISTS bench_dossier`);
  await qr.query(
    `CREATE TEMP TABLE bench_dossier AS
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::uuid[], $5::uuid[], $6::text[], $7::int[], $8::int[],
                          $9::int[], $10::timestamptz[], $11::date[])
       AS x(id, round_id, key, unit_id, receiving_unit_id, status, n_ind, n_coll, n_hh, opened, deadline)`,
    [
      plan.map((d) => d.id),
      plan.map((d) => d.roundId),
      plan.map((d) => d.key),
      plan.map((d) => d.unitId),
      plan.map((d) => d.receivingUnitId),
      plan.map((d) => d.status),
      plan.map((d) => d.individuals),
      plan.map((d) => d.collectives),
      plan.map((d) => d.households),
      plan.map((d) => d.opened.toISOString()),
      plan.map((d) => d.deadline),
    ],
  );
  await qr.query(`ALTER TABLE bench_dossier ADD PRIMARY KEY (id)`);
  await qr.query(`ANALYZE bench_dossier`);
  // times: created after the round opened; sent between then and now; received within 7 days of
  // the send; the Vietnamese day of the deadline ends at 17:00 UTC
  await qr.query(
    `CREATE TEMP TABLE bench_times AS
     SELECT d.id, c.created,
            CASE WHEN d.status <> 'DRAFT' THEN c.created + (0.1 + 0.85 * ${draw('d.id', 'sent')}) * (now() - c.created) END AS sent
       FROM bench_dossier d
      CROSS JOIN LATERAL (SELECT d.opened + 0.5 * ${draw('d.id', 'created')} * (now() - d.opened) AS created) c`,
  );
  await qr.query(
    `ALTER TABLE bench_times ADD COLUMN received timestamptz;
     UPDATE bench_times t SET received = t.sent + ${draw('t.id', 'received')} * LEAST(interval '7 days', now() - t.sent)
       FROM bench_dossier d
      WHERE d.id = t.id AND (d.status IN ('RECEIVED', 'APPRAISED') OR (d.status = 'RETURNED' AND ${draw('d.id', 'rr')} < 0.5));
     ALTER TABLE bench_times ADD PRIMARY KEY (id)`,
  );
  step('plan');

  await qr.query(
    `INSERT INTO award_dossiers (id, created_at, updated_at, version, round_id, unit_id, unit_path, receiving_unit_id,
                                 receiving_path, status, note, first_submitted_at, submitted_at, late, received_at)
     SELECT d.id, t.created, coalesce(t.received, t.sent, t.created),
            1 + d.n_ind + d.n_coll + d.n_hh + CASE d.status WHEN 'DRAFT' THEN 0 WHEN 'SUBMITTED' THEN 1 WHEN 'RECEIVED' THEN 2
                                                   WHEN 'APPRAISED' THEN 3 ELSE CASE WHEN t.received IS NULL THEN 2 ELSE 3 END END,
            d.round_id, d.unit_id, u.path, d.receiving_unit_id, r.path, d.status, NULL, t.sent, t.sent,
            coalesce(t.sent >= (d.deadline + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh', false), t.received
       FROM bench_dossier d JOIN bench_times t ON t.id = d.id
       JOIN units u ON u.id = d.unit_id JOIN units r ON r.id = d.receiving_unit_id`,
  );
  step('dossiers');

  await qr.query(`DROP TABLE IF EXISTS bench_nominee`);
  await qr.query(
    `CREATE TEMP TABLE bench_nominee AS
     WITH ind AS (
       SELECT d.id AS dossier_id, s.person_id, s.full_name AS name,
              row_number() OVER (PARTITION BY d.id ORDER BY s.q + CASE d.key WHEN 'PROVINCE' THEN 0.1 WHEN 'CAMPAIGN' THEN 0.3 ELSE 0.6 END
                                                             * ${draw(`s.person_id::text || d.id`, 'pick')} DESC) AS k
         FROM bench_dossier d JOIN bench_staff s ON s.unit_id = d.unit_id
        WHERE d.n_ind > 0
     ), coll AS (
       SELECT d.id AS dossier_id, u.id AS unit_id, u.name,
              row_number() OVER (PARTITION BY d.id ORDER BY (u.id = d.unit_id) DESC, ${draw(`u.id::text || d.id`, 'pick')}) AS k
         FROM bench_dossier d
         JOIN units u ON ((u.id = d.unit_id AND u.parent_id IS NOT NULL) OR u.parent_id = d.unit_id) AND u.status = 'ACTIVE'
        WHERE d.n_coll > 0
     )
     SELECT gen_random_uuid() AS id, i.dossier_id, i.k::int AS position, 'INDIVIDUAL' AS subject, i.person_id,
            NULL::uuid AS subject_unit_id, i.name, NULL AS household_address
       FROM ind i JOIN bench_dossier d ON d.id = i.dossier_id WHERE i.k <= d.n_ind
     UNION ALL
     SELECT gen_random_uuid(), c.dossier_id, (d.n_ind + c.k)::int, 'COLLECTIVE', NULL, c.unit_id, c.name, NULL
       FROM coll c JOIN bench_dossier d ON d.id = c.dossier_id WHERE c.k <= d.n_coll
     UNION ALL
     SELECT gen_random_uuid(), d.id, (d.n_ind + d.n_coll + h.k)::int, 'HOUSEHOLD', NULL, NULL,
            CASE WHEN h.r < 0.5 THEN 'Hộ ông ' ELSE 'Hộ bà ' END ||
              (ARRAY['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Võ', 'Phan', 'Đặng'])[1 + floor(h.r2 * 8)::int] ||
              CASE WHEN h.r < 0.5 THEN ' Văn ' ELSE ' Thị ' END ||
              (ARRAY['An', 'Bình', 'Cường', 'Dũng', 'Hoa', 'Lan', 'Mai', 'Nam', 'Sơn', 'Tâm'])[1 + floor(h.r3 * 10)::int],
            u.name
       FROM bench_dossier d JOIN units u ON u.id = d.unit_id
      CROSS JOIN LATERAL (SELECT k, ${draw(`d.id::text || k`, 'hh')} AS r, ${draw(`d.id::text || k`, 'hh2')} AS r2,
                                 ${draw(`d.id::text || k`, 'hh3')} AS r3 FROM generate_series(1, d.n_hh) AS k) h`,
  );
  const kinds = AWARD_KINDS.map((k) => [k.code, k.name]);
  // the award by the round's level and the nominee: provincial awards in the provincial round, the
  // unit-level titles in the unit rounds, the plan's two forms in the campaign rounds
  const award = `CASE d.key
      WHEN 'PROVINCE' THEN CASE WHEN n.subject = 'INDIVIDUAL'
        THEN CASE WHEN r.a < 0.2 THEN 'CSTD_TINH' ELSE 'BANG_KHEN_TINH' END
        ELSE CASE WHEN r.a < 0.6 THEN 'TT_LAO_DONG_XUAT_SAC' WHEN r.a < 0.85 THEN 'BANG_KHEN_TINH' ELSE 'CO_THI_DUA_TINH' END END
      WHEN 'UNIT' THEN CASE WHEN n.subject = 'INDIVIDUAL'
        THEN CASE WHEN r.a < 0.75 THEN 'LAO_DONG_TIEN_TIEN' WHEN r.a < 0.9 THEN 'CSTD_CO_SO' ELSE 'GIAY_KHEN' END
        ELSE CASE WHEN r.a < 0.7 THEN 'TT_LAO_DONG_TIEN_TIEN' ELSE 'GIAY_KHEN' END END
      ELSE CASE WHEN n.subject = 'COLLECTIVE' AND r.a < 0.5 THEN 'CO_THI_DUA_TINH' ELSE 'BANG_KHEN_TINH' END END`;
  await qr.query(
    `INSERT INTO award_nominations (id, created_at, updated_at, dossier_id, position, subject, person_id, subject_unit_id,
                                    household_address, name, award_code, award_name, achievements, eligibility,
                                    appraisal_verdict, appraisal_remark, origin_nomination_id, initiative_ids)
     SELECT n.id, t.created, coalesce(t.sent, t.created), n.dossier_id, n.position, n.subject, n.person_id, n.subject_unit_id,
            n.household_address, n.name, k.code, k.name, ${achievements(year)}, NULL,
            CASE WHEN d.status = 'APPRAISED' THEN CASE WHEN r.v < 0.93 THEN 'PASS' ELSE 'FAIL' END END,
            CASE WHEN d.status = 'APPRAISED' AND r.v >= 0.93 THEN 'Thành tích chưa tiêu biểu so với tiêu chuẩn của hình thức đề nghị.' END,
            NULL, '{}'
       FROM bench_nominee n JOIN bench_dossier d ON d.id = n.dossier_id JOIN bench_times t ON t.id = d.id
      CROSS JOIN LATERAL (SELECT ${draw('n.id', 'award')} AS a, ${draw('n.id', 'verdict')} AS v) r
       JOIN unnest($1::text[], $2::text[]) AS k(code, name) ON k.code = ${award}`,
    [kinds.map((k) => k[0]), kinds.map((k) => k[1])],
  );
  step('nominees');

  // sáng kiến cited by CSTĐ nominees (their own, recognised by the day judged, unused; one nomination
  // each, the provincial round first), locked by the dossiers that were sent
  await qr.query(
    `WITH cand AS (
       SELECT DISTINCT ON (i.id) i.id AS initiative_id, n.id AS nomination_id, n.dossier_id, n.award_name, d.status,
              t.sent
         FROM award_nominations n JOIN bench_dossier d ON d.id = n.dossier_id JOIN bench_times t ON t.id = d.id
         JOIN initiatives i ON i.person_id = n.person_id AND i.used_for_award_name IS NULL
          AND i.recognised_on <= LEAST(d.deadline, $1::date)
        WHERE n.award_code IN ('CSTD_CO_SO', 'CSTD_TINH')
        ORDER BY i.id, (d.key = 'PROVINCE') DESC, n.id
     ), one AS (
       SELECT DISTINCT ON (nomination_id) * FROM cand ORDER BY nomination_id, initiative_id
     ), cited AS (
       UPDATE award_nominations n SET initiative_ids = ARRAY[one.initiative_id] FROM one WHERE n.id = one.nomination_id
     )
     UPDATE initiatives i
        SET used_for_award_name = one.award_name, used_for_year = $2, locked_at = one.sent,
            used_by_reference = 'Hồ sơ đề nghị khen thưởng ' || one.dossier_id, updated_at = now(), version = i.version + 1
       FROM one WHERE i.id = one.initiative_id AND one.status <> 'DRAFT'`,
    [today, year],
  );
  step('initiatives cited');

  // the history: one event per move, with the version it left
  await qr.query(
    `INSERT INTO award_dossier_events (dossier_id, action, from_status, to_status, actor_id, actor_name, at, reason,
                                       remarks, appraisal, late, dossier_version)
     SELECT d.id, e.action, e.from_status, e.to_status, NULL, e.actor, e.at, e.reason, '[]'::jsonb, e.appraisal,
            e.late, e.version
       FROM bench_dossier d JOIN bench_times t ON t.id = d.id JOIN award_dossiers ad ON ad.id = d.id
      CROSS JOIN LATERAL (VALUES
        ('CREATE', NULL, 'DRAFT', 'Cán bộ thi đua – khen thưởng', t.created, NULL, NULL::jsonb, false, 1, true),
        ('SUBMIT', 'DRAFT', 'SUBMITTED', 'Cán bộ thi đua – khen thưởng', t.sent, NULL, NULL, ad.late,
         1 + d.n_ind + d.n_coll + d.n_hh + 1, t.sent IS NOT NULL),
        ('RECEIVE', 'SUBMITTED', 'RECEIVED', 'Cán bộ tiếp nhận hồ sơ', t.received, NULL, NULL, false,
         1 + d.n_ind + d.n_coll + d.n_hh + 2, t.received IS NOT NULL),
        ('RETURN', CASE WHEN t.received IS NULL THEN 'SUBMITTED' ELSE 'RECEIVED' END, 'RETURNED', 'Cán bộ tiếp nhận hồ sơ',
         coalesce(t.received, t.sent) + (now() - coalesce(t.received, t.sent)) / 3,
         'Đề nghị bổ sung biên bản họp Hội đồng thi đua - khen thưởng và số liệu minh chứng thành tích.', NULL, false,
         ad.version, d.status = 'RETURNED'),
        ('APPRAISE', 'RECEIVED', 'APPRAISED', 'Cán bộ thẩm định', t.received + (now() - t.received) / 2, NULL,
         (SELECT jsonb_agg(jsonb_build_object('nominationId', n.id, 'name', n.name, 'verdict', n.appraisal_verdict,
                                              'remark', n.appraisal_remark) ORDER BY n.position)
            FROM award_nominations n WHERE n.dossier_id = d.id),
         false, ad.version, d.status = 'APPRAISED')
      ) AS e(action, from_status, to_status, actor, at, reason, appraisal, late, version, happened)
      WHERE e.happened`,
  );
  await qr.query(`DROP TABLE bench_times`);
  step('events');
  return steps;
}

/**
 * Holds begun after the dossiers were judged (a complaint received, an inspection opened this week):
 * the receiving unit's batch check finds those nominees judged otherwise than their rows say — what
 * the check is for. ~1.5 % of the provincial round's people in the receiver's hands.
 */
export async function writeRecentHolds(
  qr: QueryRunner,
  roundId: string,
  today: IsoDate,
): Promise<number> {
  const rows: unknown[] = await qr.query(
    `INSERT INTO holds (id, version, subject, person_id, unit_id, unit_path, subject_name, kind, starts_on, source)
     SELECT gen_random_uuid(), 1, 'INDIVIDUAL', p.id, d.unit_id, d.unit_path, p.full_name, 'KHIEU_NAI_TO_CAO',
            $2::date - 2, 'Đơn tố cáo tiếp nhận ngày ' || to_char($2::date - 2, 'DD/MM/YYYY') || ' đang được xác minh'
       FROM award_nominations n JOIN award_dossiers d ON d.id = n.dossier_id JOIN people p ON p.id = n.person_id
      WHERE d.round_id = $1 AND d.status IN ('SUBMITTED', 'RECEIVED', 'APPRAISED')
        AND ${draw('n.id', 'late-hold')} < 0.015
     RETURNING id`,
    [roundId, today],
  );
  return rows.length;
}
