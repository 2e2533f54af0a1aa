import type { UnitEntity } from '../src/modules/org/unit.entity';
import {
  appraisedDossier,
  decisionWorld,
  signedEdit,
  type DecisionWorld,
} from './decision-fixtures';
import { graphql } from './gql';
import type { GqlClient } from './setup/gql-client';
import { startTestApp, type TestApp } from './setup/test-app';

/**
 * The decisions in the denial matrix (ADR 0013, 0022): a decision belongs to its issuing unit. Its
 * officers and leader read it; a sibling Sở's officers and leader get NOT_FOUND on every query,
 * mutation and file of it (nothing says it exists); a global reader sees it; an officer without
 * DECISION_ISSUE cannot sign it.
 */
const LIST = graphql(`
  query DecScopeList($filter: AwardDecisionFilter) {
    awardDecisions(filter: $filter, first: 50) {
      edges {
        node {
          id
          canManage
          canIssue
          issuerUnit {
            id
          }
        }
      }
    }
  }
`);

const ONE = graphql(`
  query DecScopeOne($id: ID!) {
    awardDecision(id: $id) {
      id
      recipients {
        id
      }
    }
  }
`);

const CANDIDATES = graphql(`
  query DecScopeCandidates($roundId: ID!, $issuerUnitId: ID!) {
    awardDecisionCandidates(roundId: $roundId, issuerUnitId: $issuerUnitId) {
      nominationId
    }
  }
`);

const DRAFT = graphql(`
  mutation DecScopeDraft($input: DraftAwardDecisionInput!) {
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
  mutation DecScopeUpdate($input: UpdateAwardDecisionInput!) {
    updateAwardDecision(input: $input) {
      id
      version
    }
  }
`);

const DELETE = graphql(`
  mutation DecScopeDelete($input: AwardDecisionRefInput!) {
    deleteAwardDecision(input: $input)
  }
`);

const ISSUE = graphql(`
  mutation DecScopeIssue($input: AwardDecisionRefInput!) {
    issueAwardDecision(input: $input) {
      id
      version
      status
    }
  }
`);

const PRINT = graphql(`
  mutation DecScopePrint($decisionId: ID!) {
    printAwardCertificates(decisionId: $decisionId) {
      id
    }
  }
`);

