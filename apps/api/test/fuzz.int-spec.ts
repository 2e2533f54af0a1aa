import { randomUUID } from 'node:crypto';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { sheetBuffer } from '../src/core/excel/testing/xlsx-fixtures';
import type { UnitEntity } from '../src/modules/org/unit.entity';
import type { GqlClient } from './setup/gql-client';
import { PASSWORD, startTestApp, type TestApp } from './setup/test-app';

const INVALID_TEXT = 'Không được chứa ký tự điều khiển hoặc ký tự không hợp lệ.';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

describe('hostile text (issue 9, A9)', () => {
  let province: UnitEntity;
  let admin: GqlClient;

  beforeAll(async () => {
    province = await t.unit(`Tỉnh văn bản ${t.uid()}`);
    const user = await t.user({ unit: province, role: 'SYSTEM_ADMIN', scope: null });
    admin = await t.loggedIn(user.username);
  });

  it('a NUL in a unit name is BAD_USER_INPUT on that field, and nothing is written', async () => {
    const code = `NUL-${t.uid()}`;
    const res = await admin.request(
      `mutation($input: CreateUnitInput!) { createUnit(input: $input) { id } }`,
      {
        input: {
          code,
          name: 'Sở\u0000 Nội vụ',
          kindCode: 'DEPARTMENT',
          parentId: province.id,
          validFrom: '2024-01-01',
        },
      },
    );
    expect(res.status).toBe(200);
    expect(res.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: { name: [INVALID_TEXT] },
    });
    expect(await t.db.query(`SELECT 1 FROM units WHERE code = $1`, [code])).toHaveLength(0);
  });

  it('a NUL in a person name, even inside a nested position title, names each field', async () => {
    const res = await admin.request(
      `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
      {
        input: {
          fullName: 'Nguyễn\u0000Văn A',
          sex: 'MALE',
          position: {
            unitId: province.id,
            title: 'Chuyên\u0007viên',
            startedOn: '2024-01-01',
            staffCategory: 'CIVIL_SERVANT',
          },
        },
      },
    );
    expect(res.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: { fullName: [INVALID_TEXT], 'position.title': [INVALID_TEXT] },
    });
  });

  it('a NUL in a search argument is BAD_USER_INPUT, not an internal error', async () => {
    const res = await admin.request(
      `query($search: String) { people(search: $search) { totalCount } }`,
      {
        search: 'Nguyễn\u0000',
      },
    );
    expect(res.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: { search: [INVALID_TEXT] },
    });
    const units = await admin.request(
      `query($search: String) { units(search: $search) { totalCount } }`,
      {
        search: '\u0000',
      },
    );
    expect(units.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a lone surrogate in a user e-mail is BAD_USER_INPUT on the e-mail', async () => {
    const username = `surrogate.${t.uid()}`;
    const res = await admin.request(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      {
        input: {
          username,
          fullName: 'Người Thử',
          unitId: province.id,
          password: 'matkhau2025',
          email: 'a\uD800@example.vn',
        },
      },
    );
    expect(res.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: { email: [INVALID_TEXT] },
    });
    expect(await t.db.query(`SELECT 1 FROM users WHERE username = $1`, [username])).toHaveLength(0);
  });

  it('a NUL in a REST query string is a 400 naming the parameter', async () => {
    const res = await fetch(`${t.baseUrl}/api/exports/people.xlsx?search=Nguy%E1%BB%85n%00`, {
      headers: { cookie: admin.sessionCookie!, 'sec-fetch-site': 'same-origin' },
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { search: [INVALID_TEXT] },
    });
  });

  it('a NUL in an Excel cell ("_x0000_") is a problem of that row, not an internal error', async () => {
    const header = ['Mã đơn vị', 'Tên đơn vị', 'Tên viết tắt', 'Loại đơn vị', 'Mã đơn vị cấp trên'];
    const file = await sheetBuffer([
      header,
      [`X-${t.uid()}`, 'Sở_x0000_Nội vụ', 'SNV', 'DEPARTMENT', province.code],
    ]);
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(file)]), 'Danh sách.xlsx');
    const res = await fetch(`${t.baseUrl}/api/imports/units`, {
      method: 'POST',
      headers: { cookie: admin.sessionCookie!, 'sec-fetch-site': 'same-origin' },
      body: form,
    });
    expect(res.status).toBe(200);
    const { batchId } = (await res.json()) as { batchId: string };
    const { importBatch } = await admin.ok(
      `query($id: ID!) { importBatch(id: $id) { errorCount rows(first: 5) { edges { node { values problems } } } } }`,
      { id: batchId },
    );
    expect(importBatch.errorCount).toBe(1);
    expect(importBatch.rows.edges[0].node.values[1]).toBe('Sở\uFFFDNội vụ');
    expect(importBatch.rows.edges[0].node.problems).toEqual([
      'Dòng 2, cột "Tên đơn vị": không được chứa ký tự điều khiển hoặc ký tự không hợp lệ.',
    ]);
  });

  it('tab, newline and carriage return stay allowed in free text', async () => {
    const { createPerson } = await admin.ok<{ createPerson: { note: string } }>(
      `mutation($input: CreatePersonInput!) { createPerson(input: $input) { note } }`,
      { input: { fullName: `Trần Thị ${t.uid()}`, sex: 'FEMALE', note: 'dòng 1\r\n\tdòng 2' } },
    );
    expect(createPerson.note).toBe('dòng 1\r\n\tdòng 2');
  });
});

/*
 * Issue 9, A12: a bounded fuzz of every mutation of the live schema. Each request starts from one
 * valid-looking input (ids of real fixtures, unique codes) and breaks one thing: a leaf gets a wrong
 * type, a huge, empty or hostile value, or the whole input is replaced. Reproduce a failure with the
 * printed seed: FUZZ_SEED=<seed> npx jest --config apps/api/jest.int.config.cts apps/api/test/fuzz.int-spec.ts
 */
const SEED = Number(process.env['FUZZ_SEED'] ?? 20250701);
/**
 * ~2,500 requests (64 per mutation) reach every leaf of every input several times. Measured on the
 * shared 2-core box with other test runs going: 40-100 ms a request (PGlite and PostgreSQL alike).
 */
const TOTAL = Number(process.env['FUZZ_REQUESTS'] ?? 2500);
/**
 * A loaded machine must not turn the suite red or slow CI by minutes: past this budget no new request
 * starts (the run prints how many were sent). At a load average of ~18 (8 test runs on 2 cores) a
 * request took 45-105 ms: 2,330 of 2,679 fitted in 120 s. The suite runs twice in CI (PGlite, PostgreSQL).
 * The test's timeout is this plus two minutes for the fixtures and the audit check.
 */
const BUDGET_MS = Number(process.env['FUZZ_SECONDS'] ?? 90) * 1000;
/** Per mutation, as the narrowly scoped administrator (mostly NOT_FOUND; never an internal error). */
const SCOPED_PER_MUTATION = 4;
/** Queries with arguments get a smaller share (they write nothing: the check is no internal error, no audit row). */
const PER_QUERY = 8;
/** `logout` would end the fuzzing session; `changePassword` runs as a throwaway user instead. */
const SKIPPED = new Set(['logout']);
/**
 * Each of these hashes a password (argon2id, ~150-350 ms a request on a loaded 2-core box against
 * ~50 ms for the rest): a third of the share keeps them from taking half the run.
 */
const HASHING = new Set(['login', 'changePassword', 'createUser', 'resetUserPassword']);

/** The seed, the figures and any failure must show in CI's log. */
// eslint-disable-next-line no-console -- see above
const log = (text: string) => console.log(text);

/** mulberry32: a small seeded PRNG, so a failing run can be replayed exactly. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let r = Math.imul(a ^ (a >>> 15), 1 | a);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

const HUGE = 'x'.repeat(100_000);
const nested = (depth: number, leaf: unknown, wrap: (v: unknown) => unknown) => {
  let v = leaf;
  for (let i = 0; i < depth; i += 1) v = wrap(v);
  return v;
};
const HOSTILE_STRINGS: unknown[] = [
  '',
  '   ',
  HUGE,
  'a'.repeat(256),
  '\u0000',
  'Sở\u0000Nội vụ',
  '\uD800',
  'a\uDC00b',
  '\u202Egnp.exe',
  "'; DROP TABLE units; --",
  "' OR '1'='1",
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '1.2.3',
  'Top.*{1,}',
  'a.b.c',
  '%',
  '_',
  '\\',
  '${jndi:ldap://x}',
  'NaN',
  'Infinity',
  '-1',
  '9007199254740993',
  'Đ'.repeat(5000),
  '🏅'.repeat(2000),
  'ǅ\u0301\u0301\u0301',
];
const HOSTILE_IDS: unknown[] = [
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '',
  '1',
  '1.2',
  "'; --",
];
const HOSTILE_DATES: unknown[] = [
  '2025-02-30',
  '99999-01-01',
  '0000-01-01',
  '0001-01-01',
  '1900-01-01',
  '2999-12-31',
  '2025-13-01',
  '2025-1-1',
  '2025-01-01T00:00:00Z',
  'hôm nay',
  '',
];
const HOSTILE_DATETIMES: unknown[] = [
  '2025-02-30T00:00:00Z',
  '99999-01-01T00:00:00Z',
  'yesterday',
  '',
  '1970-01-01T00:00:00Z',
];
const HOSTILE_INTS: unknown[] = [
  0,
  -1,
  1.5,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53,
  -(2 ** 53),
  1e308,
  '1',
  'NaN',
];
const WRONG_TYPES: unknown[] = [
  null,
  true,
  123,
  -1,
  2 ** 53,
  'chuỗi',
  {},
  [],
  { a: 1 },
  [1, 'a'],
  nested(64, 'x', (v) => [v]),
  nested(64, 1, (v) => ({ a: v })),
];

interface Fixtures {
  units: string[];
  users: { id: string; username: string }[];
  systemRoles: string[];
  customRoles: string[];
  unitKinds: string[];
  persons: string[];
  positions: string[];
  clusters: string[];
  memberships: string[];
  apiClients: string[];
  assignments: string[];
  links: string[];
  legalDocuments: string[];
  campaignPlans: string[];
  /** hồ sơ thành tích (records module), by the word their mutations carry */
  records: Record<'evaluation' | 'awardrecord' | 'initiative' | 'hold', string[]>;
  /** a dossier with one nominee (awards), for the mutations on a dossier's or a nominee's documents */
  dossiers: string[];
  nominations: string[];
  awardRounds: string[];
  notices: string[];
  /** a council of the round's receiving unit, its members, planned sessions and a guest (councils) */
  councils: string[];
  councilMembers: string[];
  councilSessions: string[];
  councilGuests: string[];
  /** a session in progress (the third member absent with a written opinion), its agenda items and open ROOM rounds (council voting) */
  votingSessions: string[];
  votingItems: string[];
  votingRounds: string[];
  writtenMembers: string[];
  /** a draft quyết định of Sở A from an appraised dossier of its own round, and its recipient */
  decisions: string[];
  decisionRecipients: string[];
}

interface FuzzBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** One fuzz case, kept for the failure report. */
interface Case {
  op: 'mutation' | 'query';
  who: string;
  mutation: string;
  change: string;
  variables: Record<string, unknown>;
  requestId: string;
}

function preview(value: unknown): string {
  const text = JSON.stringify(value, (_k, v: unknown) =>
    typeof v === 'string' && v.length > 60
      ? `${v.slice(0, 20)}…(${v.length} chars)`
      : Array.isArray(v) && v.length > 5
        ? `[array of ${v.length}]`
        : v,
  );
  return text && text.length > 600 ? `${text.slice(0, 600)}…` : (text ?? 'undefined');
}

describe('fuzz of every mutation (issue 9, A12)', () => {
  let fx: Fixtures;
  let adminCookie: string;
  let scopedCookie: string;
  let pwCookie: string;
  let adminUserId: string;

  async function call(
    cookie: string,
    query: string,
    variables: Record<string, unknown>,
    requestId: string,
  ) {
    const res = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie,
        'x-request-id': requestId,
        'x-forwarded-for': '10.250.0.1',
      },
      body: JSON.stringify({ query, variables }),
    });
    const text = await res.text();
    let body: FuzzBody | null;
    try {
      body = JSON.parse(text) as FuzzBody;
    } catch {
      body = null;
    }
    return { status: res.status, body, text };
  }

  beforeAll(async () => {
    const uid = t.uid();
    const province = await t.unit(`Tỉnh thử nghiệm ${uid}`);
    const departments = [
      await t.unit(`Sở A ${uid}`, province),
      await t.unit(`Sở B ${uid}`, province),
    ];
    const communes = [
      await t.unit(`Xã A ${uid}`, province, 'COMMUNE'),
      await t.unit(`Xã B ${uid}`, province, 'COMMUNE'),
    ];
    const divisions: UnitEntity[] = [];
    for (let i = 0; i < 12; i += 1)
      divisions.push(await t.unit(`Phòng ${i} ${uid}`, departments[i % 2]));
    const adminUser = await t.user({ unit: province, role: 'SYSTEM_ADMIN', scope: null });
    adminUserId = adminUser.id;
    const admin = await t.loggedIn(adminUser.username);
    adminCookie = admin.sessionCookie!;
    const scoped = await t.user({ unit: communes[1]!, role: 'SYSTEM_ADMIN' });
    scopedCookie = (await t.loggedIn(scoped.username)).sessionCookie!;
    const pw = await t.user({ unit: communes[1]!, role: 'TDKT_OFFICER' });
    pwCookie = (await t.loggedIn(pw.username)).sessionCookie!;

    const units = [province, ...departments, ...communes, ...divisions].map((u) => u.id);
    const users = [];
    for (let i = 0; i < 3; i += 1)
      users.push(await t.user({ unit: divisions[i]!, role: 'TDKT_OFFICER' }));
    const roleRows: { id: string; is_system: boolean }[] = await t.db.query(
      `SELECT id, is_system FROM roles`,
    );
    const systemRoles = roleRows.filter((r) => r.is_system).map((r) => r.id);
    const customRoles: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const { createRole } = await admin.ok(
        `mutation($input: CreateRoleInput!) { createRole(input: $input) { id } }`,
        {
          input: {
            code: `FZ_${uid.toUpperCase()}_${i}`,
            name: `Vai trò thử ${uid} ${i}`,
            permissions: ['PERSON_READ'],
          },
        },
      );
      customRoles.push(createRole.id);
    }
    const { createUnitKind } = await admin.ok(
      `mutation($input: CreateUnitKindInput!) { createUnitKind(input: $input) { id } }`,
      {
        input: {
          code: `FZ_${uid.toUpperCase()}`,
          name: `Loại thử ${uid}`,
          tree: 'GOVERNMENT',
          canBeRoot: false,
          legalPersonDefault: false,
          allowedParentCodes: ['DEPARTMENT'],
        },
      },
    );
    const persons: string[] = [];
    const positions: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const { createPerson } = await admin.ok(
        `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id positions { id } } }`,
        {
          input: {
            fullName: `Người Thử Nghiệm ${uid} ${i}`,
            sex: 'FEMALE',
            position: {
              unitId: divisions[i]!.id,
              title: 'Chuyên viên',
              startedOn: '2021-01-01',
              staffCategory: 'CIVIL_SERVANT',
            },
          },
        },
      );
      persons.push(createPerson.id);
      positions.push(...createPerson.positions.map((p: { id: string }) => p.id));
    }
    const clusters: string[] = [];
    const memberships: string[] = [];
    for (let i = 0; i < 2; i += 1) {
      const { createCluster } = await admin.ok(
        `mutation($input: CreateClusterInput!) { createCluster(input: $input) { id } }`,
        {
          input: {
            code: `FZ-${uid}-${i}`,
            name: `Cụm thử ${uid} ${i}`,
            kind: 'CUM',
            organizerUnitId: province.id,
          },
        },
      );
      clusters.push(createCluster.id);
      const { addClusterMember } = await admin.ok(
        `mutation($input: AddClusterMemberInput!) { addClusterMember(input: $input) { id } }`,
        {
          input: { clusterId: createCluster.id, unitId: communes[i]!.id, joinedOn: '2024-01-01' },
        },
      );
      memberships.push(addClusterMember.id);
    }
    const apiClients: string[] = [];
    for (let i = 0; i < 2; i += 1) {
      const { createApiClient } = await admin.ok(
        `mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { client { id } } }`,
        {
          input: { name: `Ứng dụng thử ${uid} ${i}`, unitId: departments[i]!.id },
        },
      );
      apiClients.push(createApiClient.client.id);
    }
    const assignments: string[] = [];
    for (const user of users) {
      const { grantRole } = await admin.ok(
        `mutation($input: GrantRoleInput!) { grantRole(input: $input) { id } }`,
        {
          input: { userId: user.id, roleId: customRoles[0], unitId: departments[0]!.id },
        },
      );
      assignments.push(grantRole.id);
    }
    const links: string[] = [];
    const party = await t.unit(`Tỉnh ủy thử ${uid}`, null, 'PARTY_PROVINCIAL');
    const partyBases = [
      await t.unit(`Đảng bộ A ${uid}`, party, 'PARTY_BASE'),
      await t.unit(`Đảng bộ B ${uid}`, party, 'PARTY_BASE'),
    ];
    units.push(party.id, ...partyBases.map((u) => u.id));
    for (let i = 0; i < 2; i += 1) {
      const { linkUnits } = await admin.ok(
        `mutation($input: LinkUnitsInput!) { linkUnits(input: $input) { id } }`,
        {
          input: { unitId: departments[i]!.id, counterpartId: partyBases[i]!.id },
        },
      );
      links.push(linkUnits.id);
    }
    const legalDocuments: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const { createLegalDocument } = await admin.ok(
        `mutation($input: CreateLegalDocumentInput!) { createLegalDocument(input: $input) { id } }`,
        {
          input: {
            number: `${i}-${uid}/KH-UBND`,
            kind: 'KE_HOACH',
            issuingBody: `Ủy ban nhân dân tỉnh thử ${uid}`,
            issuerUnitId: i === 2 ? null : communes[i]!.id,
            issuedOn: '2025-01-15',
            title: `Kế hoạch thi đua thử ${uid} ${i}`,
          },
        },
      );
      legalDocuments.push(createLegalDocument.id);
    }
    const campaignPlans: string[] = [];
    for (let i = 0; i < 2; i += 1) {
      const { createCampaignPlan } = await admin.ok(
        `mutation($input: CreateCampaignPlanInput!) { createCampaignPlan(input: $input) { id } }`,
        {
          input: {
            issuerUnitId: communes[i]!.id,
            kind: 'PERIODIC',
            scope: 'AGENCY',
            title: `Kế hoạch thi đua thử ${uid} ${i}`,
            periodFrom: '2025-01-01',
            periodTo: '2025-12-31',
            legalDocumentIds: [legalDocuments[i]!],
            content: { purpose: { aims: ['Mục đích thử.'] }, sections: [] },
          },
        },
      );
      campaignPlans.push(createCampaignPlan.id);
    }
    // one record of each kind at a commune, for the records' update, delete, lock and lift mutations
    const records: Fixtures['records'] = {
      evaluation: [],
      awardrecord: [],
      initiative: [],
      hold: [],
    };
    for (const [key, mutation, input] of [
      ['evaluation', 'createEvaluation', { unitId: communes[0]!.id, year: 2024, grade: 'HTNV' }],
      [
        'awardrecord',
        'createAwardRecord',
        { unitId: communes[0]!.id, awardName: `Giấy khen thử ${uid}`, year: 2024 },
      ],
      [
        'initiative',
        'createInitiative',
        {
          unitId: communes[0]!.id,
          kind: 'SANG_KIEN',
          title: `Sáng kiến thử ${uid}`,
          scope: 'UNIT',
          recognisedOn: '2024-05-01',
        },
      ],
      [
        'hold',
        'createHold',
        {
          unitId: communes[0]!.id,
          kind: 'THANH_TRA',
          startsOn: '2025-01-01',
          source: 'Thanh tra tỉnh',
        },
      ],
    ] as const) {
      const inputType = `${mutation.charAt(0).toUpperCase()}${mutation.slice(1)}Input`;
      const created = await admin.ok<Record<string, { id: string }>>(
        `mutation($input: ${inputType}!) { ${mutation}(input: $input) { id } }`,
        { input },
      );
      records[key].push(created[mutation]!.id);
    }
    // an award round of Sở A, a dossier of its Phòng 0 proposing that phòng's person
    const { createAwardRound } = await admin.ok(
      `mutation($input: CreateAwardRoundInput!) { createAwardRound(input: $input) { id } }`,
      {
        input: {
          kind: 'ANNUAL',
          title: `Khen thưởng năm thử ${uid}`,
          year: 2025,
          receivingUnitId: departments[0]!.id,
          decidingAuthority: 'Giám đốc Sở',
        },
      },
    );
    const { createAwardDossier } = await admin.ok(
      `mutation($input: CreateAwardDossierInput!) { createAwardDossier(input: $input) { id version } }`,
      { input: { roundId: createAwardRound.id, unitId: divisions[0]!.id } },
    );
    const { addAwardNominee } = await admin.ok(
      `mutation($input: AddNomineeInput!) { addAwardNominee(input: $input) { id nominees { id } } }`,
      {
        input: {
          dossierId: createAwardDossier.id,
          version: createAwardDossier.version,
          subject: 'INDIVIDUAL',
          personId: persons[0],
          awardName: 'Giấy khen của Giám đốc Sở',
          achievements: 'Hoàn thành xuất sắc nhiệm vụ.',
        },
      },
    );
    // its list published for comments (a second dossier, so the first can still be sent)
    const { createAwardDossier: noticed } = await admin.ok(
      `mutation($input: CreateAwardDossierInput!) { createAwardDossier(input: $input) { id version } }`,
      { input: { roundId: createAwardRound.id, unitId: divisions[1]!.id } },
    );
    await admin.ok(`mutation($input: AddNomineeInput!) { addAwardNominee(input: $input) { id } }`, {
      input: {
        dossierId: noticed.id,
        version: noticed.version,
        subject: 'COLLECTIVE',
        unitId: divisions[1]!.id,
        awardName: 'Giấy khen của Giám đốc Sở',
        achievements: 'Hoàn thành xuất sắc nhiệm vụ.',
      },
    });
    const { publishAwardNotice } = await admin.ok(
      `mutation($input: PublishAwardNoticeInput!) { publishAwardNotice(input: $input) { id } }`,
      { input: { dossierId: noticed.id } },
    );
    // a council of Sở A (the round's receiving unit): three members, planned sessions with a guest
    const { createCouncil } = await admin.ok(
      `mutation($input: CreateCouncilInput!) { createCouncil(input: $input) { id } }`,
      { input: { unitId: departments[0]!.id } },
    );
    const councilMembers: string[] = [];
    for (const [i, role] of (['CHU_TICH', 'UY_VIEN_THU_KY', 'UY_VIEN'] as const).entries()) {
      const { addCouncilMember } = await admin.ok(
        `mutation($input: AddCouncilMemberInput!) { addCouncilMember(input: $input) { id } }`,
        {
          input: {
            councilId: createCouncil.id,
            personId: persons[i],
            role,
            title: 'Ủy viên Hội đồng',
            from: '2025-01-01',
          },
        },
      );
      councilMembers.push(addCouncilMember.id);
    }
    // several sessions, each with a guest: deleteCouncilSession may take some early in the run
    const councilSessions: { id: string; version: number }[] = [];
    const councilGuests: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      const { createCouncilSession } = await admin.ok(
        `mutation($input: CreateCouncilSessionInput!) { createCouncilSession(input: $input) { id version } }`,
        {
          input: {
            councilId: createCouncil.id,
            title: `Phiên họp thử ${uid} ${i}`,
            kind: 'AWARD',
            date: '2025-07-01',
            chairMemberId: councilMembers[0],
            secretaryMemberId: councilMembers[1],
            awardRoundId: createAwardRound.id,
          },
        },
      );
      const { addCouncilGuest } = await admin.ok(
        `mutation($input: AddCouncilGuestInput!) { addCouncilGuest(input: $input) { version guests { id } } }`,
        {
          input: {
            sessionId: createCouncilSession.id,
            version: createCouncilSession.version,
            name: 'Khách mời thử',
          },
        },
      );
      councilSessions.push({ id: createCouncilSession.id, version: addCouncilGuest.version });
      councilGuests.push(...addCouncilGuest.guests.map((g: { id: string }) => g.id));
    }
    // voting (ADR 0023): a session of the council in progress, two agenda items, several open rounds
    const { createCouncilSession: voting } = await admin.ok(
      `mutation($input: CreateCouncilSessionInput!) { createCouncilSession(input: $input) { id version } }`,
      {
        input: {
          councilId: createCouncil.id,
          title: `Phiên bỏ phiếu thử ${uid}`,
          kind: 'OTHER',
          date: '2025-07-01',
          chairMemberId: councilMembers[0],
          secretaryMemberId: councilMembers[1],
        },
      },
    );
    const { setCouncilAttendance: attended } = await admin.ok(
      `mutation($input: SetCouncilAttendanceInput!) { setCouncilAttendance(input: $input) { version } }`,
      {
        input: {
          sessionId: voting.id,
          version: voting.version,
          attendances: [
            { memberId: councilMembers[0], attendance: 'PRESENT' },
            { memberId: councilMembers[1], attendance: 'PRESENT' },
            {
              memberId: councilMembers[2],
              attendance: 'ABSENT_WRITTEN',
              writtenOpinion: 'Đồng ý.',
            },
          ],
        },
      },
    );
    const votingItems: string[] = [];
    for (const i of [1, 2]) {
      const rows: { id: string }[] = await t.db.query(
        `INSERT INTO council_agenda_items (session_id, position, subject, candidate_name, award_name,
           proposing_unit_id, proposing_unit_name, vote_required, threshold)
         VALUES ($1, $2, 'INDIVIDUAL', $3, 'Chiến sĩ thi đua cơ sở', $4, 'Sở A', true, 0.8) RETURNING id`,
        [voting.id, i, `Ứng viên thử ${uid} ${i}`, departments[0]!.id],
      );
      votingItems.push(rows[0]!.id);
    }
    await admin.ok(
      `mutation($input: CouncilSessionRefInput!) { startCouncilSession(input: $input) { id } }`,
      { input: { id: voting.id, version: attended.version } },
    );
    const votingRounds: string[] = [];
    for (let i = 0; i < 4; i += 1)
      votingRounds.push(
        (
          await admin.ok(
            `mutation($input: OpenCouncilVotingRoundInput!) { openCouncilVotingRound(input: $input) { id } }`,
            { input: { sessionId: voting.id, mode: 'ROOM', agendaItemIds: votingItems } },
          )
        ).openCouncilVotingRound.id,
      );
    // a draft quyết định of Sở A: a round of its own, Phòng 0's dossier sent, received, appraised
    const { createAwardRound: decisionRound } = await admin.ok(
      `mutation($input: CreateAwardRoundInput!) { createAwardRound(input: $input) { id } }`,
      {
        input: {
          kind: 'ANNUAL',
          title: `Khen thưởng năm thử quyết định ${uid}`,
          year: 2025,
          receivingUnitId: departments[0]!.id,
          decidingAuthority: 'Giám đốc Sở',
        },
      },
    );
    let decided = (
      await admin.ok(
        `mutation($input: CreateAwardDossierInput!) { createAwardDossier(input: $input) { id version } }`,
        { input: { roundId: decisionRound.id, unitId: divisions[0]!.id } },
      )
    ).createAwardDossier as { id: string; version: number };
    const { addAwardNominee: decidedNominee } = await admin.ok(
      `mutation($input: AddNomineeInput!) { addAwardNominee(input: $input) { version nominees { id } } }`,
      {
        input: {
          dossierId: decided.id,
          version: decided.version,
          subject: 'INDIVIDUAL',
          personId: persons[0],
          awardName: 'Giấy khen của Giám đốc Sở',
          achievements: 'Hoàn thành xuất sắc nhiệm vụ.',
        },
      },
    );
    decided = { id: decided.id, version: decidedNominee.version };
    const decidedNomination = decidedNominee.nominees[0].id as string;
    for (const [kind, nominationId] of [
      ['TO_TRINH', null],
      ['BIEN_BAN', null],
      ['BAO_CAO_THANH_TICH', decidedNomination],
    ] as const)
      decided.version = (
        await admin.ok(
          `mutation($input: WriteDossierDocumentInput!) { writeAwardDossierDocument(input: $input) { version } }`,
          {
            input: {
              dossierId: decided.id,
              version: decided.version,
              kind,
              nominationId,
              text: kind,
            },
          },
        )
      ).writeAwardDossierDocument.version;
    for (const step of ['submitAwardDossier', 'receiveAwardDossier'])
      decided.version = (
        await admin.ok(
          `mutation($input: AwardDossierRefInput!) { ${step}(input: $input) { version } }`,
          { input: decided },
        )
      )[step].version;
    await admin.ok(
      `mutation($input: AppraiseAwardDossierInput!) { appraiseAwardDossier(input: $input) { id } }`,
      { input: { ...decided, items: [{ nominationId: decidedNomination, verdict: 'PASS' }] } },
    );
    const { draftAwardDecision } = await admin.ok(
      `mutation($input: DraftAwardDecisionInput!) { draftAwardDecision(input: $input) { id recipients { id } } }`,
      { input: { roundId: decisionRound.id, issuerUnitId: departments[0]!.id } },
    );
    fx = {
      decisions: [draftAwardDecision.id],
      decisionRecipients: draftAwardDecision.recipients.map((r: { id: string }) => r.id),
      councils: [createCouncil.id],
      councilMembers,
      councilSessions: councilSessions.map((x) => x.id),
      councilGuests,
      votingSessions: [voting.id],
      votingItems,
      votingRounds,
      writtenMembers: [councilMembers[2]!],
      dossiers: [addAwardNominee.id, noticed.id],
      awardRounds: [createAwardRound.id],
      notices: [publishAwardNotice.id],
      nominations: addAwardNominee.nominees.map((n: { id: string }) => n.id),
      units,
      users,
      systemRoles,
      customRoles,
      unitKinds: [createUnitKind.id],
      persons,
      positions,
      clusters,
      memberships,
      apiClients,
      assignments,
      links,
      legalDocuments,
      campaignPlans,
      records,
    };
  });

  it(
    'every mutation (and every query with arguments), with wrong, huge, empty and hostile inputs: no internal error, no partial write, audit complete',
    async () => {
      const schema = t.app.get(GraphQLSchemaHost).schema;
      const mutations = Object.values(schema.getMutationType()!.getFields()).filter(
        (f) => !SKIPPED.has(f.name),
      );
      const queries = Object.values(schema.getQueryType()!.getFields()).filter(
        (f) => f.args.length > 0,
      );
      const rnd = prng(SEED);
      const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
      let counter = 0;
      let days = 0;
      // The run's own prefix keeps codes fresh on a reused database; the rest follows the seed.
      const run = t.uid().slice(0, 4);
      const unique = () =>
        `${run}${(counter += 1).toString(36)}${Math.floor(rnd() * 1e6).toString(36)}`.toUpperCase();
      const allIds = () =>
        pick(
          Object.values(fx)
            .flat()
            .map((v) => (typeof v === 'string' ? v : v.id)),
        );

      /** A valid-looking id for this field of this mutation: a fixture of the right kind. */
      function idFor(mutation: string, field: string): string {
        if (/unitid|parentid|counterpartid|sourceunitids/i.test(field)) return pick(fx.units);
        // council voting (ADR 0023): its rounds, the session in progress, its items, the absent member
        if (
          /votinground|votingcodes|votingtoken|councilballot|papertally|counciltie|secondround|writtenopinions/i.test(
            mutation,
          )
        ) {
          if (field === 'roundId') return pick(fx.votingRounds);
          if (field === 'sessionId') return pick(fx.votingSessions);
          if (field === 'agendaItemId' || field === 'agendaItemIds' || field === 'alsoRevote')
            return pick(fx.votingItems);
          if (field === 'memberId') return pick(fx.writtenMembers);
        }
        const byField: Record<string, string[]> = {
          userId: fx.users.map((u) => u.id),
          roleId: [...fx.systemRoles, ...fx.customRoles],
          personId: fx.persons,
          positionId: fx.positions,
          fromPositionId: fx.positions,
          clusterId: fx.clusters,
          clusterIds: fx.clusters,
          membershipId: fx.memberships,
          apiClientId: fx.apiClients,
          assignmentId: fx.assignments,
          linkId: fx.links,
          replacedById: fx.legalDocuments,
          legalDocumentIds: fx.legalDocuments,
          dossierId: fx.dossiers,
          nominationId: fx.nominations,
          roundId: fx.awardRounds,
          noticeId: fx.notices,
          decisionId: fx.decisions,
          recipientId: fx.decisionRecipients,
          removeRecipientIds: fx.decisionRecipients,
          nominationIds: fx.nominations,
          awardRoundId: fx.awardRounds,
          councilId: fx.councils,
          memberId: fx.councilMembers,
          proxyMemberId: fx.councilMembers,
          chairMemberId: fx.councilMembers,
          secretaryMemberId: fx.councilMembers,
          sessionId: fx.councilSessions,
          guestId: fx.councilGuests,
        };
        const list = byField[field];
        if (list) return pick(list);
        if (field === 'id') {
          // the close and the signature (council minutes): the session in progress, or a planned one
          if (/closecouncilsession|signcouncilsession/i.test(mutation))
            return pick([...fx.votingSessions, ...fx.councilSessions]);
          if (/councilsession/i.test(mutation)) return pick(fx.councilSessions);
          if (/councilmember/i.test(mutation)) return pick(fx.councilMembers);
          if (/council/i.test(mutation)) return pick(fx.councils);
          if (/awardround/i.test(mutation)) return pick(fx.awardRounds);
          if (/notice/i.test(mutation)) return pick(fx.notices);
          if (/awarddossier/i.test(mutation)) return pick(fx.dossiers);
          if (/awarddecision/i.test(mutation)) return pick(fx.decisions);
          const record = /evaluation|awardrecord|initiative|hold/i
            .exec(mutation)?.[0]
            .toLowerCase();
          if (record) return pick(fx.records[record as keyof Fixtures['records']]);
          if (/unitkind/i.test(mutation)) return pick(fx.unitKinds);
          if (/campaign/i.test(mutation)) return pick(fx.campaignPlans);
          if (/legal/i.test(mutation)) return pick(fx.legalDocuments);
          if (/unit/i.test(mutation)) return pick(fx.units);
          if (/apiclient/i.test(mutation)) return pick(fx.apiClients);
          if (/role/i.test(mutation)) return pick(fx.customRoles);
          if (/person|people/i.test(mutation)) return pick(fx.persons);
          if (/cluster/i.test(mutation)) return pick(fx.clusters);
          if (/user|password/i.test(mutation)) return pick(fx.users.map((u) => u.id));
        }
        return randomUUID();
      }

      function scalarBase(type: string, mutation: string, field: string): unknown {
        switch (type) {
          case 'ID':
            return idFor(mutation, field);
          case 'Int':
            return field === 'year' ? 2025 : field === 'sortOrder' ? 100 : 1;
          case 'Boolean':
            return false;
          case 'Date':
            if (field === 'partyJoinedOn') return null;
            // a document in force from its issue (2025-08-01, below) to the end of the decade
            if (field === 'effectiveFrom') return '2025-08-01';
            if (field === 'effectiveTo') return '2030-12-31';
            // Restructurings must each happen after the unit's last change: walk forward a day at a time.
            if (field === 'effectiveDate')
              return new Date(Date.UTC(2025, 6, 2) + (days += 1) * 86_400_000)
                .toISOString()
                .slice(0, 10);
            return /^(date|effectiveDate|startedOn|joinedOn|validFrom)$/.test(field)
              ? '2025-07-01'
              : /ed(On)?$|leftOn/.test(field)
                ? '2025-08-01'
                : '1980-05-17';
          case 'DateTime':
            return new Date().toISOString();
          case 'Float':
            // a council's shares of its membership (0–1); other Float fields keep the text base
            if (/Share$/.test(field)) return 0.8;
            // a decision's reward multiplier (× lương cơ sở)
            if (field === 'multiplier') return 1;
            return `Giá trị thử ${unique()}`;
          default: {
            if (field === 'startTime') return '14:00';
            if (/code/i.test(field)) return `FZ_${unique()}`;
            if (field === 'username')
              return mutation === 'login'
                ? pick(fx.users).username
                : `fz.${unique().toLowerCase()}`;
            if (/password/i.test(field))
              return field === 'currentPassword' || mutation === 'login'
                ? PASSWORD
                : 'MatKhauMoi2025';
            if (field === 'email') return `fz.${unique().toLowerCase()}@example.vn`;
            if (field === 'phone') return '0243 825 1234';
            if (field === 'number') return `${Math.floor(rnd() * 999)}/QĐ-UBND`;
            return `Giá trị thử ${unique()}`;
          }
        }
      }

      /** The valid-looking base: every field present, ids of fixtures of the right kind, fresh codes. */
      function base(type: GraphQLInputType, mutation: string, field: string, depth = 0): unknown {
        const inner = getNullableType(type);
        // A made-up cursor would stop every list query at BAD_USER_INPUT: the base starts at page one.
        if (field === 'after') return undefined;
        if (isListType(inner)) {
          if (field === 'newUnits')
            return [0, 1].map(() => base(inner.ofType, mutation, field, depth + 1));
          if (field === 'allowedParentCodes') return ['DEPARTMENT'];
          if (field === 'roles') return [];
          if (field === 'unitKindCodes') return ['COMMUNE'];
          // a decision keeps one recipient at least, and its signing lines take TM/KT/TL/TUQ
          if (
            mutation === 'updateAwardDecision' &&
            (field === 'removeRecipientIds' || field === 'on')
          )
            return [];
          return [base(inner.ofType, mutation, field, depth + 1)];
        }
        if (isInputObjectType(inner)) {
          const value: Record<string, unknown> = {};
          for (const f of Object.values(inner.getFields())) {
            // a recursive input (AwardConditionInput.conditions) stops where `leaves` stops looking
            if (depth > 6 && !isNonNullType(f.type)) continue;
            value[f.name] = base(f.type, mutation, f.name, depth + 1);
          }
          if (inner.name === 'MergeUnitsInput') {
            delete value['newUnit'];
            delete value['newUnitParentId'];
          }
          if (inner.name === 'GrantRoleInput') delete value['apiClientId'];
          // a plan answered must address the drafting unit: no fixture does, so the base drafts none
          if (/CampaignPlanInput$/.test(inner.name)) delete value['respondsToPlanId'];
          return value;
        }
        if (isEnumType(inner)) {
          if (field === 'status') return 'ACTIVE';
          if (field === 'tree') return 'GOVERNMENT';
          return pick(inner.getValues()).value;
        }
        if (field === 'kindCode') return 'DIVISION';
        return scalarBase(inner.name, mutation, field);
      }

      /** Every place a value can go: [path, type] for each field (set or not), list items included. */
      function leaves(
        type: GraphQLInputType,
        path: string[],
        out: [string[], GraphQLInputType][],
        depth = 0,
      ): void {
        out.push([path, type]);
        if (depth > 6) return;
        const inner = getNullableType(type);
        if (isListType(inner)) leaves(inner.ofType, [...path, '0'], out, depth + 1);
        if (isInputObjectType(inner))
          for (const f of Object.values(inner.getFields()))
            leaves(f.type, [...path, f.name], out, depth + 1);
      }

      function hostileFor(
        type: GraphQLInputType,
        mutation: string,
        field: string,
      ): { label: string; value: unknown } {
        const inner = getNullableType(type);
        const named = getNamedType(type);
        if (rnd() < 0.25) return { label: 'wrong type', value: pick(WRONG_TYPES) };
        if (isNonNullType(type) && rnd() < 0.1) return { label: 'null for non-null', value: null };
        if (isListType(inner)) {
          const item = base(inner.ofType, mutation, field);
          return pick([
            { label: 'empty list', value: [] },
            { label: '10k-element list', value: Array.from({ length: 10_000 }, () => item) },
            { label: 'list of null', value: [null] },
            { label: 'duplicate items', value: [item, item] },
            { label: 'list of lists', value: [[item]] },
            {
              label: 'hostile item',
              value: [
                pick(isScalarType(named) && named.name === 'ID' ? HOSTILE_IDS : HOSTILE_STRINGS),
              ],
            },
          ]);
        }
        if (isInputObjectType(inner))
          return pick([
            { label: 'empty object', value: {} },
            { label: 'unknown field', value: { nope: 1 } },
            { label: 'deep object', value: nested(64, 1, (v) => ({ a: v })) },
          ]);
        if (isEnumType(inner))
          return {
            label: 'bad enum',
            value: pick(['NOPE', String(inner.getValues()[0]!.value).toLowerCase(), '', 0]),
          };
        switch (inner.name) {
          case 'ID':
            return rnd() < 0.5
              ? { label: 'hostile id', value: pick(HOSTILE_IDS) }
              : { label: 'id of another kind', value: rnd() < 0.3 ? randomUUID() : allIds() };
          case 'Int':
            return { label: 'hostile int', value: pick(HOSTILE_INTS) };
          case 'Boolean':
            return { label: 'hostile boolean', value: pick(['true', 0, 1, '']) };
          case 'Date':
            return { label: 'hostile date', value: pick(HOSTILE_DATES) };
          case 'DateTime':
            return { label: 'hostile date-time', value: pick(HOSTILE_DATETIMES) };
          default:
            return { label: 'hostile string', value: pick(HOSTILE_STRINGS) };
        }
      }

      function setAt(root: Record<string, unknown>, path: string[], value: unknown): void {
        let node: Record<string, unknown> = root;
        for (const key of path.slice(0, -1)) {
          const next = node[key];
          if (next === null || typeof next !== 'object')
            node[key] = /^\d+$/.test(path[path.indexOf(key) + 1] ?? '') ? [] : {};
          node = node[key] as Record<string, unknown>;
        }
        const last = path[path.length - 1]!;
        if (value === undefined) delete node[last];
        else node[last] = value;
      }

      function documentFor(field: GraphQLField<unknown, unknown>, op: Case['op']): string {
        const args = field.args as readonly GraphQLArgument[];
        const decl = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
        const pass = args.map((a) => `${a.name}: $${a.name}`).join(', ');
        const selection =
          isScalarType(getNamedType(field.type)) || isEnumType(getNamedType(field.type))
            ? ''
            : ' { __typename }';
        return `${op}${decl ? `(${decl})` : ''} { ${field.name}${pass ? `(${pass})` : ''}${selection} }`;
      }

      /** Current version of the record an update targets, so the optimistic lock does not stop every case early. */
      async function currentVersion(
        mutation: string,
        variables: Record<string, unknown>,
      ): Promise<number | null> {
        const input = variables['input'] as Record<string, unknown> | undefined;
        const table: Record<string, string> = {
          updateUnit: 'units',
          updatePerson: 'people',
          updateUser: 'users',
          setUserStatus: 'users',
          updateRole: 'roles',
          updateCluster: 'clusters',
          updateUnitKind: 'unit_kinds',
          revokeApiClient: 'api_clients',
          updateMyProfile: 'users',
          updateLegalDocument: 'legal_documents',
          markLegalDocumentReplaced: 'legal_documents',
          updateCouncil: 'councils',
          updateCouncilMember: 'council_members',
          removeCouncilMember: 'council_members',
          updateCouncilSession: 'council_sessions',
          deleteCouncilSession: 'council_sessions',
          startCouncilSession: 'council_sessions',
          // a session's attendance, guests and agenda carry the session's version beside its id
          setCouncilAttendance: 'council_sessions',
          addCouncilGuest: 'council_sessions',
          removeCouncilGuest: 'council_sessions',
          addCouncilAgendaFromRound: 'council_sessions',
          removeCouncilAgendaItem: 'council_sessions',
          moveCouncilAgendaItem: 'council_sessions',
        };
        const name = table[mutation];
        if (!name || !input || !('version' in input)) return null;
        const id =
          mutation === 'updateMyProfile' ? adminUserId : (input['id'] ?? input['sessionId']);
        const rows: { version: number }[] = await t.db.query(
          `SELECT version FROM ${name} WHERE id = $1`,
          [id],
        );
        return rows[0]?.version ?? null;
      }

      async function makeCase(
        field: GraphQLField<unknown, unknown>,
        op: Case['op'],
        who: string,
        n: number,
      ): Promise<Case> {
        const variables: Record<string, unknown> = {};
        for (const arg of field.args) variables[arg.name] = base(arg.type, field.name, arg.name);
        const version = await currentVersion(field.name, variables);
        if (version !== null) (variables['input'] as Record<string, unknown>)['version'] = version;
        const roll = rnd();
        let change = 'none (valid-looking base)';
        if (roll < 0.08) {
          // kept as is: the success path must audit
        } else if (roll < 0.16 && field.args.length > 0) {
          const arg = pick(field.args);
          const whole = pick<[string, unknown]>([
            ['null', null],
            ['empty object', {}],
            ['empty list', []],
            ['string', 'x'],
            ['deep list', nested(64, 'x', (v) => [v])],
          ]);
          variables[arg.name] = whole[1];
          change = `${arg.name} = ${whole[0]}`;
        } else if (field.args.length > 0) {
          const all: [string[], GraphQLInputType][] = [];
          for (const arg of field.args) leaves(arg.type, [arg.name], all);
          const [path, type] = pick(all);
          const leafName = path.filter((p) => !/^\d+$/.test(p)).pop()!;
          if (!isNonNullType(type) && rnd() < 0.1) {
            setAt(variables, path, undefined);
            change = `${path.join('.')} omitted`;
          } else {
            const { label, value } = hostileFor(type, field.name, leafName);
            setAt(variables, path, value);
            change = `${path.join('.')} = ${label} ${preview(value).slice(0, 40)}`;
          }
        }
        return {
          op,
          who,
          mutation: field.name,
          change,
          variables,
          requestId: `fz-${SEED}-${who}-${n}-${randomUUID().slice(0, 8)}`,
        };
      }

      const started = Date.now();
      const failures: string[] = [];
      const succeeded: Case[] = [];
      const failed: Case[] = [];
      const reads: Case[] = [];
      const codes: Record<string, number> = {};
      const timing: Record<string, { n: number; ms: number }> = {};
      const perMutation = Math.ceil(TOTAL / mutations.length);
      const plan: {
        field: GraphQLField<unknown, unknown>;
        op: Case['op'];
        who: 'admin' | 'scoped';
      }[] = [];
      for (const field of mutations) {
        const share = HASHING.has(field.name) ? Math.ceil(perMutation / 3) : perMutation;
        for (let i = 0; i < share; i += 1) plan.push({ field, op: 'mutation', who: 'admin' });
        for (let i = 0; i < SCOPED_PER_MUTATION; i += 1)
          plan.push({ field, op: 'mutation', who: 'scoped' });
      }
      for (const field of queries) {
        for (let i = 0; i < PER_QUERY; i += 1)
          plan.push({ field, op: 'query', who: i % 4 === 3 ? 'scoped' : 'admin' });
      }
      // Interleave mutations so that one that ends fixtures (merge, dissolve) does not starve the rest.
      for (let i = plan.length - 1; i > 0; i -= 1) {
        const j = Math.floor(rnd() * (i + 1));
        [plan[i], plan[j]] = [plan[j]!, plan[i]!];
      }
      log(
        `fuzz: seed ${SEED}, ${plan.length} requests over ${mutations.length} mutations and ${queries.length} queries`,
      );

      let sent = 0;
      for (const [n, step] of plan.entries()) {
        if (Date.now() - started > BUDGET_MS) break;
        sent += 1;
        const c = await makeCase(step.field, step.op, step.who, n);
        const cookie =
          step.field.name === 'changePassword'
            ? pwCookie
            : step.who === 'admin'
              ? adminCookie
              : scopedCookie;
        const t0 = Date.now();
        const res = await call(cookie, documentFor(step.field, step.op), c.variables, c.requestId);
        const errors = res.body?.errors ?? [];
        for (const e of errors)
          codes[e.extensions?.code ?? '?'] = (codes[e.extensions?.code ?? '?'] ?? 0) + 1;
        if (
          res.status >= 500 ||
          errors.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR') ||
          (!res.body && res.status !== 413)
        ) {
          failures.push(
            `${c.op} ${c.who} ${c.mutation} [${c.change}] → HTTP ${res.status} ${res.text.slice(0, 300)}\n    variables: ${preview(c.variables)}`,
          );
        }
        if (c.op === 'query') reads.push(c);
        else if (errors.length === 0 && res.body?.data?.[c.mutation] != null) succeeded.push(c);
        else failed.push(c);
        if (process.env['FUZZ_DEBUG'] && c.change.startsWith('none') && errors.length) {
          log(`base failed: ${c.who} ${c.mutation}: ${errors[0]?.message} ${preview(c.variables)}`);
        }
        const ms = Date.now() - t0;
        timing[c.mutation] = {
          n: (timing[c.mutation]?.n ?? 0) + 1,
          ms: (timing[c.mutation]?.ms ?? 0) + ms,
        };
      }

      const ids = [...succeeded, ...failed, ...reads].map((c) => c.requestId);
      const rows: { request_id: string; n: number }[] = await t.db.query(
        `SELECT request_id, count(*)::int AS n FROM audit_log WHERE request_id = ANY($1::text[]) GROUP BY request_id`,
        [ids],
      );
      const audited = new Map(rows.map((r) => [r.request_id, r.n]));
      for (const c of failed) {
        if (audited.has(c.requestId))
          failures.push(
            `partial write: ${c.who} ${c.mutation} [${c.change}] failed but wrote ${audited.get(c.requestId)} audit row(s)\n    variables: ${preview(c.variables)}`,
          );
      }
      for (const c of reads) {
        if (audited.has(c.requestId))
          failures.push(
            `a read wrote: query ${c.who} ${c.mutation} [${c.change}] wrote ${audited.get(c.requestId)} audit row(s)\n    variables: ${preview(c.variables)}`,
          );
      }
      for (const c of succeeded) {
        if (!audited.has(c.requestId))
          failures.push(
            `unaudited: ${c.who} ${c.mutation} [${c.change}] succeeded without an audit row\n    variables: ${preview(c.variables)}`,
          );
      }
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const okBy = [...new Set(succeeded.map((c) => c.mutation))].sort();
      log(
        `fuzz: seed ${SEED}: ${sent} of ${plan.length} requests in ${seconds} s${sent < plan.length ? ' (time budget reached)' : ''}, ${succeeded.length} succeeded (${okBy.length} mutations: ${okBy.join(', ')}), codes ${JSON.stringify(codes)}`,
      );
      const slowest = Object.entries(timing)
        .map(([name, v]) => `${name} ${Math.round(v.ms / v.n)}`)
        .sort((a, b) => Number(b.split(' ')[1]) - Number(a.split(' ')[1]))
        .slice(0, 5);
      log(`fuzz: slowest operations (mean ms per request): ${slowest.join(', ')}`);
      if (failures.length)
        log(`fuzz: seed ${SEED}: ${failures.length} failures\n${failures.slice(0, 40).join('\n')}`);
      expect(failures).toEqual([]);
      // The bases are valid enough that many mutations succeed (else the fuzz would only test the pipe).
      // A fifth, so that a run cut short by the budget still clears it: at 39 mutations 26 succeeded in
      // 600 requests; at 166 (issue 12's voting and minutes mutations need a session in progress or an
      // open round, which few bases reach) 46 succeeded on CI in 2,848 of 3,864 requests (seed 20250701,
      // the 90-s budget reached), under the third this asked before. Scaled by the share of the plan
      // sent, since the plan is shuffled: on a loaded CI machine the award-rule mutations' compilation
      // (5 s a request, since bounded by MAX_VARIABLE_CODE) once let 1,256 requests through and 31
      // mutations succeed, against 33.2 asked, and the run went red on the machine's load alone.
      expect(okBy.length).toBeGreaterThan((mutations.length / 5) * (sent / plan.length));
    },
    BUDGET_MS + 120_000,
  );
});
