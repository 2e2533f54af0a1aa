import { NATIONAL_LEGAL_DOCUMENTS } from '@thidua/shared-domain';
import { LegalService } from '../src/modules/legal/legal.service';
import type { UnitEntity } from '../src/modules/org/unit.entity';
import { graphql } from './gql';
import type { LegalListQueryVariables } from './gql/graphql';
import type { GqlClient } from './setup/gql-client';
import { startTestApp, type TestApp } from './setup/test-app';

/**
 * Issue 10, legal bases: the registry of legal and guiding documents. National documents ship at boot;
 * local ones are managed by the officers of the unit that issued them; everyone signed in reads all.
 */
const LIST = graphql(`
  query LegalList(
    $first: Int!
    $after: String
    $search: String
    $kind: LegalDocumentKind
    $effectiveOn: Date
    $includeReplaced: Boolean
  ) {
    legalDocuments(
      first: $first
      after: $after
      search: $search
      kind: $kind
      effectiveOn: $effectiveOn
      includeReplaced: $includeReplaced
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          number
          kind
          name
          status
          replacedBy {
            number
          }
        }
      }
    }
  }
`);

const GET = graphql(`
  query LegalGet($id: ID!) {
    legalDocument(id: $id) {
      id
      number
      name
      title
      issuingBody
      issuedOn
      effectiveFrom
      effectiveTo
      status
      national
      canManage
      version
      issuerUnit {
        id
        name
        canOpen
      }
      replacedBy {
        id
        number
      }
      replaces {
        id
        number
      }
    }
  }
`);

const CREATE = graphql(`
  mutation LegalCreate($input: CreateLegalDocumentInput!) {
    createLegalDocument(input: $input) {
      id
      number
      title
      version
      status
      canManage
    }
  }
`);

const UPDATE = graphql(`
  mutation LegalUpdate($input: UpdateLegalDocumentInput!) {
    updateLegalDocument(input: $input) {
      id
      title
      effectiveTo
      version
    }
  }
`);

const REPLACE = graphql(`
  mutation LegalReplace($input: MarkLegalDocumentReplacedInput!) {
    markLegalDocumentReplaced(input: $input) {
      id
      effectiveTo
      status
      version
      replacedBy {
        id
      }
    }
  }
`);

const AUDIT = graphql(`
  query LegalAudit($filter: AuditFilter) {
    auditLog(filter: $filter, first: 20) {
      edges {
        node {
          operation
          entityLabel
          changes {
            field
            before
            after
          }
        }
      }
    }
  }
`);

type ListVariables = Omit<LegalListQueryVariables, 'first'>;
const numbers = (list: { legalDocuments: { edges: { node: { number: string } }[] } }) =>
  list.legalDocuments.edges.map((e) => e.node.number);

