import type { UnitEntity } from '../src/modules/org/unit.entity';
import type { GqlClient } from './setup/gql-client';
import { startTestApp, type TestApp } from './setup/test-app';

const INVALID_TEXT = 'Không được chứa ký tự điều khiển hoặc ký tự không hợp lệ.';

describe('hostile text (issue 9, A9)', () => {
  let t: TestApp;
  let province: UnitEntity;
  let admin: GqlClient;

  beforeAll(async () => {
    t = await startTestApp();
    province = await t.unit(`Tỉnh văn bản ${t.uid()}`);
    const user = await t.user({ unit: province, role: 'SYSTEM_ADMIN', scope: null });
    admin = await t.loggedIn(user.username);
  });
  afterAll(() => t?.close());

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

  it('tab, newline and carriage return stay allowed in free text', async () => {
    const { createPerson } = await admin.ok<{ createPerson: { note: string } }>(
      `mutation($input: CreatePersonInput!) { createPerson(input: $input) { note } }`,
      { input: { fullName: `Trần Thị ${t.uid()}`, sex: 'FEMALE', note: 'dòng 1\r\n\tdòng 2' } },
    );
    expect(createPerson.note).toBe('dòng 1\r\n\tdòng 2');
  });
});