describe('decisions scope (issue 12)', () => {
  let t: TestApp;
  let w: DecisionWorld;
  let sibling: UnitEntity;
  let siblingOfficer: GqlClient;
  let siblingLeader: GqlClient;
  let globalReader: GqlClient;
  let roundId: string;
  let draft: { id: string; version: number };
  let issued: { id: string; version: number };

  const headersOf = (client: GqlClient): Record<string, string> => {
    const headers: Record<string, string> = { 'x-forwarded-for': client.address };
    if (client.sessionCookie) headers['cookie'] = client.sessionCookie;
    return headers;
  };

  beforeAll(async () => {
    t = await startTestApp();
    w = await decisionWorld(t, 'Phạm Vi QĐ');
    sibling = await t.unit(`Sở Tài chính ${t.uid()}`, w.province);
    siblingOfficer = await t.loggedIn(
      (await t.user({ unit: sibling, role: 'TDKT_OFFICER' })).username,
    );
    siblingLeader = await t.loggedIn((await t.user({ unit: sibling, role: 'LEADER' })).username);
    globalReader = await t.loggedIn(
      (await t.user({ unit: sibling, role: 'COUNCIL_MEMBER', scope: null })).username,
    );
    const a = await appraisedDossier(t, w, [{}, {}]);
    roundId = a.roundId;
    const first = (
      await w.officer.ok(DRAFT, {
        input: {
          roundId,
          issuerUnitId: w.office.id,
          nominationIds: [a.nominations[0]?.id as string],
        },
      })
    ).draftAwardDecision;
    const signed = (await w.officer.ok(UPDATE, { input: signedEdit(first) })).updateAwardDecision;
    issued = (await w.leader.ok(ISSUE, { input: { id: signed.id, version: signed.version } }))
      .issueAwardDecision;
    const second = (
      await w.officer.ok(DRAFT, {
        input: {
          roundId,
          issuerUnitId: w.office.id,
          nominationIds: [a.nominations[1]?.id as string],
        },
      })
    ).draftAwardDecision;
    draft = (await w.officer.ok(UPDATE, { input: signedEdit(second) })).updateAwardDecision;
  });
  afterAll(() => t.close());

  it('lets the issuer’s officers and leader read, and says who may change and sign', async () => {
    const { awardDecisions } = await w.officer.ok(LIST, { filter: { roundId } });
    const mine = awardDecisions.edges.map((e) => e.node);
    expect(mine.map((d) => d.id).sort()).toEqual([draft.id, issued.id].sort());
    expect(mine.every((d) => d.issuerUnit.id === w.office.id)).toBe(true);
    expect(mine.every((d) => d.canManage && !d.canIssue)).toBe(true);
    const { awardDecisions: leaders } = await w.leader.ok(LIST, { filter: { roundId } });
    expect(leaders.edges.every((e) => e.node.canIssue && !e.node.canManage)).toBe(true);
    expect((await w.leader.ok(ONE, { id: draft.id })).awardDecision.recipients).toHaveLength(1);
    const { awardDecisionCandidates } = await w.officer.ok(CANDIDATES, {
      roundId,
      issuerUnitId: w.office.id,
    });
    expect(awardDecisionCandidates).toHaveLength(2);
  });

  it('gives a sibling NOT_FOUND on every query, mutation and file', async () => {
    // each with the permission the operation asks for, held at its own Sở
    for (const client of [siblingOfficer, siblingLeader]) {
      const { awardDecisions } = await client.ok(LIST, { filter: { roundId } });
      expect(awardDecisions.edges).toEqual([]);
      for (const id of [draft.id, issued.id])
        expect((await client.fails(ONE, { id })).extensions?.code).toBe('NOT_FOUND');
      expect(
        (await client.fails(CANDIDATES, { roundId, issuerUnitId: w.office.id })).extensions?.code,
      ).toBe('NOT_FOUND');
      for (const path of [
        `/api/award-decisions/${issued.id}/decision.docx`,
        `/api/award-decisions/${issued.id}/certificates.docx`,
        `/api/exports/award-decision-rewards.xlsx?decisionId=${issued.id}`,
      ]) {
        const res = await fetch(`${t.baseUrl}${path}`, { headers: headersOf(client) });
        expect(res.status).toBe(404);
      }
    }
    const client = siblingOfficer;
    {
      expect(
        (await client.fails(DRAFT, { input: { roundId, issuerUnitId: w.office.id } })).extensions
          ?.code,
      ).toBe('NOT_FOUND');
      const edit = signedEdit({
        id: draft.id,
        version: draft.version,
        subject: 'tặng danh hiệu',
        authority: 'Giám đốc',
        achievement: 'đã có thành tích',
        bases: [],
        rewardFunding: null,
        rewardBasis: null,
        executors: [],
        receivers: [],
        archive: 'VT',
        place: 'Bắc Kạn',
      });
      expect((await client.fails(UPDATE, { input: edit })).extensions?.code).toBe('NOT_FOUND');
      expect(
        (await client.fails(DELETE, { input: { id: draft.id, version: draft.version } })).extensions
          ?.code,
      ).toBe('NOT_FOUND');
      expect((await client.fails(PRINT, { decisionId: issued.id })).extensions?.code).toBe(
        'NOT_FOUND',
      );
    }
    expect(
      (await siblingLeader.fails(ISSUE, { input: { id: draft.id, version: draft.version } }))
        .extensions?.code,
    ).toBe('NOT_FOUND');
    // and nothing happened to the draft
    const { awardDecision } = await w.officer.ok(ONE, { id: draft.id });
    expect(awardDecision.id).toBe(draft.id);
  });

  it('lets a global reader see every issuer’s decisions, and change none', async () => {
    const { awardDecisions } = await globalReader.ok(LIST, { filter: { roundId } });
    expect(awardDecisions.edges.map((e) => e.node.id).sort()).toEqual([draft.id, issued.id].sort());
    const res = await fetch(`${t.baseUrl}/api/award-decisions/${issued.id}/decision.docx`, {
      headers: headersOf(globalReader),
    });
    expect(res.status).toBe(200);
    const refused = await globalReader.fails(ISSUE, {
      input: { id: draft.id, version: draft.version },
    });
    expect(refused.extensions?.code).toBe('FORBIDDEN');
    // nor does the issuer's officer sign: drafting is not signing
    const officer = await w.officer.fails(ISSUE, {
      input: { id: draft.id, version: draft.version },
    });
    expect(officer.extensions?.code).toBe('FORBIDDEN');
  });
});
