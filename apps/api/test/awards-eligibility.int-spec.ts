import type { EvaluationGrade } from './gql/graphql';
import type { UnitEntity } from '../src/modules/org/unit.entity';
import { personIn } from './campaign-registration-fixtures';
import { graphql } from './gql';
import type { GqlClient } from './setup/gql-client';
import { startTestApp, type TestApp } from './setup/test-app';

/**
 * Issue 11, eligibility and clocks wired into the dossiers (ADR 0019): each nominee is judged by the
 * rules in force on the round's judging day (its deadline) for the proposing unit's province, over
 * the records' facts; the verdict is stored with the rule version; a send is refused for a nominee
 * who fails (a hold with its reason), goes through with TO_CONFIRM ones; the cited sáng kiến are
 * locked by the send and freed by a withdrawal; the running clock's due day skips Tết.
 */
const CREATE_ROUND = graphql(`
  mutation AwElRoundCreate($input: CreateAwardRoundInput!) {
    createAwardRound(input: $input) {
      id
    }
  }
`);

const CREATE_DOSSIER = graphql(`
  mutation AwElDossierCreate($input: CreateAwardDossierInput!) {
    createAwardDossier(input: $input) {
      id
      version
    }
  }
`);

const ADD_NOMINEE = graphql(`
  mutation AwElNomineeAdd($input: AddNomineeInput!) {
    addAwardNominee(input: $input) {
      id
      version
      nominees {
        id
        name
        awardCode
        awardName
        initiativeIds
        eligibility {
          verdict
          on
          year
          stage
          ruleVersionId
          basis
          manualReason
          checks {
            key
            code
            principle
            met
            label
            basis
            uncertain
          }
        }
      }
    }
  }
`);

const WRITE_DOCUMENT = graphql(`
  mutation AwElDocumentWrite($input: WriteDossierDocumentInput!) {
    writeAwardDossierDocument(input: $input) {
      id
      version
    }
  }
`);

const SUBMIT = graphql(`
  mutation AwElSubmit($input: AwardDossierRefInput!) {
    submitAwardDossier(input: $input) {
      id
      version
      status
      clock
      dueOn
      deadlineStatus
    }
  }
`);

const WITHDRAW = graphql(`
  mutation AwElWithdraw($input: WithdrawAwardDossierInput!) {
    withdrawAwardDossier(input: $input) {
      id
      version
      status
    }
  }
`);

const DOSSIER = graphql(`
  query AwElDossier($id: ID!) {
    awardDossier(id: $id) {
      id
      version
      status
      clock
      dueOn
      deadlineStatus
      nominees {
        id
        name
        eligibility {
          verdict
          stage
          on
          basis
          ruleVersionId
        }
      }
    }
  }
`);

const INBOX = graphql(`
  query AwElInbox($filter: AwardDossierFilter) {
    awardDossierInbox(filter: $filter, first: 50) {
      edges {
        node {
          id
          dueOn
          deadlineStatus
        }
      }
    }
  }
`);

const CREATE_EVALUATION = graphql(`
  mutation AwElEval($input: CreateEvaluationInput!) {
    createEvaluation(input: $input) {
      id
    }
  }
`);

const CREATE_HOLD = graphql(`
  mutation AwElHold($input: CreateHoldInput!) {
    createHold(input: $input) {
      id
    }
  }
`);

const CREATE_INITIATIVE = graphql(`
  mutation AwElInitiative($input: CreateInitiativeInput!) {
    createInitiative(input: $input) {
      id
    }
  }
`);

const INITIATIVE = graphql(`
  query AwElInitiativeRead($id: ID!) {
    initiative(id: $id) {
      id
      usedFor {
        awardName
        year
        reference
      }
    }
  }
`);

const RULE_VERSIONS = graphql(`
  query AwElRules($awardCode: String, $inForceOn: Date) {
    awardRuleVersions(awardCode: $awardCode, inForceOn: $inForceOn) {
      id
      legalDocument {
        id
      }
    }
  }
`);

