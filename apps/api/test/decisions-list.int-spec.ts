import { Workbook } from 'exceljs';
import {
  appraisedDossier,
  decisionWorld,
  signedEdit,
  type Appraised,
  type DecisionWorld,
} from './decision-fixtures';
import { graphql } from './gql';
import type { AwardDecisionSort, DecListPageQuery } from './gql/graphql';
import type { GqlClient } from './setup/gql-client';
import { startTestApp, type TestApp } from './setup/test-app';

/**
 * The decisions' list and its export (issue 12 follow-ups): filtered by the round's year, in four
 * orders (newest drafted first by default; number and date of issue either way, drafts last; award
 * name), each keyset-paged; the export holds the list as its reader reads it. And the issue of a
 * decision of several recipients writing every award record in bulk, audited on the recipients' unit
 * in the signer's name. Four decisions of one issuer (the file's own units) make every assertion.
 */
const LIST = graphql(`
  query DecListPage(
    $filter: AwardDecisionFilter
    $sort: AwardDecisionSort
    $first: Int!
    $after: String
  ) {
    awardDecisions(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          year
        }
      }
    }
  }
`);

const DRAFT = graphql(`
  mutation DecListDraft($input: DraftAwardDecisionInput!) {
    draftAwardDecision(input: $input) {
      id
      version
      subject
      authority
      achievement
      bases
      rewardFunding
      rewardBasis
      executors
      receivers
      archive
      place
    }
  }
`);

const UPDATE = graphql(`
  mutation DecListUpdate($input: UpdateAwardDecisionInput!) {
    updateAwardDecision(input: $input) {
      id
      version
    }
  }
`);

const ISSUE = graphql(`
  mutation DecListIssue($input: AwardDecisionRefInput!) {
    issueAwardDecision(input: $input) {
      id
      symbol
      decidedOn
      totalAmount
      recipients {
        id
        name
        goldBookNumber
        awardRecordId
      }
    }
  }
`);

type Issued = {
  id: string;
  symbol: string | null;
  decidedOn: string | null;
  totalAmount: number;
  recipients: {
    id: string;
    name: string;
    goldBookNumber: number | null;
    awardRecordId: string | null;
  }[];
};

async function sheetRows(res: Response, firstHeader: string): Promise<string[][]> {
  const wb = new Workbook();
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
  const cells: string[][] = [];
  wb.worksheets[0]?.eachRow((r) =>
    cells.push(
      // a blank cell is a hole in `values`: Array.from makes it undefined, then ''
      Array.from(r.values as unknown[])
        .slice(1)
        .map((v) =>
          v == null ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v),
        ),
    ),
  );
  return cells.slice(cells.findIndex((r) => r[0] === firstHeader));
}

