import {
  appraisedDossier,
  decisionWorld,
  signedEdit,
  type DecisionWorld,
} from './decision-fixtures';
import { graphql } from './gql';
import { startTestApp, type TestApp } from './setup/test-app';

/**
 * The decisions' mutations are audited in their transaction (ADR 0010, 0022): each success writes its
 * row, scoped to the issuing unit (the issue also writes each recipient's `awardRecord.create`, on the
 * recipient's unit, in the signer's name); a refused mutation, or one that failed after writing (a
 * draft losing the race for a nominee), leaves neither data nor an audit row. Counts only this
 * file's own units and rows.
 */
const DRAFT = graphql(`
  mutation DecAuditDraft($input: DraftAwardDecisionInput!) {
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
      recipients {
        id
      }
    }
  }
`);

const UPDATE = graphql(`
  mutation DecAuditUpdate($input: UpdateAwardDecisionInput!) {
    updateAwardDecision(input: $input) {
      id
      version
      rewardFunding
    }
  }
`);

const DELETE = graphql(`
  mutation DecAuditDelete($input: AwardDecisionRefInput!) {
    deleteAwardDecision(input: $input)
  }
`);

const ISSUE = graphql(`
  mutation DecAuditIssue($input: AwardDecisionRefInput!) {
    issueAwardDecision(input: $input) {
      id
      version
      status
      symbol
    }
  }
`);

describe('decisions audit (issue 12)', () => {
  let t: TestApp;
  let w: DecisionWorld;

  beforeAll(async () => {
    t = await startTestApp();
    w = await decisionWorld(t, 'Nhật Ký QĐ');
  });
  afterAll(() => t.close());

  /** The audit rows of this file's units (the issuer's and the proposing phòng's), oldest first. */
  const auditRows = async () =>
    (await t.db.query(
      `SELECT operation, entity_type, entity_id, unit_id, actor_name FROM audit_log
        WHERE unit_id = ANY($1::uuid[]) AND (entity_type = 'AwardDecision' OR operation = 'awardRecord.create')
        ORDER BY created_at, id`,
      [[w.office.id, w.proposing.id]],
    )) as {
      operation: string;
      entity_type: string;
      entity_id: string;
      unit_id: string;
      actor_name: string;
    }[];

  const decisionsOf = async (roundId: string) =>
    (await t.db.query(`SELECT id, status FROM award_decisions WHERE round_id = $1`, [roundId])) as {
      id: string;
      status: string;
    }[];

  it('writes one row per change, on the issuer; the issue adds each recipient’s record on its unit', async () => {
    const a = await appraisedDossier(t, w, [{}]);
    const before = (await auditRows()).length;
    const { draftAwardDecision: d } = await w.officer.ok(DRAFT, {
      input: { roundId: a.roundId, issuerUnitId: w.office.id },
    });
    const { updateAwardDecision: u } = await w.officer.ok(UPDATE, { input: signedEdit(d) });
    const { issueAwardDecision: issued } = await w.leader.ok(ISSUE, {
      input: { id: d.id, version: u.version },
    });
    expect(issued.status).toBe('ISSUED');
    const rows = (await auditRows()).slice(before);
    // one transaction's rows share their time: compared as a set
    expect(rows.map((r) => [r.operation, r.entity_type, r.unit_id]).sort()).toEqual(
      [
        ['awardDecision.draft', 'AwardDecision', w.office.id],
        ['awardDecision.update', 'AwardDecision', w.office.id],
        ['awardRecord.create', 'AwardRecord', w.proposing.id],
        ['awardDecision.issue', 'AwardDecision', w.office.id],
      ].sort(),
    );
    // the record is written in the signer's name (the decision's authority, ADR 0022)
    const by = (operation: string) => rows.find((r) => r.operation === operation)?.actor_name;
    expect(by('awardRecord.create')).toBe(by('awardDecision.issue'));
    expect(by('awardRecord.create')).not.toBe(by('awardDecision.draft'));
  });

  it('leaves neither data nor audit when a mutation is refused or fails after writing', async () => {
    const a = await appraisedDossier(t, w, [{}]);
    const ids = a.nominations.map((n) => n.id);
    const { draftAwardDecision: d } = await w.officer.ok(DRAFT, {
      input: { roundId: a.roundId, issuerUnitId: w.office.id, nominationIds: ids },
    });
    const before = await auditRows();

    // a nominee already in a decision: refused before anything is written
    const twice = await w.officer.fails(DRAFT, {
      input: { roundId: a.roundId, issuerUnitId: w.office.id, nominationIds: ids },
    });
    expect(twice.extensions?.code).toBe('BAD_USER_INPUT');
    // a stale version
    const stale = await w.officer.fails(UPDATE, {
      input: signedEdit({ ...d, version: d.version + 5 }),
    });
    expect(stale.extensions?.code).toBe('CONFLICT');
    // no signer yet: the issue refuses before taking a number
    const unsigned = await w.leader.fails(ISSUE, { input: { id: d.id, version: d.version } });
    expect(unsigned.message).toBe('Quyết định chưa có chức vụ, họ tên người ký.');
    // money without a multiplier for someone: refused
    const signed = (
      await w.officer.ok(UPDATE, {
        input: signedEdit(d, {
          multipliers: [{ recipientId: d.recipients[0]?.id as string, multiplier: null }],
        }),
      })
    ).updateAwardDecision;
    const before2 = await auditRows();
    const noMoney = await w.leader.fails(ISSUE, { input: { id: d.id, version: signed.version } });
    expect(noMoney.message).toContain('Chưa có hệ số tiền thưởng');
    expect(await decisionsOf(a.roundId)).toEqual([{ id: d.id, status: 'DRAFT' }]);
    expect(await auditRows()).toEqual(before2);
    expect(before2.slice(before.length).map((r) => r.operation)).toEqual(['awardDecision.update']);

    // two drafts of the same nominee at once, after a delete: the loser is refused by the check or,
    // having written its decision, by the unique index, and rolls back with its audit row
    await w.officer.ok(DELETE, { input: { id: d.id, version: signed.version } });
    const mark = (await auditRows()).length;
    const race = await Promise.all(
      [0, 1].map(() =>
        w.officer.request(DRAFT.toString(), {
          input: { roundId: a.roundId, issuerUnitId: w.office.id, nominationIds: ids },
        }),
      ),
    );
    expect(race.filter((r) => r.errors?.length)).toHaveLength(1);
    const kept = await decisionsOf(a.roundId);
    expect(kept).toHaveLength(1);
    expect((await auditRows()).slice(mark).map((r) => [r.operation, r.entity_id])).toEqual([
      ['awardDecision.draft', kept[0]?.id],
    ]);
  });
});