describe('legal documents (issue 10)', () => {
  let t: TestApp;
  let province: UnitEntity;
  let communeA: UnitEntity;
  let admin: GqlClient;
  let officer: GqlClient;
  let officerId: string;

  const list = (client: GqlClient, variables: ListVariables) =>
    client.ok(LIST, { first: 50, ...variables });

  const local = (uid: string, extra: Record<string, unknown> = {}) => ({
    number: `${uid}/KH-UBND`,
    kind: 'KE_HOACH' as const,
    issuingBody: 'Ủy ban nhân dân xã Văn Bản A',
    issuerUnitId: communeA.id,
    issuedOn: '2025-03-01',
    title: `Phát động phong trào thi đua “Đồng Khởi mới” năm 2025 ${uid}`,
    effectiveFrom: '2025-03-01',
    ...extra,
  });

  beforeAll(async () => {
    t = await startTestApp();
    province = await t.unit(`Tỉnh Văn Bản ${t.uid()}`);
    communeA = await t.unit(`Xã Văn Bản A ${t.uid()}`, province, 'COMMUNE');
    const root = await t.user({ unit: province, role: 'SYSTEM_ADMIN', scope: null });
    const o = await t.user({ unit: communeA, role: 'TDKT_OFFICER' });
    officerId = o.id;
    admin = await t.loggedIn(root.username);
    officer = await t.loggedIn(o.username);
  });
  afterAll(() => t.close());

  it('ships the national documents at boot, once, with NĐ 98/2023 replaced by NĐ 152/2025', async () => {
    const shipped = NATIONAL_LEGAL_DOCUMENTS.map((d) => d.number);
    const count = async () =>
      Number(
        (
          await t.db.query(
            `SELECT count(*) FROM legal_documents WHERE issuer_unit_id IS NULL AND number = ANY($1)`,
            [shipped],
          )
        )[0].count,
      );
    expect(await count()).toBe(shipped.length);
    // a second boot changes nothing
    await t.app.get(LegalService).syncNationalDocuments();
    expect(await count()).toBe(shipped.length);

    const { legalDocuments } = await list(officer, { search: 'nghi dinh 152' });
    const nd152 = legalDocuments.edges.find((e) => e.node.number === '152/2025/NĐ-CP')?.node;
    expect(nd152).toMatchObject({ kind: 'NGHI_DINH', name: 'Nghị định số 152/2025/NĐ-CP' });
    expect(nd152?.status).toBe('IN_FORCE');
    const { legalDocument } = await officer.ok(GET, { id: nd152!.id });
    expect(legalDocument).toMatchObject({
      issuingBody: 'Chính phủ',
      issuedOn: '2025-06-14',
      effectiveFrom: '2025-07-01',
      national: true,
      canManage: false,
      issuerUnit: null,
    });
    expect(legalDocument.replaces.map((d) => d.number)).toEqual(
      expect.arrayContaining(['98/2023/NĐ-CP', '28/2024/NĐ-CP']),
    );
  });

  it('searches without accents, by word prefixes over kind, number, title and issuing body', async () => {
    const law = numbers(await list(officer, { search: 'thi dua khen thuong' }));
    expect(law).toEqual(expect.arrayContaining(['06/2022/QH15', '152/2025/NĐ-CP']));
    expect(numbers(await list(officer, { search: 'nd 152' }))).toContain('152/2025/NĐ-CP');
    expect(numbers(await list(officer, { search: 'chi thi 34 bo chinh tri' }))).toEqual([
      '34-CT/TW',
    ]);
    // a query with no letter or digit matches nothing
    expect((await list(officer, { search: '…' })).legalDocuments.totalCount).toBe(0);
  });

  it('filters by kind and by the day in force; replaced documents only when asked', async () => {
    const directives = await list(officer, { kind: 'CHI_THI' });
    expect(directives.legalDocuments.edges.every((e) => e.node.kind === 'CHI_THI')).toBe(true);
    expect(numbers(directives)).toEqual(expect.arrayContaining(['34-CT/TW', '05-CT/TW']));

    // fuzzed documents of any kind may share "nghị định": the issuing body narrows to the shipped ones
    const decrees = (effectiveOn: string | null, includeReplaced = false) =>
      list(officer, {
        kind: 'NGHI_DINH',
        search: 'nghi dinh chinh phu',
        effectiveOn,
        includeReplaced,
      }).then(numbers);
    // today: NĐ 98/2023 was replaced on 01/07/2025
    expect(await decrees(null)).toContain('152/2025/NĐ-CP');
    expect(await decrees(null)).not.toContain('98/2023/NĐ-CP');
    expect(await decrees(null, true)).toContain('98/2023/NĐ-CP');
    // in force on a day: the dates decide, replacement included
    expect(await decrees('2025-06-30')).toContain('98/2023/NĐ-CP');
    expect(await decrees('2025-06-30')).not.toContain('152/2025/NĐ-CP');
    expect(await decrees('2025-07-01')).toContain('152/2025/NĐ-CP');
    expect(await decrees('2025-07-01')).not.toContain('98/2023/NĐ-CP');
    // newest issued first, page after page (keyset on the issue date, undated last)
    const first = await officer.ok(LIST, { first: 3, kind: 'CHI_THI' });
    const next = await officer.ok(LIST, {
      first: 3,
      kind: 'CHI_THI',
      after: first.legalDocuments.pageInfo.endCursor,
    });
    expect([...numbers(first), ...numbers(next)]).toEqual(numbers(directives).slice(0, 6));
    expect(numbers(directives).indexOf('35-CT/TW')).toBeLessThan(
      numbers(directives).indexOf('34-CT/TW'),
    );
    const replaced = await list(officer, { search: '98/2023', includeReplaced: true });
    expect(replaced.legalDocuments.edges[0]?.node).toMatchObject({
      number: '98/2023/NĐ-CP',
      status: 'REPLACED',
      replacedBy: { number: '152/2025/NĐ-CP' },
    });
  });

  it('lets a commune officer create, update and replace its documents, with optimistic locking', async () => {
    const uid = t.uid();
    const { createLegalDocument: plan } = await officer.ok(CREATE, { input: local(uid) });
    expect(plan).toMatchObject({ version: 1, status: 'IN_FORCE', canManage: true });
    expect(numbers(await list(admin, { search: `dong khoi moi ${uid}` }))).toEqual([plan.number]);

    const { updateLegalDocument: edited } = await officer.ok(UPDATE, {
      input: { id: plan.id, version: 1, ...local(uid, { title: `Kế hoạch sửa ${uid}` }) },
    });
    expect(edited).toMatchObject({ title: `Kế hoạch sửa ${uid}`, version: 2 });
    const stale = await officer.fails(UPDATE, {
      input: { id: plan.id, version: 1, ...local(uid, { title: 'Bản cũ' }) },
    });
    expect(stale.extensions?.code).toBe('CONFLICT');
    expect(stale.message).toContain(`Kế hoạch số ${uid}/KH-UBND`);

    // the replacement takes effect on 01/09/2025: the plan's last day becomes 31/08/2025
    const { createLegalDocument: next } = await officer.ok(CREATE, {
      input: local(`${uid}B`, { issuedOn: '2025-08-20', effectiveFrom: '2025-09-01' }),
    });
    const { markLegalDocumentReplaced: replaced } = await officer.ok(REPLACE, {
      input: { id: plan.id, version: 2, replacedById: next.id },
    });
    expect(replaced).toMatchObject({
      effectiveTo: '2025-08-31',
      status: 'REPLACED',
      version: 3,
      replacedBy: { id: next.id },
    });
    const { legalDocument } = await officer.ok(GET, { id: next.id });
    expect(legalDocument.replaces).toEqual([{ id: plan.id, number: plan.number }]);

    // no cycle, no self-replacement, no stale version
    const cycle = await officer.fails(REPLACE, {
      input: { id: next.id, version: 1, replacedById: plan.id },
    });
    expect(cycle.extensions?.code).toBe('BAD_USER_INPUT');
    expect(cycle.extensions?.fields?.['replacedById']?.[0]).toMatch(/vòng quanh/);
    const self = await officer.fails(REPLACE, {
      input: { id: next.id, version: 1, replacedById: next.id },
    });
    expect(self.extensions?.fields).toEqual({
      replacedById: ['Văn bản không thể thay thế chính nó.'],
    });
    const staleReplace = await officer.fails(REPLACE, {
      input: { id: plan.id, version: 2, replacedById: null },
    });
    expect(staleReplace.extensions?.code).toBe('CONFLICT');

    // the mark can be withdrawn; the last day stays
    const { markLegalDocumentReplaced: withdrawn } = await officer.ok(REPLACE, {
      input: { id: plan.id, version: 3, replacedById: null },
    });
    expect(withdrawn).toMatchObject({ replacedBy: null, effectiveTo: '2025-08-31' });

    // audited, scoped to the commune: its officer reads the rows, with the trích yếu as "summary"
    const { auditLog } = await officer.ok(AUDIT, {
      filter: { entityType: 'LegalDocument', entityId: plan.id },
    });
    expect(auditLog.edges.map((e) => e.node.operation)).toEqual([
      'legalDocument.replace',
      'legalDocument.replace',
      'legalDocument.update',
      'legalDocument.create',
    ]);
    expect(auditLog.edges[2]?.node).toMatchObject({
      entityLabel: `Kế hoạch số ${uid}/KH-UBND`,
      changes: [
        {
          field: 'summary',
          before: JSON.stringify(local(uid).title),
          after: JSON.stringify(`Kế hoạch sửa ${uid}`),
        },
      ],
    });
  });

  it('refuses bad input in Vietnamese, all fields at once, and writes nothing', async () => {
    const uid = t.uid();
    const mine = async () =>
      Number(
        (await t.db.query(`SELECT count(*) FROM audit_log WHERE actor_id = $1`, [officerId]))[0]
          .count,
      );
    const before = await mine();
    const dates = await officer.fails(CREATE, {
      input: local(uid, {
        issuedOn: '2999-01-01',
        effectiveFrom: '2025-07-01',
        effectiveTo: '2025-06-30',
      }),
    });
    expect(dates.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: {
        issuedOn: ['Ngày ban hành không được sau ngày hôm nay.'],
        effectiveTo: ['Ngày hết hiệu lực không được trước ngày có hiệu lực.'],
      },
    });
    const blank = await officer.fails(CREATE, { input: local(uid, { title: '  ', number: '' }) });
    expect(blank.extensions?.fields).toMatchObject({
      title: ['Trích yếu không được để trống.'],
      number: ['Số, ký hiệu không được để trống.'],
    });

    // one number per issuer per year, whatever the spacing and the accents
    await officer.ok(CREATE, { input: local(uid) });
    const twin = await officer.fails(CREATE, {
      input: local(uid, { number: `${uid} / KH - UBND`, title: 'Bản trùng' }),
    });
    expect(twin.extensions?.fields?.['number']?.[0]).toBe(
      `Kế hoạch số ${uid}/KH-UBND ngày 01/03/2025 của Ủy ban nhân dân xã Văn Bản A đã có trong danh mục.`,
    );
    // the same number next year is another document
    await officer.ok(CREATE, { input: local(uid, { issuedOn: '2026-01-05', title: 'Năm sau' }) });
    const national = await admin.ok(LIST, { first: 5, search: '34-CT/TW' });
    const twinNational = await admin.fails(CREATE, {
      input: {
        number: '34-CT/TW',
        kind: 'CHI_THI',
        issuingBody: 'Bộ Chính Trị',
        issuedOn: '2014-04-07',
        title: 'Trùng',
      },
    });
    expect(national.legalDocuments.totalCount).toBe(1);
    expect(twinNational.extensions?.fields?.['number']?.[0]).toMatch(/đã có trong danh mục/);

    const rows = await t.db.query(`SELECT title FROM legal_documents WHERE number = $1`, [
      `${uid}/KH-UBND`,
    ]);
    expect(rows.map((r: { title: string }) => r.title).sort()).toEqual(
      [local(uid).title, 'Năm sau'].sort(),
    );
    // two creations audited, nothing for the refusals
    expect(await mine()).toBe(before + 2);
  });

  it('keeps a national document’s audit rows for global readers only', async () => {
    const uid = t.uid();
    const { createLegalDocument: doc } = await admin.ok(CREATE, {
      input: {
        number: `${uid}/HD-BNV`,
        kind: 'HUONG_DAN',
        issuingBody: 'Bộ Nội vụ',
        issuedOn: '2025-09-01',
        title: `Hướng dẫn khen thưởng ${uid}`,
      },
    });
    const filter = { entityType: 'LegalDocument', entityId: doc.id };
    expect((await admin.ok(AUDIT, { filter })).auditLog.edges).toHaveLength(1);
    expect((await officer.ok(AUDIT, { filter })).auditLog.edges).toHaveLength(0);
    // everyone reads the document itself, and its officer may not change it
    const { legalDocument } = await officer.ok(GET, { id: doc.id });
    expect(legalDocument).toMatchObject({ national: true, canManage: false });
  });

  it('keeps a merged commune’s documents with it, managed by the commune it became', async () => {
    const uid = t.uid();
    const former = await t.unit(`Xã Cũ ${uid}`, province, 'COMMUNE');
    const { createLegalDocument: plan } = await admin.ok(CREATE, {
      input: {
        ...local(uid, { issuerUnitId: former.id, issuingBody: `Ủy ban nhân dân xã Cũ ${uid}` }),
      },
    });
    const merged = await t.unit(`Xã Mới ${uid}`, province, 'COMMUNE');
    await t.mergeInto([former], merged);
    const successor = await t.loggedIn(
      (await t.user({ unit: merged, role: 'TDKT_OFFICER' })).username,
    );

    // the document stays the former commune's, and the new commune's officer manages it
    const { legalDocument } = await successor.ok(GET, { id: plan.id });
    expect(legalDocument).toMatchObject({ canManage: true, issuerUnit: { id: former.id } });
    await successor.ok(UPDATE, {
      input: {
        id: plan.id,
        version: plan.version,
        ...local(uid, { issuerUnitId: former.id, issuingBody: `Ủy ban nhân dân xã Cũ ${uid}` }),
        note: 'Bổ sung sau sáp nhập',
      },
    });
    // a text the former commune issued before it ended may still be registered, nothing after
    await successor.ok(CREATE, {
      input: local(`${uid}C`, { issuerUnitId: former.id, issuedOn: '2025-06-20' }),
    });
    const late = await successor.fails(CREATE, {
      input: local(`${uid}D`, { issuerUnitId: former.id, issuedOn: '2025-07-02' }),
    });
    expect(late.extensions?.fields?.['issuedOn']?.[0]).toMatch(
      /đã kết thúc hoạt động từ ngày 01\/07\/2025/,
    );
    // the other commune's officer does not manage it
    expect((await officer.ok(GET, { id: plan.id })).legalDocument.canManage).toBe(false);
  });
});