const CREATE_RULE = graphql(`
  mutation AwElRuleCreate($input: CreateAwardRuleVersionInput!) {
    createAwardRuleVersion(input: $input) {
      id
    }
  }
`);

describe('award dossiers judged by the rules (issue 11, ADR 0019)', () => {
  let t: TestApp;
  let province: UnitEntity;
  let receiving: UnitEntity;
  let proposing: UnitEntity;
  let receiver: GqlClient;
  let proposer: GqlClient;
  let admin: GqlClient;

  async function round(deadline: string, year = 2025): Promise<string> {
    const { createAwardRound } = await receiver.ok(CREATE_ROUND, {
      input: {
        kind: 'ANNUAL',
        title: `Khen thưởng công trạng năm ${year} ${t.uid()}`,
        year,
        track: 'CONG_TRANG',
        receivingUnitId: receiving.id,
        decidingAuthority: 'Chủ tịch Ủy ban nhân dân tỉnh',
        deadline,
      },
    });
    return createAwardRound.id;
  }

  /** A person of the proposing unit with a 2025 evaluation. */
  async function person(name: string, grade: EvaluationGrade | null): Promise<{ id: string }> {
    const p = await personIn(t, proposer, proposing, `${name} ${t.uid()}`);
    if (grade)
      await proposer.ok(CREATE_EVALUATION, {
        input: { personId: p.id, year: 2025, grade, source: 'Quyết định số 9/QĐ-UBND' },
      });
    return p;
  }

  /** A dossier of the proposing unit in the round with these nominees and every required paper. */
  async function dossier(
    roundId: string,
    nominees: {
      personId: string;
      awardCode?: string;
      awardName?: string;
      initiativeIds?: string[];
    }[],
  ) {
    const { createAwardDossier: d } = await proposer.ok(CREATE_DOSSIER, {
      input: { roundId, unitId: proposing.id },
    });
    let version = d.version;
    let added: Awaited<ReturnType<typeof add>> | null = null;
    async function add(n: (typeof nominees)[number]) {
      return (
        await proposer.ok(ADD_NOMINEE, {
          input: {
            dossierId: d.id,
            version,
            subject: 'INDIVIDUAL',
            personId: n.personId,
            awardCode: n.awardCode ?? 'LAO_DONG_TIEN_TIEN',
            awardName: n.awardName ?? null,
            initiativeIds: n.initiativeIds ?? null,
            achievements: 'Hoàn thành tốt nhiệm vụ năm 2025.',
          },
        })
      ).addAwardNominee;
    }
    for (const n of nominees) {
      added = await add(n);
      version = added.version;
    }
    const list = added?.nominees ?? [];
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

  beforeAll(async () => {
    t = await startTestApp();
    province = await t.unit(`Tỉnh Xét Điều Kiện ${t.uid()}`);
    const office = await t.unit(`Sở Nội vụ ${t.uid()}`, province);
    receiving = await t.unit(`Phòng Thi đua - Khen thưởng ${t.uid()}`, office);
    proposing = await t.unit(`Phòng Tổ chức cán bộ ${t.uid()}`, office);
    receiver = await t.loggedIn((await t.user({ unit: receiving, role: 'TDKT_OFFICER' })).username);
    proposer = await t.loggedIn((await t.user({ unit: proposing, role: 'TDKT_OFFICER' })).username);
    admin = await t.loggedIn((await t.user({ unit: province, role: 'SYSTEM_ADMIN' })).username);
  });
  afterAll(() => t.close());

  it('judges a nominee under the rules in force on the round’s deadline: NĐ 98 on 30/6/2025, NĐ 152 on 1/7/2025', async () => {
    const hoa = await person('Nguyễn Thị Hoa', 'HTTNV');
    const before = await dossier(await round('2025-06-30'), [{ personId: hoa.id }]);
    const after = await dossier(await round('2025-07-01'), [{ personId: hoa.id }]);
    const [b] = before.nominees;
    const [a] = after.nominees;
    expect(b?.eligibility).toMatchObject({ on: '2025-06-30', year: 2025, stage: 'NOMINEE' });
    expect(a?.eligibility).toMatchObject({ on: '2025-07-01', year: 2025, stage: 'NOMINEE' });
    expect(b?.eligibility?.basis).toBe('Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ');
    expect(a?.eligibility?.basis).toBe('Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ');
    expect(b?.eligibility?.ruleVersionId).toBeTruthy();
    expect(b?.eligibility?.ruleVersionId).not.toBe(a?.eligibility?.ruleVersionId);
    // each condition is explained with its own basis
    for (const e of [b?.eligibility, a?.eligibility])
      expect(e?.checks.every((c) => c.label.length > 0 && c.basis.length > 0)).toBe(true);
  });

  it('passes an LĐTT nominee rated HTTNV, fails one rated HTNV with the explanation, and refuses the send naming him', async () => {
    const roundId = await round('2025-12-15');
    const good = await person('Trần Văn Tốt', 'HTTNV');
    const weak = await person('Lê Văn Vừa', 'HTNV');
    const d = await dossier(roundId, [{ personId: good.id }, { personId: weak.id }]);
    const [g, w] = d.nominees;
    expect(g?.eligibility?.verdict).not.toBe('NOT_ELIGIBLE');
    expect(g?.eligibility?.checks.find((c) => c.key === '1')?.met).toBe(true);
    // adding a failing nominee is allowed: the verdict warns
    expect(w?.eligibility?.verdict).toBe('NOT_ELIGIBLE');
    const unmet = w?.eligibility?.checks.find((c) => c.met === false);
    expect(unmet?.label).toContain(w?.name as string);
    expect(unmet?.label).toContain('Hoàn thành nhiệm vụ');

    const refused = await proposer.fails(SUBMIT, { input: { id: d.id, version: d.version } });
    expect(refused.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.message).toContain('chưa đủ điều kiện');
    expect(refused.message).toContain(w?.name as string);
    expect(refused.message).toContain(unmet?.label as string);
    expect(refused.message).not.toContain(g?.name as string);
    // nothing moved
    const { awardDossier } = await proposer.ok(DOSSIER, { id: d.id });
    expect(awardDossier).toMatchObject({ status: 'DRAFT', version: d.version, clock: null });
  });

  it('refuses to send a held person with the hold’s reason; a plan form without a code goes through to confirm by hand', async () => {
    const roundId = await round('2025-12-15');
    const held = await person('Phạm Thị Hoãn', 'HTXSNV');
    const source = `Thanh tra tỉnh, Kết luận số 17/KL-TTr ${t.uid()}`;
    await proposer.ok(CREATE_HOLD, {
      input: { personId: held.id, kind: 'THANH_TRA', startsOn: '2025-09-01', source },
    });
    const d = await dossier(roundId, [{ personId: held.id }]);
    expect(d.nominees[0]?.eligibility?.verdict).toBe('NOT_ELIGIBLE');
    const hold = d.nominees[0]?.eligibility?.checks.find((c) => c.code === 'HOLD');
    expect(hold).toMatchObject({ principle: true, met: false });
    expect(hold?.label).toContain(source);
    const refused = await proposer.fails(SUBMIT, { input: { id: d.id, version: d.version } });
    expect(refused.message).toContain(source);

    // an award named by the plan without a catalog code: TO_CONFIRM with the reason, and it is sent
    const other = await dossier(await round('2025-12-15'), [
      {
        personId: (await person('Đỗ Văn Tay', 'HTTNV')).id,
        awardCode: '',
        awardName: 'Giấy khen của Giám đốc Sở',
      },
    ]);
    const manual = other.nominees[0]?.eligibility;
    expect(manual).toMatchObject({ verdict: 'TO_CONFIRM', ruleVersionId: null, checks: [] });
    expect(manual?.manualReason).toContain('cán bộ đối chiếu');
    const sent = await proposer.ok(SUBMIT, { input: { id: other.id, version: other.version } });
    expect(sent.submitAwardDossier.status).toBe('SUBMITTED');
    const { awardDossier } = await proposer.ok(DOSSIER, { id: other.id });
    expect(awardDossier.nominees[0]?.eligibility).toMatchObject({
      verdict: 'TO_CONFIRM',
      stage: 'SUBMIT',
    });
  });

  it('applies the province’s own rule over the national one for a dossier of that province', async () => {
    const { awardRuleVersions } = await admin.ok(RULE_VERSIONS, {
      awardCode: 'LAO_DONG_TIEN_TIEN',
      inForceOn: '2025-08-15',
    });
    const national = awardRuleVersions[0];
    // the province asks "Hoàn thành xuất sắc nhiệm vụ" for August 2025 only (other tests' rounds
    // fall outside it)
    const { createAwardRuleVersion: own } = await admin.ok(CREATE_RULE, {
      input: {
        awardCode: 'LAO_DONG_TIEN_TIEN',
        track: 'CONG_TRANG',
        provinceUnitId: province.id,
        legalDocumentId: national?.legalDocument.id as string,
        effectiveFrom: '2025-08-01',
        effectiveTo: '2025-08-31',
        content: {
          decidedBy: { text: 'Chủ tịch Ủy ban nhân dân cấp xã', level: 'UNIT', confidence: 'H' },
          conditions: [{ type: 'EVALUATION', floor: 'HTXSNV', years: 1, confidence: 'H' }],
          vote: { required: false, confidence: 'H' },
          publicNotice: { required: false, confidence: 'H' },
          dossier: [{ document: 'Tờ trình', form: 'Mẫu số 01', confidence: 'M' }],
          rewards: [{ subject: 'INDIVIDUAL', multiplier: 0.3, confidence: 'H' }],
          note: `Quy định riêng của tỉnh ${t.uid()}`,
        },
      },
    });
    const good = await person('Vũ Thị Khá', 'HTTNV');
    const d = await dossier(await round('2025-08-15'), [{ personId: good.id }]);
    const e = d.nominees[0]?.eligibility;
    expect(e?.ruleVersionId).toBe(own.id);
    expect(e?.verdict).toBe('NOT_ELIGIBLE');
    expect(e?.checks.find((c) => c.key === '1')).toMatchObject({ met: false });
    // the same person in a round outside the province's period is judged by the national rule
    const later = await dossier(await round('2025-09-15'), [{ personId: good.id }]);
    expect(later.nominees[0]?.eligibility?.ruleVersionId).not.toBe(own.id);
    expect(later.nominees[0]?.eligibility?.verdict).not.toBe('NOT_ELIGIBLE');
  });

  it('locks a cited sáng kiến at the send: a second dossier citing it is refused until the first is withdrawn', async () => {
    const author = await person('Hoàng Văn Sáng', 'HTXSNV');
    const title = `Sáng kiến số hóa hồ sơ ${t.uid()}`;
    const { createInitiative: initiative } = await proposer.ok(CREATE_INITIATIVE, {
      input: {
        personId: author.id,
        title,
        kind: 'SANG_KIEN',
        scope: 'UNIT',
        recognisedOn: '2025-05-20',
        recognisedBy: 'Hội đồng sáng kiến Sở',
      },
    });
    const first = await dossier(await round('2025-12-15'), [
      { personId: author.id, initiativeIds: [initiative.id] },
    ]);
    const second = await dossier(await round('2025-12-20'), [
      { personId: author.id, initiativeIds: [initiative.id] },
    ]);
    expect(first.nominees[0]?.initiativeIds).toEqual([initiative.id]);

    // someone else's sáng kiến cannot be cited
    const stranger = await person('Người Khác', 'HTTNV');
    const { createAwardDossier: d3 } = await proposer.ok(CREATE_DOSSIER, {
      input: { roundId: await round('2025-12-21'), unitId: proposing.id },
    });
    const foreign = await proposer.fails(ADD_NOMINEE, {
      input: {
        dossierId: d3.id,
        version: d3.version,
        subject: 'INDIVIDUAL',
        personId: stranger.id,
        awardCode: 'LAO_DONG_TIEN_TIEN',
        initiativeIds: [initiative.id],
      },
    });
    expect(foreign.extensions?.fields?.['initiativeIds']?.[0]).toContain('không phải của');

    const sent = await proposer.ok(SUBMIT, { input: { id: first.id, version: first.version } });
    expect(sent.submitAwardDossier.status).toBe('SUBMITTED');
    const locked = (await proposer.ok(INITIATIVE, { id: initiative.id })).initiative;
    expect(locked.usedFor).toMatchObject({ awardName: 'Lao động tiên tiến', year: 2025 });
    expect(locked.usedFor?.reference).toContain(first.id);

    const refused = await proposer.fails(SUBMIT, {
      input: { id: second.id, version: second.version },
    });
    expect(refused.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.message).toContain(title);
    expect(refused.message).toContain('chỉ được dùng một lần');

    // the first is withdrawn: the sáng kiến is free again and the second goes
    await proposer.ok(WITHDRAW, {
      input: {
        id: first.id,
        version: sent.submitAwardDossier.version,
        reason: 'Rút để đề nghị đợt sau',
      },
    });
    expect((await proposer.ok(INITIATIVE, { id: initiative.id })).initiative.usedFor).toBeNull();
    const again = await proposer.ok(SUBMIT, { input: { id: second.id, version: second.version } });
    expect(again.submitAwardDossier.status).toBe('SUBMITTED');
    expect(
      (await proposer.ok(INITIATIVE, { id: initiative.id })).initiative.usedFor?.reference,
    ).toContain(second.id);
  });

  it('runs the 05-working-day reception clock from the send, skipping Tết, and filters the overdue in the inbox', async () => {
    const d = await dossier(await round('2025-12-31'), [
      { personId: (await person('Ngô Thị Hạn', 'HTTNV')).id },
    ]);
    const sent = (await proposer.ok(SUBMIT, { input: { id: d.id, version: d.version } }))
      .submitAwardDossier;
    expect(sent.clock).toBe('RECEPTION');
    expect(sent.deadlineStatus).toBe('ON_TRACK');

    // sent on Friday 24/01/2025 at 10:00 in Vietnam, the last working day before Tết Ất Tỵ (27/01–31/01
    // off, shipped calendar): the five working days are 03/02 to 07/02
    await t.db.query(`UPDATE award_dossiers SET submitted_at = $2 WHERE id = $1`, [
      d.id,
      '2025-01-24T03:00:00Z',
    ]);
    const { awardDossier } = await receiver.ok(DOSSIER, { id: d.id });
    expect(awardDossier).toMatchObject({
      clock: 'RECEPTION',
      dueOn: '2025-02-07',
      deadlineStatus: 'OVERDUE',
    });
    const overdue = (await receiver.ok(INBOX, { filter: { overdue: true } })).awardDossierInbox;
    expect(overdue.edges.map((e) => e.node.id)).toContain(d.id);
    const onTime = (await receiver.ok(INBOX, { filter: { overdue: false } })).awardDossierInbox;
    expect(onTime.edges.map((e) => e.node.id)).not.toContain(d.id);

    // one sent today is on time and not overdue
    const today = await dossier(await round('2025-12-30'), [
      { personId: (await person('Ngô Văn Kịp', 'HTTNV')).id },
    ]);
    await proposer.ok(SUBMIT, { input: { id: today.id, version: today.version } });
    expect(
      (await receiver.ok(INBOX, { filter: { overdue: false } })).awardDossierInbox.edges.map(
        (e) => e.node.id,
      ),
    ).toContain(today.id);
  });
});