describe('award decisions: list filters, orders, export; the bulk issue', () => {
  let t: TestApp;
  let w: DecisionWorld;
  let sibling: DecisionWorld;
  let a24: Appraised;
  let a25: Appraised;
  /** 2024: one recipient, issued first */
  let d1: Issued;
  /** 2025: two recipients, issued second */
  let d2: Issued;
  /** 2025: one recipient, issued third */
  let d3: Issued;
  /** 2025: Chiến sĩ thi đua cơ sở, left a draft */
  let d4: { id: string };

  const headersOf = (client: GqlClient): Record<string, string> => {
    const headers: Record<string, string> = { 'x-forwarded-for': client.address };
    if (client.sessionCookie) headers['cookie'] = client.sessionCookie;
    return headers;
  };

  async function signed(roundId: string, nominationIds: string[]) {
    const { draftAwardDecision: d } = await w.officer.ok(DRAFT, {
      input: { roundId, issuerUnitId: w.office.id, nominationIds },
    });
    const { updateAwardDecision: u } = await w.officer.ok(UPDATE, { input: signedEdit(d) });
    return { id: d.id, version: u.version };
  }

  async function issued(roundId: string, nominationIds: string[]): Promise<Issued> {
    const input = await signed(roundId, nominationIds);
    return (await w.leader.ok(ISSUE, { input })).issueAwardDecision;
  }

  /** Every id of the issuer's list in `sort`'s order, walking pages of `first`. */
  async function walk(
    sort: AwardDecisionSort | null,
    filter: { year?: number } = {},
    first = 1,
  ): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const { awardDecisions }: DecListPageQuery = await w.officer.ok(LIST, {
        filter: { issuerUnitId: w.office.id, ...filter },
        sort,
        first,
        after,
      });
      ids.push(...awardDecisions.edges.map((e) => e.node.id));
      if (!awardDecisions.pageInfo.hasNextPage) break;
      after = awardDecisions.pageInfo.endCursor ?? null;
    }
    return ids;
  }

  beforeAll(async () => {
    t = await startTestApp();
    w = await decisionWorld(t, 'Danh Sách QĐ');
    sibling = await decisionWorld(t, 'Lân Cận QĐ');
    a24 = await appraisedDossier(t, w, [{}], { year: 2024 });
    a25 = await appraisedDossier(
      t,
      w,
      [
        {},
        {},
        {},
        {
          awardCode: 'CSTD_CO_SO',
          grade: 'HTXSNV',
          awards: [{ awardCode: 'LAO_DONG_TIEN_TIEN', year: 2025 }],
        },
      ],
      { year: 2025 },
    );
    const n = a25.nominations.map((x) => x.id);
    d1 = await issued(a24.roundId, [a24.nominations[0]?.id as string]);
    d2 = await issued(a25.roundId, [n[0] as string, n[1] as string]);
    d3 = await issued(a25.roundId, [n[2] as string]);
    d4 = await signed(a25.roundId, [n[3] as string]);
    // two worlds, five nominees through the dossier steps, four decisions: ~200 requests
  }, 120_000);
  afterAll(() => t.close());

  it('filters by the round’s year, and refuses a year out of range in Vietnamese', async () => {
    expect(await walk(null, { year: 2024 }, 20)).toEqual([d1.id]);
    const { awardDecisions } = await w.officer.ok(LIST, {
      filter: { issuerUnitId: w.office.id, year: 2025 },
      first: 20,
    });
    expect(awardDecisions.totalCount).toBe(3);
    expect(awardDecisions.edges.every((e) => e.node.year === 2025)).toBe(true);
    const bad = await w.officer.fails(LIST, {
      filter: { issuerUnitId: w.office.id, year: 1999 },
      first: 20,
    });
    expect(bad.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.message).toContain('Năm phải từ 2000 đến 2100.');
  });

  it('orders newest drafted first by default, by issue either way (drafts last), by award name; keyset across pages', async () => {
    expect(await walk(null)).toEqual([d4.id, d3.id, d2.id, d1.id]);
    expect(await walk('NEWEST', {}, 3)).toEqual([d4.id, d3.id, d2.id, d1.id]);
    expect(await walk('ISSUED_DESC')).toEqual([d3.id, d2.id, d1.id, d4.id]);
    expect(await walk('ISSUED_ASC', {}, 2)).toEqual([d1.id, d2.id, d3.id, d4.id]);
    // "Chiến sĩ thi đua cơ sở" before "Lao động tiên tiến" (the three in id order)
    const byName = await walk('AWARD_NAME');
    expect(byName[0]).toBe(d4.id);
    expect(byName.slice(1)).toEqual([d1.id, d2.id, d3.id].sort());
    // with a filter, the order holds
    expect(await walk('ISSUED_DESC', { year: 2025 })).toEqual([d3.id, d2.id, d4.id]);
  });

  it('exports the list as filtered and ordered, only what the reader reads', async () => {
    const path = `/api/exports/award-decisions.xlsx?issuerUnitId=${w.office.id}&year=2025&sort=ISSUED_ASC`;
    const res = await fetch(`${t.baseUrl}${path}`, { headers: headersOf(w.officer) });
    expect(res.status).toBe(200);
    const rows = await sheetRows(res, 'Số, ký hiệu');
    expect(rows[0]).toEqual([
      'Số, ký hiệu',
      'Ngày ban hành',
      'Danh hiệu, hình thức khen thưởng',
      'Trích yếu',
      'Đơn vị ban hành',
      'Đợt xét khen thưởng',
      'Năm',
      'Số tập thể, cá nhân',
      'Tổng tiền thưởng (đồng)',
      'Trạng thái',
    ]);
    const data = rows.slice(1);
    expect(data.map((r) => [r[0], r[1], r[2], r[4], r[6], r[7], r[9]])).toEqual([
      [d2.symbol, d2.decidedOn, 'Lao động tiên tiến', w.office.name, '2025', '2', 'Đã ban hành'],
      [d3.symbol, d3.decidedOn, 'Lao động tiên tiến', w.office.name, '2025', '1', 'Đã ban hành'],
      ['', '', 'Chiến sĩ thi đua cơ sở', w.office.name, '2025', '1', 'Dự thảo'],
    ]);
    expect(data[0]?.[8]).toBe(String(d2.totalAmount));
    expect(data[1]?.[8]).toBe(String(d3.totalAmount));
    expect(d2.totalAmount).toBeGreaterThan(d3.totalAmount);

    // a sibling Sở's officer: none of these, whatever the filter
    for (const q of [`?issuerUnitId=${w.office.id}`, `?roundId=${a25.roundId}`, '']) {
      const other = await fetch(`${t.baseUrl}/api/exports/award-decisions.xlsx${q}`, {
        headers: headersOf(sibling.officer),
      });
      expect(other.status).toBe(200);
      const seen = (await sheetRows(other, 'Số, ký hiệu')).slice(1);
      expect(seen.filter((r) => r[4] === w.office.name)).toEqual([]);
    }

    const bad = await fetch(`${t.baseUrl}/api/exports/award-decisions.xlsx?year=1999`, {
      headers: headersOf(w.officer),
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toContain('Năm phải từ 2000');
  });

  it('writes each recipient’s award record at the issue, audited once on their unit in the signer’s name', async () => {
    expect(d2.recipients).toHaveLength(2);
    const ids = d2.recipients.map((r) => r.awardRecordId as string);
    expect(ids.every(Boolean)).toBe(true);
    const gold = d2.recipients.map((r) => r.goldBookNumber as number);
    expect(gold[1]).toBe((gold[0] as number) + 1);

    const records: {
      id: string;
      person_id: string;
      unit_id: string;
      decision_number: string;
      year: number;
      note: string;
    }[] = await t.db.query(
      `SELECT id, person_id, unit_id, decision_number, year, note FROM award_records
        WHERE id = ANY($1::uuid[]) ORDER BY note COLLATE "C"`,
      [ids],
    );
    const byPerson = (a: unknown[], b: unknown[]) => String(a[0]).localeCompare(String(b[0]));
    expect(
      records.map((r) => [r.person_id, r.unit_id, r.decision_number, r.year]).sort(byPerson),
    ).toEqual(
      [a25.nominations[0], a25.nominations[1]]
        .map((n) => [n?.personId, w.proposing.id, d2.symbol, 2025])
        .sort(byPerson),
    );
    expect(records.map((r) => r.note)).toEqual(
      gold.map((g) => `Số sổ vàng ${String(g).padStart(2, '0')}`),
    );

    const audit: {
      entity_type: string;
      unit_id: string;
      actor_name: string;
      changes: { field: string; after: { decisionNumber: string } }[];
    }[] = await t.db.query(
      `SELECT entity_type, unit_id, actor_name, changes FROM audit_log
        WHERE unit_id = $1 AND operation = 'awardRecord.create'
          AND changes @> $2::jsonb`,
      [w.proposing.id, JSON.stringify([{ field: `awardRecord:${ids[0]}` }])],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]?.entity_type).toBe('AwardRecord');
    expect(audit[0]?.changes.map((c) => c.field).sort()).toEqual(
      ids.map((id) => `awardRecord:${id}`).sort(),
    );
    expect(audit[0]?.changes.every((c) => c.after.decisionNumber === d2.symbol)).toBe(true);
    const [issue] = (await t.db.query(
      `SELECT actor_name FROM audit_log WHERE entity_id = $1 AND operation = 'awardDecision.issue'`,
      [d2.id],
    )) as { actor_name: string }[];
    expect(audit[0]?.actor_name).toBe(issue?.actor_name);
  });
});
