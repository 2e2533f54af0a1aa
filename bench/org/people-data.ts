/**
 * 200,000 people with positions, generated inside PostgreSQL (generate_series), deterministic
 * (setseed). Names follow the real frequency of Vietnamese family names; every person has a current
 * position in an active unit (weighted by how many people such a unit employs); people of a commune
 * formed in 2025 also hold their former position in one of the merged communes (ended on the merge
 * date, as PeopleRestructuringParticipant records it); some have an earlier transfer; a few have left.
 */
import { performance } from 'node:perf_hooks';
import type { QueryRunner } from 'typeorm';
import type { OrgModel } from './org-data';

export const PEOPLE_TARGET = 200_000;
/** Codes of the people the import creates (NK0000001…); a reused database forgets them first. */
export const IMPORT_CODE_PREFIX = 'NK';

/** Repeats each value by its weight, so `arr[floor(random() * len)]` follows the weights. */
function weighted(pairs: [string, number][]): string[] {
  return pairs.flatMap(([v, w]) => Array<string>(w).fill(v));
}

export const FAMILY = weighted([
  ['Nguyễn', 38],
  ['Trần', 11],
  ['Lê', 9],
  ['Phạm', 7],
  ['Huỳnh', 5],
  ['Hoàng', 3],
  ['Phan', 4],
  ['Võ', 4],
  ['Vũ', 2],
  ['Đặng', 2],
  ['Bùi', 2],
  ['Đỗ', 1],
  ['Hồ', 1],
  ['Ngô', 1],
  ['Dương', 1],
  ['Lý', 1],
  ['Trương', 1],
  ['Đoàn', 1],
  ['Lâm', 1],
  ['Mai', 1],
  ['Thạch', 1],
  ['Kim', 1],
  ['Tô', 1],
  ['Châu', 1],
]);
export const MIDDLE_M = weighted([
  ['Văn', 40],
  ['Hữu', 8],
  ['Minh', 10],
  ['Quốc', 8],
  ['Thanh', 8],
  ['Công', 6],
  ['Đức', 8],
  ['Ngọc', 4],
  ['Hoàng', 4],
  ['Tấn', 4],
]);
export const MIDDLE_F = weighted([
  ['Thị', 45],
  ['Ngọc', 12],
  ['Thu', 8],
  ['Thanh', 8],
  ['Kim', 8],
  ['Mỹ', 6],
  ['Hồng', 6],
  ['Bích', 4],
  ['Diễm', 3],
]);
export const GIVEN_M = [
  'An',
  'Anh',
  'Bảo',
  'Bình',
  'Cường',
  'Danh',
  'Dũng',
  'Duy',
  'Đạt',
  'Định',
  'Đông',
  'Giang',
  'Hải',
  'Hào',
  'Hiếu',
  'Hòa',
  'Hùng',
  'Huy',
  'Khang',
  'Khoa',
  'Kiên',
  'Lâm',
  'Linh',
  'Lộc',
  'Long',
  'Luân',
  'Minh',
  'Nam',
  'Nghĩa',
  'Nhân',
  'Phát',
  'Phong',
  'Phúc',
  'Quân',
  'Quang',
  'Sang',
  'Sơn',
  'Tài',
  'Tâm',
  'Thái',
  'Thắng',
  'Thành',
  'Thịnh',
  'Toàn',
  'Trí',
  'Trung',
  'Tuấn',
  'Tùng',
  'Việt',
  'Vinh',
];
export const GIVEN_F = [
  'An',
  'Anh',
  'Bích',
  'Châu',
  'Chi',
  'Diễm',
  'Dung',
  'Duyên',
  'Giang',
  'Hà',
  'Hạnh',
  'Hằng',
  'Hiền',
  'Hoa',
  'Hồng',
  'Huệ',
  'Hương',
  'Lan',
  'Liên',
  'Linh',
  'Loan',
  'Mai',
  'My',
  'Nga',
  'Ngân',
  'Ngọc',
  'Nhung',
  'Nhi',
  'Oanh',
  'Phương',
  'Quyên',
  'Quỳnh',
  'Thảo',
  'Thanh',
  'Thơ',
  'Thu',
  'Thủy',
  'Thư',
  'Tiên',
  'Trang',
  'Trâm',
  'Trinh',
  'Tuyết',
  'Uyên',
  'Vân',
  'Vy',
  'Xuân',
  'Yến',
  'Ánh',
  'Ngân',
];
export const ETHNICITY = weighted([
  ['Kinh', 92],
  ['Khmer', 4],
  ['Hoa', 2],
  ['Chăm', 1],
  ['Tày', 1],
]);
export const RELIGION = weighted([
  ['Không', 70],
  ['Phật giáo', 14],
  ['Công giáo', 9],
  ['Cao Đài', 5],
  ['Phật giáo Hòa Hảo', 2],
]);
export const HOMETOWN = weighted([
  ['Bến Tre', 60],
  ['Vĩnh Long', 10],
  ['Tiền Giang', 8],
  ['Đồng Tháp', 5],
  ['Thành phố Hồ Chí Minh', 5],
  ['Cần Thơ', 4],
  ['Trà Vinh', 4],
  ['Long An', 2],
  ['Hà Nội', 1],
  ['Nghệ An', 1],
]);

