import type { EvaluationGrade } from './gql/graphql';
import type { UnitEntity } from '../src/modules/org/unit.entity';
import { issuedPlan, personIn, withShortName } from './campaign-registration-fixtures';
import { graphql } from './gql';
import type { GqlClient } from './setup/gql-client';
import { startTestApp, type TestApp } from './setup/test-app';

/**
 * Issue 11, batch eligibility checks and counters (ADR 0019 §14): a dossier's whole list re-judged as
 * a job (verdicts rewritten while the dossier is with its unit, one audit row), a receiving unit's
 * check of every dossier it received (a report: the send's verdicts stay), the counters per round and
 * per campaign plan counted only over the dossiers the caller reads, and the refusals (NOT_FOUND
 * outside reach) leaving no job, no report and no audit row.
 */
const CREATE_ROUND = graphql(`
  mutation AbRoundCreate($input: CreateAwardRoundInput!) {
    createAwardRound(input: $input) {
      id
    }
  }
`);

const CREATE_DOSSIER = graphql(`
  mutation AbDossierCreate($input: CreateAwardDossierInput!) {
    createAwardDossier(input: $input) {
      id
      version
    }
  }
`);

const ADD_NOMINEE = graphql(`
  mutation AbNomineeAdd($input: AddNomineeInput!) {
    addAwardNominee(input: $input) {
      id
      version
      nominees {
        id
        name
        eligibility {
          verdict
        }
      }
    }
  }
`);

const WRITE_DOCUMENT = graphql(`
  mutation AbDocumentWrite($input: WriteDossierDocumentInput!) {
    writeAwardDossierDocument(input: $input) {
      id
      version
    }
  }
`);

const SUBMIT = graphql(`
  mutation AbSubmit($input: AwardDossierRefInput!) {
    submitAwardDossier(input: $input) {
      id
      version
    }
  }
`);

const RECEIVE = graphql(`
  mutation AbReceive($input: AwardDossierRefInput!) {
    receiveAwardDossier(input: $input) {
      id
      version
    }
  }
`);

const APPRAISE = graphql(`
  mutation AbAppraise($input: AppraiseAwardDossierInput!) {
    appraiseAwardDossier(input: $input) {
      id
      version
    }
  }
`);

const ESCALATE = graphql(`
  mutation AbEscalate($input: EscalateAwardDossierInput!) {
    escalateAwardDossier(input: $input) {
      id
    }
  }
`);

const DOSSIER = graphql(`
  query AbDossier($id: ID!) {
    awardDossier(id: $id) {
      id
      version
      status
      canCheckEligibility
      nominees {
        id
        name
        eligibility {
          verdict
          stage
        }
      }
    }
  }
`);

const CREATE_EVALUATION = graphql(`
  mutation AbEval($input: CreateEvaluationInput!) {
    createEvaluation(input: $input) {
      id
      version
    }
  }
`);

const UPDATE_EVALUATION = graphql(`
  mutation AbEvalUpdate($input: UpdateEvaluationInput!) {
    updateEvaluation(input: $input) {
      id
    }
  }
`);

const CREATE_HOLD = graphql(`
  mutation AbHold($input: CreateHoldInput!) {
    createHold(input: $input) {
      id
    }
  }
`);

const CHECK_DOSSIER = graphql(`
  mutation AbCheckDossier($dossierId: ID!) {
    checkAwardEligibility(dossierId: $dossierId) {
      id
      kind
      status
      total
    }
  }
`);

const CHECK_ROUND = graphql(`
  mutation AbCheckRound($roundId: ID!) {
    checkRoundEligibility(roundId: $roundId) {
      id
      kind
      status
      total
    }
  }
`);

const JOB = graphql(`
  query AbJob($id: ID!) {
    job(id: $id) {
      id
      status
      progress
      total
      message
      error
    }
  }
`);

const REPORT = graphql(`
  query AbReport($jobId: ID!) {
    awardEligibilityCheck(jobId: $jobId) {
      side
      finished
      roundId
      dossierId
      dossiers
      checked
      eligible
      notEligible
      toConfirm
      changed
      stored
      findings {
        nominationId
        dossierId
        unitName
        name
        storedVerdict
        verdict
        reasons
      }
      job {
        id
        status
      }
    }
  }
`);

const ROUND_FIELDS = graphql(`
  query AbRoundFields($id: ID!) {
    awardRound(id: $id) {
      id
      canCheckEligibility
    }
  }
`);