/** How many people a unit of this kind employs, relatively. */
const STAFF_WEIGHT: Record<string, number> = {
  PROVINCE: 30,
  DEPARTMENT: 40,
  DIVISION: 15,
  PUBLIC_SERVICE: 60,
  ENTERPRISE: 80,
  COOPERATIVE: 15,
  COMMUNE: 25,
  HAMLET: 3,
  PARTY_PROVINCIAL: 30,
  PARTY_COMMITTEE: 15,
  PARTY_BASE: 5,
  PARTY_CELL: 1,
  FRONT: 5,
  MASS_ORG: 4,
};

export async function writePeople(
  qr: QueryRunner,
  model: OrgModel,
  successors: Map<string, string[]>,
  count = PEOPLE_TARGET,
): Promise<Record<string, number>> {
  const steps: Record<string, number> = {};
  let mark = performance.now();
  const step = (name: string) => {
    const now = performance.now();
    steps[name] = now - mark;
    mark = now;
  };
  const slots: { id: string; kind: string; from: string }[] = [];
  for (const u of model.units) {
    if (u.status !== 'ACTIVE') continue;
    const w = STAFF_WEIGHT[u.kind] ?? 0;
    for (let i = 0; i < w; i++) slots.push({ id: u.id, kind: u.kind, from: u.validFrom });
  }
  await qr.query(`SELECT setseed(0.42)`);
  await qr.query(
    `CREATE TEMP TABLE bench_slot (i int PRIMARY KEY, unit_id uuid, kind text, unit_from date) ON COMMIT DROP`,
  );
  await qr.query(
    `INSERT INTO bench_slot SELECT * FROM unnest($1::int[], $2::uuid[], $3::text[], $4::date[])`,
    [
      slots.map((_, i) => i + 1),
      slots.map((s) => s.id),
      slots.map((s) => s.kind),
      slots.map((s) => s.from),
    ],
  );
  const succ = [...successors.entries()];
  await qr.query(
    `CREATE TEMP TABLE bench_succ (unit_id uuid PRIMARY KEY, sources uuid[]) ON COMMIT DROP`,
  );
  await qr.query(
    `INSERT INTO bench_succ SELECT a, b::uuid[] FROM unnest($1::uuid[], $2::text[]) AS x(a, b)`,
    [succ.map(([id]) => id), succ.map(([, s]) => `{${s.join(',')}}`)],
  );
  step('slots');

  // one row per person: attributes, the slot of the current position, random draws for the rest
  await qr.query(
    `CREATE TEMP TABLE bench_person ON COMMIT DROP AS
     WITH d AS (
       SELECT n, random() AS r_sex, random() AS r_fam, random() AS r_mid, random() AS r_giv, random() AS r_dob,
              random() AS r_eth, random() AS r_rel, random() AS r_home, random() AS r_party, random() AS r_slot,
              random() AS r_start, random() AS r_lead, random() AS r_move, random() AS r_slot2, random() AS r_left
         FROM generate_series(1, $1::int) AS n
     ), s AS (
       SELECT d.*, CASE WHEN r_sex < 0.5 THEN 'MALE' ELSE 'FEMALE' END AS sex,
              date '1963-01-01' + floor(r_dob * 40 * 365)::int AS dob
         FROM d
     )
     SELECT n, gen_random_uuid() AS id, 'CB' || lpad(n::text, 7, '0') AS code, sex, dob,
            ($2::text[])[1 + floor(r_fam * array_length($2::text[], 1))::int] || ' ' ||
              CASE WHEN sex = 'MALE' THEN ($3::text[])[1 + floor(r_mid * array_length($3::text[], 1))::int]
                   ELSE ($4::text[])[1 + floor(r_mid * array_length($4::text[], 1))::int] END || ' ' ||
              CASE WHEN sex = 'MALE' THEN ($5::text[])[1 + floor(r_giv * array_length($5::text[], 1))::int]
                   ELSE ($6::text[])[1 + floor(r_giv * array_length($6::text[], 1))::int] END AS full_name,
            ($7::text[])[1 + floor(r_eth * array_length($7::text[], 1))::int] AS ethnicity,
            ($8::text[])[1 + floor(r_rel * array_length($8::text[], 1))::int] AS religion,
            ($9::text[])[1 + floor(r_home * array_length($9::text[], 1))::int] AS hometown,
            r_party < 0.4 AS party_member,
            CASE WHEN r_party < 0.4 THEN dob + (8000 + floor(r_party * 10000))::int END AS party_joined_on,
            1 + floor(r_slot * $10::int)::int AS slot, 1 + floor(r_slot2 * $10::int)::int AS slot2,
            r_start, r_lead, r_move, r_left
       FROM s`,
    [
      count,
      FAMILY,
      MIDDLE_M,
      MIDDLE_F,
      GIVEN_M,
      GIVEN_F,
      ETHNICITY,
      RELIGION,
      HOMETOWN,
      slots.length,
    ],
  );
  step('draw');
  const restore = await dropForBulkLoad(qr, ['people', 'positions']);
  step('drop indexes');
  await qr.query(
    `INSERT INTO people (id, version, code, full_name, sex, date_of_birth, ethnicity, religion, hometown, party_member, party_joined_on)
     SELECT id, 1, code, full_name, sex, dob, ethnicity, religion, hometown, party_member,
            CASE WHEN party_joined_on > date '2025-06-30' THEN NULL ELSE party_joined_on END
       FROM bench_person`,
  );
  step('people');
  // current position; in a unit formed on the 2025 merge the person came from one of the merged units
  await qr.query(
    `CREATE TEMP TABLE bench_pos ON COMMIT DROP AS
     SELECT p.id AS person_id, s.unit_id, s.kind, p.r_lead < 0.08 AS is_leader, p.r_move, p.r_left, p.slot2,
            bs.sources[1 + (p.n % 3)] AS came_from,
            GREATEST(p.dob + 8030, date '1990-01-01') AS career_start,
            CASE WHEN bs.unit_id IS NOT NULL THEN s.unit_from
                 ELSE LEAST(GREATEST(s.unit_from, p.dob + 8030 + floor(p.r_start * 5000)::int), date '2025-06-30') END AS started_on
       FROM bench_person p JOIN bench_slot s ON s.i = p.slot LEFT JOIN bench_succ bs ON bs.unit_id = s.unit_id`,
  );
  const title = (kind: string, leader: string) => `CASE ${leader} WHEN true THEN
      CASE ${kind} WHEN 'DEPARTMENT' THEN 'Phó Giám đốc' WHEN 'DIVISION' THEN 'Trưởng phòng' WHEN 'PUBLIC_SERVICE' THEN 'Giám đốc'
        WHEN 'ENTERPRISE' THEN 'Tổng Giám đốc' WHEN 'COOPERATIVE' THEN 'Giám đốc hợp tác xã' WHEN 'COMMUNE' THEN 'Phó Chủ tịch'
        WHEN 'HAMLET' THEN 'Trưởng ấp' WHEN 'PARTY_CELL' THEN 'Bí thư chi bộ' WHEN 'PARTY_BASE' THEN 'Phó Bí thư'
        WHEN 'MASS_ORG' THEN 'Chủ tịch' WHEN 'FRONT' THEN 'Chủ tịch' ELSE 'Phó Chánh Văn phòng' END
    ELSE
      CASE ${kind} WHEN 'PUBLIC_SERVICE' THEN 'Viên chức' WHEN 'ENTERPRISE' THEN 'Công nhân' WHEN 'COOPERATIVE' THEN 'Xã viên'
        WHEN 'HAMLET' THEN 'Công an viên' ELSE 'Chuyên viên' END
    END`;
  const category = (
    kind: string,
  ) => `CASE ${kind} WHEN 'PUBLIC_SERVICE' THEN 'PUBLIC_EMPLOYEE' WHEN 'ENTERPRISE' THEN 'WORKER'
      WHEN 'COOPERATIVE' THEN 'WORKER' WHEN 'HAMLET' THEN 'OTHER' ELSE 'CIVIL_SERVANT' END`;
  await qr.query(
    `INSERT INTO positions (person_id, unit_id, title, started_on, ended_on, is_leader, staff_category)
     SELECT person_id, unit_id, ${title('kind', 'is_leader')}, started_on,
            CASE WHEN r_left < 0.03 THEN date '2024-12-31' END, is_leader, ${category('kind')}
       FROM bench_pos WHERE NOT (r_left < 0.03 AND started_on >= date '2024-12-31')`,
  );
  // former position in the merged unit, ended on the merge date
  await qr.query(
    `INSERT INTO positions (person_id, unit_id, title, started_on, ended_on, is_leader, staff_category)
     SELECT b.person_id, b.came_from, ${title('k.code', 'b.is_leader')}, LEAST(GREATEST(b.career_start, u.valid_from), b.started_on - 1),
            b.started_on, b.is_leader, ${category('k.code')}
       FROM bench_pos b JOIN units u ON u.id = b.came_from JOIN unit_kinds k ON k.id = u.kind_id
      WHERE b.came_from IS NOT NULL`,
  );
  // an earlier transfer: drawn for one person in eight, kept when its dates fit (about one in fourteen)
  await qr.query(
    `INSERT INTO positions (person_id, unit_id, title, started_on, ended_on, is_leader, staff_category)
     SELECT b.person_id, s.unit_id, ${title('s.kind', 'false')}, GREATEST(s.unit_from, b.started_on - 1500), b.started_on, false, ${category('s.kind')}
       FROM bench_pos b JOIN bench_slot s ON s.i = b.slot2
      WHERE b.r_move < 0.125 AND b.came_from IS NULL AND s.unit_id <> b.unit_id AND GREATEST(s.unit_from, b.started_on - 1500) < b.started_on`,
  );
  step('positions');
  await restore();
  step('rebuild indexes');
  return steps;
}

/**
 * The usual bulk-load practice (PostgreSQL manual, "Populating a Database"): drop the secondary indexes
 * and foreign keys of the tables about to be filled, and put back exactly what was there afterwards
 * (definitions read from the catalog, so the schema stays the migrations').
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