const COUNTERS = graphql(`
  query AbCounters($roundId: ID, $campaignPlanId: ID) {
    awardCounters(roundId: $roundId, campaignPlanId: $campaignPlanId) {
      rounds {
        roundId
        round {
          id
          title
        }
        counts {
          proposed
          eligible
          notEligible
          toConfirm
          unchecked
          appraisedPass
          appraisedFail
          escalated
          dossiers
          late
          overdue
          byStatus {
            status
            count
          }
        }
      }
      total {
        proposed
        appraisedPass
        appraisedFail
        escalated
        dossiers
        byStatus {
          status
          count
        }
      }
    }
  }
`);

/** Polls `read` until `check` holds (never a fixed sleep). */
async function until<T>(read: () => Promise<T>, check: (v: T) => boolean, what: string) {
  for (let i = 0; i < 600; i++) {
    const value = await read();
    if (check(value)) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${what} did not finish`);
}

describe('batch eligibility checks and counters (issue 11, ADR 0019 §14)', () => {
  let t: TestApp;
  let office: UnitEntity;
  let receiving: UnitEntity;
  let proposing: UnitEntity;
  let branch: UnitEntity;
  let sibling: UnitEntity;
  let receiver: GqlClient;
  let proposer: GqlClient;
  let outsider: GqlClient;
  let officeOfficer: GqlClient;
  let leader: GqlClient;
  let outsiderId: string;

  async function round(deadline: string): Promise<string> {
    const { createAwardRound } = await receiver.ok(CREATE_ROUND, {
      input: {
        kind: 'ANNUAL',
        title: `Khen thưởng công trạng năm 2025 ${t.uid()}`,
        year: 2025,
        track: 'CONG_TRANG',
        receivingUnitId: receiving.id,
        decidingAuthority: 'Chủ tịch Ủy ban nhân dân tỉnh',
        deadline,
      },
    });
    return createAwardRound.id;
  }

  /** A person of `unit` with a 2025 evaluation (its id and version, to correct it later). */
  async function person(unit: UnitEntity, name: string, grade: EvaluationGrade) {
    const p = await personIn(t, proposer, unit, `${name} ${t.uid()}`);
    const { createEvaluation } = await proposer.ok(CREATE_EVALUATION, {
      input: { personId: p.id, year: 2025, grade, source: 'Quyết định số 9/QĐ-UBND' },
    });
    return { ...p, evaluation: createEvaluation };
  }

  /** A dossier of `unit` with these nominees and every required paper (written in). */
  async function dossier(
    roundId: string,
    unit: UnitEntity,
    nominees: { personId: string; awardCode?: string; awardName?: string }[],
  ) {
    const { createAwardDossier: d } = await proposer.ok(CREATE_DOSSIER, {
      input: { roundId, unitId: unit.id },
    });
    let version = d.version;
    let list: { id: string; name: string }[] = [];
    for (const n of nominees) {
      const added = (
        await proposer.ok(ADD_NOMINEE, {
          input: {
            dossierId: d.id,
            version,
            subject: 'INDIVIDUAL',
            personId: n.personId,
            awardCode: n.awardCode ?? 'LAO_DONG_TIEN_TIEN',
            awardName: n.awardName ?? null,
            achievements: 'Hoàn thành tốt nhiệm vụ năm 2025.',
          },
        })
      ).addAwardNominee;
      version = added.version;
      list = added.nominees;
    }
    for (const kind of ['TO_TRINH', 'BIEN_BAN'] as const)
      version = (
        await proposer.ok(WRITE_DOCUMENT, {
          input: { dossierId: d.id, version, kind, text: `Nội dung ${kind}` },
        })
      ).writeAwardDossierDocument.version;
    for (const n of list)
      version = (
        await proposer.ok(WRITE_DOCUMENT, {
          input: {
            dossierId: d.id,
            version,
            kind: 'BAO_CAO_THANH_TICH',
            nominationId: n.id,
            text: `Báo cáo thành tích của ${n.name}`,
          },
        })
      ).writeAwardDossierDocument.version;
    return { id: d.id, version, nominees: list };
  }

  async function finished(client: GqlClient, jobId: string) {
    const { job } = await until(
      () => client.ok(JOB, { id: jobId }),
      (r) => ['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(r.job.status),
      'the eligibility check',
    );
    return job;
  }

  async function auditOf(entityId: string): Promise<{ operation: string; changes: unknown }[]> {
    return t.db.query(
      `SELECT operation, changes FROM audit_log WHERE entity_id = $1 ORDER BY created_at`,
      [entityId],
    );
  }

  beforeAll(async () => {
    t = await startTestApp();
    const province = await t.unit(`Tỉnh Kiểm Tra Cả Danh Sách ${t.uid()}`);
    office = await t.unit(`Văn phòng UBND tỉnh ${t.uid()}`, province);
    await withShortName(t, office);
    receiving = await t.unit(`Phòng Hành chính tổ chức ${t.uid()}`, office);
    proposing = await t.unit(`Phòng Tổng hợp ${t.uid()}`, office);
    branch = await t.unit(`Tổ Tổng hợp 1 ${t.uid()}`, proposing);
    sibling = await t.unit(`Phòng Kinh tế ${t.uid()}`, office);
    receiver = await t.loggedIn((await t.user({ unit: receiving, role: 'TDKT_OFFICER' })).username);
    proposer = await t.loggedIn((await t.user({ unit: proposing, role: 'TDKT_OFFICER' })).username);
    const stranger = await t.user({ unit: sibling, role: 'TDKT_OFFICER' });
    outsiderId = stranger.id;
    outsider = await t.loggedIn(stranger.username);
    officeOfficer = await t.loggedIn(
      (await t.user({ unit: office, role: 'TDKT_OFFICER' })).username,
    );
    leader = await t.loggedIn((await t.user({ unit: office, role: 'LEADER' })).username);
  });
  afterAll(() => t.close());

  it('re-judges a draft’s whole list as a job: verdicts rewritten, the report’s counts, one audit row', async () => {
    const roundId = await round('2025-12-15');
    const good = await person(proposing, 'Trần Văn Tốt', 'HTTNV');
    const weak = await person(proposing, 'Lê Văn Vừa', 'HTNV');
    const held = await person(proposing, 'Phạm Thị Hoãn', 'HTXSNV');
    const d = await dossier(roundId, proposing, [
      { personId: good.id },
      { personId: weak.id },
      { personId: held.id },
    ]);
    const before = (await proposer.ok(DOSSIER, { id: d.id })).awardDossier;
    const verdictOf = (x: typeof before, id: string) =>
      x.nominees.find((n) => n.id === id)?.eligibility;
    const [g, w, h] = d.nominees.map((n) => n.id) as [string, string, string];
    expect(verdictOf(before, w)?.verdict).toBe('NOT_ELIGIBLE');
    expect(verdictOf(before, h)?.verdict).not.toBe('NOT_ELIGIBLE');
    expect(before.canCheckEligibility).toBe(true);

    // the records move after the nominees were judged: the stored verdicts are stale
    await proposer.ok(UPDATE_EVALUATION, {
      input: {
        id: weak.evaluation.id,
        version: weak.evaluation.version,
        year: 2025,
        grade: 'HTTNV',
        source: 'Quyết định số 10/QĐ-UBND (đính chính)',
      },
    });
    const source = `Thanh tra tỉnh, Kết luận số 21/KL-TTr ${t.uid()}`;
    await proposer.ok(CREATE_HOLD, {
      input: { personId: held.id, kind: 'THANH_TRA', startsOn: '2025-09-01', source },
    });

    const { checkAwardEligibility: queued } = await proposer.ok(CHECK_DOSSIER, {
      dossierId: d.id,
    });
    expect(queued).toMatchObject({ kind: 'awards.eligibility-check', total: 3 });
    const job = await finished(proposer, queued.id);
    expect(job).toMatchObject({ status: 'SUCCEEDED', progress: 3, total: 3, error: null });
    expect(job.message).toContain('Đã kiểm tra 3 đề nghị của 1 hồ sơ');
    expect(job.message).toContain('Đã cập nhật kết quả');

    const { awardEligibilityCheck: report } = await proposer.ok(REPORT, { jobId: queued.id });
    expect(report).toMatchObject({
      side: 'SUBMITTER',
      finished: true,
      roundId,
      dossierId: d.id,
      dossiers: 1,
      checked: 3,
      notEligible: 1,
      changed: 2,
      stored: 3,
      job: { id: queued.id, status: 'SUCCEEDED' },
    });
    expect(report.eligible + report.toConfirm).toBe(2);
    const heldFinding = report.findings.find((f) => f.nominationId === h);
    expect(heldFinding).toMatchObject({
      dossierId: d.id,
      unitName: proposing.name,
      verdict: 'NOT_ELIGIBLE',
      storedVerdict: verdictOf(before, h)?.verdict,
    });
    expect(heldFinding?.reasons.join(' ')).toContain(source);
    expect(report.findings.find((f) => f.nominationId === w)).toMatchObject({
      storedVerdict: 'NOT_ELIGIBLE',
    });
    expect(report.findings.find((f) => f.nominationId === w)?.verdict).not.toBe('NOT_ELIGIBLE');

    // the list now says what the records say, judged at the check; the dossier's version is untouched
    const after = (await proposer.ok(DOSSIER, { id: d.id })).awardDossier;
    expect(verdictOf(after, h)).toEqual({ verdict: 'NOT_ELIGIBLE', stage: 'CHECK' });
    expect(verdictOf(after, w)?.stage).toBe('CHECK');
    expect(verdictOf(after, w)?.verdict).not.toBe('NOT_ELIGIBLE');
    expect(verdictOf(after, g)?.stage).toBe('CHECK');
    expect(after.version).toBe(d.version);

    // the request and the job's commit: one audit row each
    const rows = (await auditOf(d.id)).filter((r) => /ligibility/.test(r.operation));
    expect(rows.map((r) => r.operation)).toEqual([
      'awardDossier.checkEligibility',
      'awardDossier.eligibilityChecked',
    ]);
    expect(JSON.stringify(rows[1]?.changes)).toContain('Chưa đủ điều kiện');
  });

  it('lets the receiving unit check every dossier it received: a report, the send’s verdicts kept', async () => {
    const roundId = await round('2025-12-20');
    const first = await person(proposing, 'Ngô Thị Gửi', 'HTTNV');
    const second = await person(proposing, 'Đỗ Văn Gửi', 'HTTNV');
    const sent = await dossier(roundId, proposing, [
      { personId: first.id },
      { personId: second.id },
    ]);
    await proposer.ok(SUBMIT, { input: { id: sent.id, version: sent.version } });
    // a draft of a unit below: not the receiver's to read, so not checked
    const draft = await dossier(roundId, branch, [
      { personId: (await person(branch, 'Vũ Văn Nháp', 'HTTNV')).id },
    ]);
    const stored = (await receiver.ok(DOSSIER, { id: sent.id })).awardDossier;
    expect(stored.nominees.every((n) => n.eligibility?.stage === 'SUBMIT')).toBe(true);
    expect(stored.canCheckEligibility).toBe(false);
    expect((await receiver.ok(ROUND_FIELDS, { id: roundId })).awardRound.canCheckEligibility).toBe(
      true,
    );
    expect((await proposer.ok(ROUND_FIELDS, { id: roundId })).awardRound.canCheckEligibility).toBe(
      false,
    );

    // a hold begins after the send
    const source = `Cơ quan điều tra, Quyết định số 5/QĐ-CQĐT ${t.uid()}`;
    await proposer.ok(CREATE_HOLD, {
      input: { personId: first.id, kind: 'DIEU_TRA', startsOn: '2025-10-01', source },
    });
    const { checkRoundEligibility: queued } = await receiver.ok(CHECK_ROUND, { roundId });
    expect(queued.total).toBe(2);
    const job = await finished(receiver, queued.id);
    expect(job.status).toBe('SUCCEEDED');
    expect(job.message).toContain('kết quả đã lưu khi gửi hồ sơ được giữ nguyên');
    const { awardEligibilityCheck: report } = await receiver.ok(REPORT, { jobId: queued.id });
    expect(report).toMatchObject({
      side: 'RECEIVER',
      dossierId: null,
      dossiers: 1,
      checked: 2,
      notEligible: 1,
      changed: 1,
      stored: 0,
    });
    const firstId = sent.nominees.find((n) => n.name.startsWith('Ngô Thị Gửi'))?.id;
    expect(report.findings.map((f) => f.nominationId)).toContain(firstId);
    expect(report.findings.find((f) => f.nominationId === firstId)?.reasons.join(' ')).toContain(
      source,
    );
    expect(report.findings.some((f) => f.dossierId === draft.id)).toBe(false);
    // nothing on the dossier changed: the receiver judges with the report, the council decides
    const kept = (await receiver.ok(DOSSIER, { id: sent.id })).awardDossier;
    expect(kept.nominees).toEqual(stored.nominees);
    expect(kept.version).toBe(stored.version);

    // the proposing unit's own re-check of its sent dossier is a report too
    const { checkAwardEligibility: own } = await proposer.ok(CHECK_DOSSIER, { dossierId: sent.id });
    expect((await finished(proposer, own.id)).status).toBe('SUCCEEDED');
    const ownReport = (await proposer.ok(REPORT, { jobId: own.id })).awardEligibilityCheck;
    expect(ownReport).toMatchObject({ side: 'SUBMITTER', stored: 0, notEligible: 1 });
    expect((await proposer.ok(DOSSIER, { id: sent.id })).awardDossier.nominees).toEqual(
      stored.nominees,
    );
    // a report is its starter's: the receiver does not read the proposer's
    expect((await receiver.fails(REPORT, { jobId: own.id })).extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses outside the caller’s reach with NOT_FOUND, leaving no job, report or audit row', async () => {
    const roundId = await round('2025-12-21');
    const d = await dossier(roundId, proposing, [
      { personId: (await person(proposing, 'Hoàng Văn Phạm Vi', 'HTTNV')).id },
    ]);
    await proposer.ok(SUBMIT, { input: { id: d.id, version: d.version } });
    const auditBefore = (await auditOf(d.id)).length;

    // a sibling phòng: neither the dossier nor the round's receiving exist for it
    expect((await outsider.fails(CHECK_DOSSIER, { dossierId: d.id })).extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await outsider.fails(CHECK_ROUND, { roundId })).extensions?.code).toBe('NOT_FOUND');
    // the proposing unit does not receive for the round; the receiver does not manage the list
    expect((await proposer.fails(CHECK_ROUND, { roundId })).extensions?.code).toBe('NOT_FOUND');
    expect((await receiver.fails(CHECK_DOSSIER, { dossierId: d.id })).extensions?.code).toBe(
      'FORBIDDEN',
    );
    // an empty round has nothing to check: said on its field
    const empty = await receiver.fails(CHECK_ROUND, { roundId: await round('2025-12-22') });
    expect(empty.extensions?.fields?.['roundId']?.[0]).toContain('chưa có hồ sơ');

    expect(await t.db.query(`SELECT 1 FROM jobs WHERE actor_id = $1`, [outsiderId])).toEqual([]);
    expect(
      await t.db.query(
        `SELECT 1 FROM award_eligibility_checks c JOIN jobs j ON j.id = c.job_id WHERE c.round_id = $1`,
        [roundId],
      ),
    ).toEqual([]);
    expect(
      await t.db.query(
        `SELECT 1 FROM audit_log WHERE actor_id = $1 AND operation LIKE '%checkEligibility'`,
        [outsiderId],
      ),
    ).toEqual([]);
    expect((await auditOf(d.id)).length).toBe(auditBefore);

    // sent on Friday 24/01/2025, before Tết: its 05-working-day reception clock ran out on 07/02
    await t.db.query(`UPDATE award_dossiers SET submitted_at = $2 WHERE id = $1`, [
      d.id,
      '2025-01-24T03:00:00Z',
    ]);
    const seen = (await receiver.ok(COUNTERS, { roundId })).awardCounters;
    expect(seen.rounds[0]?.counts).toMatchObject({ proposed: 1, dossiers: 1, overdue: 1 });
    // the sibling's counters count nothing of the round
    const { awardCounters } = await outsider.ok(COUNTERS, { roundId });
    expect(awardCounters.rounds).toHaveLength(1);
    expect(awardCounters.total).toMatchObject({ proposed: 0, dossiers: 0 });
    expect(awardCounters.rounds[0]?.counts.overdue).toBe(0);
  });

  it('counts a campaign’s rounds: proposed, appraised, escalated, by status, only what the caller reads', async () => {
    const plan = await issuedPlan(t, office, officeOfficer, leader, {
      addressed: [receiving, proposing, sibling],
      scope: 'AGENCY',
    });
    const { createAwardRound: lower } = await receiver.ok(CREATE_ROUND, {
      input: {
        kind: 'CAMPAIGN',
        title: `Khen thưởng Đợt thi đua ${t.uid()}`,
        year: 2025,
        receivingUnitId: receiving.id,
        campaignPlanId: plan.id,
      },
    });
    const { createAwardRound: higher } = await officeOfficer.ok(CREATE_ROUND, {
      input: {
        kind: 'CAMPAIGN',
        title: `Đề nghị Bằng khen Chủ tịch UBND tỉnh ${t.uid()}`,
        year: 2025,
        receivingUnitId: office.id,
        campaignPlanId: plan.id,
        decidingAuthority: 'Chủ tịch UBND tỉnh',
      },
    });
    const form = { awardCode: 'GIAY_KHEN', awardName: 'Giấy khen của Chánh Văn phòng' };
    const a = await person(proposing, 'Nguyễn Thị Đạt', 'HTXSNV');
    const b = await person(proposing, 'Trần Văn Trượt', 'HTTNV');
    const d = await dossier(lower.id, proposing, [
      { personId: a.id, ...form },
      { personId: b.id, ...form },
    ]);
    // the empty state first: a round nobody in reach has sent to
    const none = (await receiver.ok(COUNTERS, { roundId: lower.id })).awardCounters;
    expect(none.total).toMatchObject({ proposed: 0, dossiers: 0 });
    expect(none.rounds.map((r) => r.round.id)).toEqual([lower.id]);

    const sent = (await proposer.ok(SUBMIT, { input: { id: d.id, version: d.version } }))
      .submitAwardDossier;
    const received = (await receiver.ok(RECEIVE, { input: { id: d.id, version: sent.version } }))
      .receiveAwardDossier;
    const [pass, fail] = d.nominees.map((n) => n.id) as [string, string];
    await receiver.ok(APPRAISE, {
      input: {
        id: d.id,
        version: received.version,
        items: [
          { nominationId: pass, verdict: 'PASS' },
          { nominationId: fail, verdict: 'FAIL', remark: 'Thành tích chưa nổi bật.' },
        ],
      },
    });
    await receiver.ok(ESCALATE, {
      input: {
        originDossierId: d.id,
        roundId: higher.id,
        nominees: [{ nominationId: pass, awardName: 'Bằng khen của Chủ tịch UBND tỉnh' }],
      },
    });

    const status = (
      c: { byStatus: { status: string; count: number }[] },
      s: string,
    ): number | undefined => c.byStatus.find((x) => x.status === s)?.count;

    // the receiver: the lower round's appraised dossier, and its own draft in the higher round
    const mine = (await receiver.ok(COUNTERS, { campaignPlanId: plan.id })).awardCounters;
    expect(mine.rounds.map((r) => r.roundId).sort()).toEqual([lower.id, higher.id].sort());
    const low = mine.rounds.find((r) => r.roundId === lower.id)?.counts;
    expect(low).toMatchObject({
      proposed: 2,
      appraisedPass: 1,
      appraisedFail: 1,
      escalated: 1,
      dossiers: 1,
      // the plan's deadline (01/10/2025) has passed: the send was accepted and flagged
      late: 1,
      // appraised: no clock runs
      overdue: 0,
    });
    expect(
      (low?.eligible ?? 0) +
        (low?.notEligible ?? 0) +
        (low?.toConfirm ?? 0) +
        (low?.unchecked ?? 0),
    ).toBe(2);
    expect(low && status(low, 'APPRAISED')).toBe(1);
    const high = mine.rounds.find((r) => r.roundId === higher.id)?.counts;
    expect(high).toMatchObject({ proposed: 0, dossiers: 1, escalated: 0 });
    expect(high && status(high, 'DRAFT')).toBe(1);
    expect(mine.total).toMatchObject({
      proposed: 2,
      appraisedPass: 1,
      escalated: 1,
      dossiers: 2,
    });
    expect(status(mine.total, 'APPRAISED')).toBe(1);
    expect(status(mine.total, 'DRAFT')).toBe(1);

    // the proposing unit reads its own dossier (and sees its nominee went up), not the receiver's draft
    const own = (await proposer.ok(COUNTERS, { campaignPlanId: plan.id })).awardCounters;
    expect(own.total).toMatchObject({ proposed: 2, escalated: 1, dossiers: 1 });
    // the sibling phòng: the rounds are public, their dossiers are not
    const other = (await outsider.ok(COUNTERS, { campaignPlanId: plan.id })).awardCounters;
    expect(other.rounds).toHaveLength(2);
    expect(other.total).toMatchObject({ proposed: 0, dossiers: 0, escalated: 0 });
    // without a filter: only rounds where the caller reads a dossier
    const anyRound = (await outsider.ok(COUNTERS, {})).awardCounters;
    expect(anyRound.rounds.map((r) => r.roundId)).not.toContain(lower.id);
  });
});
