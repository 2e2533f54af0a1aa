import {
  WEEKENDS_ONLY,
  addCalendarDays,
  addWorkingDays,
  isWeekend,
  todayInVietnam,
} from '@thidua/shared-domain';
import type { UnitEntity } from '../src/modules/org/unit.entity';
import { graphql } from './gql';
import type { GqlClient } from './setup/gql-client';
import { startTestApp, type TestApp } from './setup/test-app';

/**
 * Issue 11, công khai danh sách đề nghị khen thưởng (ADR 0021): a province's own rule for Lao động
 * tiên tiến in 2025 asks for a 05-working-day public notice (so the test owns the requirement); the
 * proposing unit publishes, the period is counted on the working-day calendar (a day off inside it
 * moves the end), anyone comments without signing in (bounded, 5 an hour per address), the send waits
 * for the period and the handling, then carries the result to the receiving unit.
 */
const CREATE_ROUND = graphql(`
  mutation AwNoRoundCreate($input: CreateAwardRoundInput!) {
    createAwardRound(input: $input) {
      id
    }
  }
`);

const CREATE_DOSSIER = graphql(`
  mutation AwNoDossierCreate($input: CreateAwardDossierInput!) {
    createAwardDossier(input: $input) {
      id
      version
    }
  }
`);

const CREATE_PERSON = graphql(`
  mutation AwNoPerson($input: CreatePersonInput!) {
    createPerson(input: $input) {
      id
    }
  }
`);

const CREATE_EVALUATION = graphql(`
  mutation AwNoEval($input: CreateEvaluationInput!) {
    createEvaluation(input: $input) {
      id
    }
  }
`);

const ADD_NOMINEE = graphql(`
  mutation AwNoNomineeAdd($input: AddNomineeInput!) {
    addAwardNominee(input: $input) {
      id
      version
      nominees {
        id
        name
      }
    }
  }
`);

const WRITE_DOCUMENT = graphql(`
  mutation AwNoDocumentWrite($input: WriteDossierDocumentInput!) {
    writeAwardDossierDocument(input: $input) {
      id
      version
    }
  }
`);

const SUBMIT = graphql(`
  mutation AwNoSubmit($input: AwardDossierRefInput!) {
    submitAwardDossier(input: $input) {
      id
      version
      status
    }
  }
`);

const RULE_VERSIONS = graphql(`
  query AwNoRules($awardCode: String, $inForceOn: Date) {
    awardRuleVersions(awardCode: $awardCode, inForceOn: $inForceOn) {
      id
      legalDocument {
        id
      }
    }
  }
`);

const CREATE_RULE = graphql(`
  mutation AwNoRuleCreate($input: CreateAwardRuleVersionInput!) {
    createAwardRuleVersion(input: $input) {
      id
    }
  }
`);

const CREATE_DAY = graphql(`
  mutation AwNoCreateDay($input: CreateCalendarDayInput!) {
    createCalendarDay(input: $input) {
      id
      version
      date
    }
  }
`);

const DELETE_DAY = graphql(`
  mutation AwNoDeleteDay($input: DeleteCalendarDayInput!) {
    deleteCalendarDay(input: $input) {
      id
    }
  }
`);

const ADD_WORKING_DAYS = graphql(`
  query AwNoAddDays($start: Date!, $days: Int!) {
    addWorkingDays(start: $start, days: $days) {
      date
    }
  }
`);

const PUBLISH = graphql(`
  mutation AwNoPublish($input: PublishAwardNoticeInput!) {
    publishAwardNotice(input: $input) {
      id
      version
      title
      required
      workingDays
      articles
      startsOn
      endsOn
      status
      phase
      publicPath
      nominees {
        position
        nominationId
        name
        detail
        awardName
        required
      }
    }
  }
`);

const CLOSE = graphql(`
  mutation AwNoClose($input: CloseAwardNoticeInput!) {
    closeAwardNotice(input: $input) {
      id
      version
      status
    }
  }
`);

const HANDLE = graphql(`
  mutation AwNoHandle($input: HandleNoticeCommentInput!) {
    handleNoticeComment(input: $input) {
      id
      version
      outcome
      handling
      handledByName
    }
  }
`);

const NOTICE = graphql(`
  query AwNoNotice($dossierId: ID!) {
    awardNotice(dossierId: $dossierId) {
      id
      version
      status
      phase
      required
      endsOn
      unhandledCount
      canManage
      counts {
        kind
        count
      }
      comments(first: 50) {
        totalCount
        edges {
          node {
            id
            version
            kind
            nomineeLabel
            text
            authorName
            contact
            outcome
            handling
          }
        }
      }
    }
  }
`);

const DOSSIER = graphql(`
  query AwNoDossier($id: ID!) {
    awardDossier(id: $id) {
      id
      version
      status
      noticeRequirement {
        required
        workingDays
        articles
        nominees
      }
      notice {
        id
        phase
      }
      events {
        action
        notice {
          noticeId
          required
          workingDays
          startsOn
          endsOn
          closedAt
          nominees
          counts {
            kind
            count
          }
          comments {
            kind
            nominee
            excerpt
            outcome
            handling
            handledBy
          }
        }
      }
    }
  }
`);

const PUBLIC_LIST = graphql(`
  query AwNoPublicList($search: String) {
    publicAwardNotices(first: 20, search: $search) {
      totalCount
      edges {
        node {
          id
          title
          unitName
          startsOn
          endsOn
          workingDays
          articles
          acceptingComments
          nominees {
            position
            subject
            name
            detail
            awardName
          }
        }
      }
    }
  }
`);

const PUBLIC_ONE = graphql(`
  query AwNoPublicOne($id: ID!) {
    publicAwardNotice(id: $id) {
      id
      title
      acceptingComments
    }
  }
`);

const COMMENT = graphql(`
  mutation AwNoComment($input: SubmitNoticeCommentInput!) {
    submitNoticeComment(input: $input) {
      kind
      nomineeLabel
      receivedAt
    }
  }
`);

const RULE_ARTICLE = 'Điều 9 Quy định thi đua, khen thưởng của tỉnh (thử nghiệm)';

describe('public notice of award lists (issue 11, ADR 0021)', () => {
  let t: TestApp;
  let province: UnitEntity;
  let proposing: UnitEntity;
  let receiving: UnitEntity;
  let proposer: GqlClient;
  let receiver: GqlClient;
  let sibling: GqlClient;
  let admin: GqlClient;

  /** A person of the proposing unit with a 2025 HTTNV evaluation (eligible for LĐTT). */
  async function person(name: string): Promise<{ id: string; fullName: string }> {
    const fullName = `${name} ${t.uid()}`;
    const { createPerson } = await proposer.ok(CREATE_PERSON, {
      input: {
        code: `CB-${t.uid().toUpperCase()}`,
        fullName,
        sex: 'MALE',
        dateOfBirth: '1981-03-17',
        position: {
          unitId: proposing.id,
          title: 'Chuyên viên',
          startedOn: '2024-01-01',
          staffCategory: 'CIVIL_SERVANT',
        },
      },
    });
    await proposer.ok(CREATE_EVALUATION, {
      input: {
        personId: createPerson.id,
        year: 2025,
        grade: 'HTTNV',
        source: 'Quyết định số 9/QĐ',
      },
    });
    return { id: createPerson.id, fullName };
  }

  /** A dossier ready to send, its nominees proposed for `awardCode` (LĐTT: the province asks a notice). */
  async function dossier(
    names: string[],
    award: { awardCode: string; awardName?: string } = { awardCode: 'LAO_DONG_TIEN_TIEN' },
  ) {
    const { createAwardDossier: d } = await proposer.ok(CREATE_DOSSIER, {
      input: { roundId: await round(), unitId: proposing.id },
    });
    let version = d.version;
    const people = [];
    let nominees: { id: string; name: string }[] = [];
    for (const name of names) {
      const p = await person(name);
      people.push(p);
      const added = (
        await proposer.ok(ADD_NOMINEE, {
          input: {
            dossierId: d.id,
            version,
            subject: 'INDIVIDUAL',
            personId: p.id,
            awardCode: award.awardCode,
            awardName: award.awardName ?? null,
            achievements: 'Hoàn thành tốt nhiệm vụ năm 2025.',
          },
        })
      ).addAwardNominee;
      version = added.version;
      nominees = added.nominees;
    }
    for (const kind of ['TO_TRINH', 'BIEN_BAN'] as const)
      version = (
        await proposer.ok(WRITE_DOCUMENT, {
          input: { dossierId: d.id, version, kind, text: `Nội dung ${kind}` },
        })
      ).writeAwardDossierDocument.version;
    for (const n of nominees)
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
    return { id: d.id, version, nominees, people };
  }

  /** Each dossier in a round of its own (one dossier per round and unit). */
  async function round(): Promise<string> {
    const { createAwardRound } = await receiver.ok(CREATE_ROUND, {
      input: {
        kind: 'ANNUAL',
        title: `Khen thưởng công trạng năm 2025 ${t.uid()}`,
        year: 2025,
        track: 'CONG_TRANG',
        receivingUnitId: receiving.id,
        decidingAuthority: 'Giám đốc Sở',
        deadline: '2025-12-15',
      },
    });
    return createAwardRound.id;
  }

  async function auditRows(where: string, params: unknown[]) {
    return (await t.db.query(
      `SELECT operation, actor_type, actor_id, actor_name, unit_id, changes::text AS changes
         FROM audit_log WHERE ${where}`,
      params,
    )) as {
      operation: string;
      actor_type: string;
      actor_id: string | null;
      actor_name: string;
      unit_id: string;
      changes: string;
    }[];
  }

  async function commentCount(noticeId: string): Promise<number> {
    const [row] = await t.db.query(
      `SELECT count(*)::int AS n FROM award_notice_comments WHERE notice_id = $1`,
      [noticeId],
    );
    return Number(row.n);
  }

  /** Moves a notice's period into the past (the test cannot wait five working days). */
  async function endPeriod(noticeId: string): Promise<void> {
    await t.db.query(
      `UPDATE award_public_notices SET starts_on = '2025-11-03', ends_on = '2025-11-10' WHERE id = $1`,
      [noticeId],
    );
  }

  beforeAll(async () => {
    t = await startTestApp();
    province = await t.unit(`Tỉnh Công Khai ${t.uid()}`);
    const office = await t.unit(`Sở Nội vụ ${t.uid()}`, province);
    receiving = await t.unit(`Phòng Thi đua - Khen thưởng ${t.uid()}`, office);
    proposing = await t.unit(`Phòng Tổng hợp ${t.uid()}`, office);
    const third = await t.unit(`Phòng Kinh tế ${t.uid()}`, office);
    receiver = await t.loggedIn((await t.user({ unit: receiving, role: 'TDKT_OFFICER' })).username);
    proposer = await t.loggedIn((await t.user({ unit: proposing, role: 'TDKT_OFFICER' })).username);
    sibling = await t.loggedIn((await t.user({ unit: third, role: 'TDKT_OFFICER' })).username);
    admin = await t.loggedIn(
      (await t.user({ unit: province, role: 'SYSTEM_ADMIN', scope: null })).username,
    );
    // the province asks a 05-working-day notice for LĐTT in 2025 (its own rule beats the national one)
    const { awardRuleVersions } = await admin.ok(RULE_VERSIONS, {
      awardCode: 'LAO_DONG_TIEN_TIEN',
      inForceOn: '2025-12-15',
    });
    await admin.ok(CREATE_RULE, {
      input: {
        awardCode: 'LAO_DONG_TIEN_TIEN',
        track: 'CONG_TRANG',
        provinceUnitId: province.id,
        legalDocumentId: awardRuleVersions[0]?.legalDocument.id as string,
        effectiveFrom: '2025-01-01',
        effectiveTo: '2025-12-31',
        content: {
          decidedBy: { text: 'Giám đốc Sở', level: 'UNIT', confidence: 'H' },
          conditions: [{ type: 'EVALUATION', floor: 'HTTNV', years: 1, confidence: 'H' }],
          vote: { required: false, confidence: 'H' },
          publicNotice: { required: true, workingDays: 5, article: RULE_ARTICLE, confidence: 'H' },
          dossier: [{ document: 'Tờ trình', form: 'Mẫu số 01', confidence: 'M' }],
          rewards: [{ subject: 'INDIVIDUAL', multiplier: 0.3, confidence: 'H' }],
          note: `Quy định công khai thử ${t.uid()}`,
        },
      },
    });
  });
  afterAll(() => t.close());

  it('publishes for the rule’s working days counted on the calendar (a day off inside moves the end), showing the public only public fields', async () => {
    const d = await dossier(['Nguyễn Văn Công', 'Trần Thị Khai']);
    const { awardDossier: before } = await proposer.ok(DOSSIER, { id: d.id });
    expect(before.noticeRequirement).toMatchObject({
      required: true,
      workingDays: 5,
      articles: [RULE_ARTICLE],
    });
    expect(before.notice).toBeNull();

    // a day off on the first weekday after today (the first free one), inside the five working days
    const today = todayInVietnam();
    let dayOff: { id: string; version: number; date: string } | null = null;
    for (let day = addCalendarDays(today, 1); !dayOff; day = addCalendarDays(day, 1)) {
      if (isWeekend(day)) continue;
      const res = await admin.request<{
        createCalendarDay: { id: string; version: number; date: string };
      }>(CREATE_DAY.toString(), {
        input: { date: day, kind: 'DAY_OFF', name: `Nghỉ thử công khai ${t.uid()}` },
      });
      if (res.data?.createCalendarDay) dayOff = res.data.createCalendarDay;
      expect(day < addCalendarDays(today, 30)).toBe(true);
    }
    try {
      // refused first: an end before the rule's five working days (nothing written, nothing audited)
      const title = `Danh sách thử ${t.uid()}`;
      const short = await proposer.fails(PUBLISH, {
        input: { dossierId: d.id, endsOn: addCalendarDays(today, 1), title },
      });
      expect(short.extensions?.code).toBe('BAD_USER_INPUT');
      expect(short.extensions?.fields?.['endsOn']?.[0]).toMatch(
        /^Công khai ít nhất 05 ngày làm việc: ngày kết thúc từ \d{2}\/\d{2}\/\d{4} trở đi\.$/,
      );
      expect(await auditRows(`entity_label = $1`, [title])).toEqual([]);
      expect((await proposer.ok(NOTICE, { dossierId: d.id })).awardNotice).toBeNull();

      const { publishAwardNotice: n } = await proposer.ok(PUBLISH, {
        input: { dossierId: d.id, title },
      });
      const expected = (await admin.ok(ADD_WORKING_DAYS, { start: today, days: 5 })).addWorkingDays
        .date;
      expect(n).toMatchObject({
        title,
        required: true,
        workingDays: 5,
        articles: [RULE_ARTICLE],
        startsOn: today,
        endsOn: expected,
        status: 'OPEN',
        phase: 'RUNNING',
        publicPath: `/cong-khai/${n.id}`,
      });
      // the day off counted: the end is later than five weekdays would give
      expect(n.endsOn > addWorkingDays(today, 5, WEEKENDS_ONLY)).toBe(true);
      expect(dayOff.date > today && dayOff.date <= n.endsOn).toBe(true);
      expect(n.nominees.map((x) => [x.position, x.name, x.detail, x.required])).toEqual([
        [1, d.people[0]?.fullName, `Chuyên viên, ${proposing.name}`, true],
        [2, d.people[1]?.fullName, `Chuyên viên, ${proposing.name}`, true],
      ]);
      const published = await auditRows(`entity_id = $1 AND operation = 'awardNotice.publish'`, [
        n.id,
      ]);
      expect(published).toHaveLength(1);
      expect(published[0]?.unit_id).toBe(proposing.id);

      // anyone, signed in or not, reads it: name, post, award — no ids, no birth date
      const anonymous = t.client();
      const raw = await anonymous.request(PUBLIC_LIST.toString(), {
        search: proposing.name,
      });
      expect(raw.errors).toBeUndefined();
      const list = (raw.data as { publicAwardNotices: { edges: { node: { id: string } }[] } })
        .publicAwardNotices;
      expect(list.edges.map((e) => e.node.id)).toEqual([n.id]);
      expect(list.edges[0]?.node).toMatchObject({
        title,
        unitName: proposing.name,
        startsOn: today,
        endsOn: expected,
        workingDays: 5,
        articles: [RULE_ARTICLE],
        acceptingComments: true,
        nominees: [
          {
            position: 1,
            subject: 'INDIVIDUAL',
            name: d.people[0]?.fullName,
            detail: `Chuyên viên, ${proposing.name}`,
            awardName: 'Lao động tiên tiến',
          },
          expect.objectContaining({ position: 2 }),
        ],
      });
      const text = JSON.stringify(raw.data);
      for (const secret of [d.id, proposing.id, d.people[0]?.id, d.nominees[0]?.id, '1981'])
        expect(text).not.toContain(secret as string);
      expect((await anonymous.ok(PUBLIC_ONE, { id: n.id })).publicAwardNotice).toMatchObject({
        id: n.id,
        acceptingComments: true,
      });
      // a second notice while this one runs is refused
      const again = await proposer.fails(PUBLISH, { input: { dossierId: d.id } });
      expect(again.extensions?.fields?.['dossierId']?.[0]).toContain('đang công khai đến hết ngày');
    } finally {
      await admin.ok(DELETE_DAY, { input: { id: dayOff.id, version: dayOff.version } });
    }
  });

  it('takes anonymous comments, bounded and limited to 5 an hour per address, audited without author or text', async () => {
    const d = await dossier(['Lê Văn Góp']);
    const { publishAwardNotice: n } = await proposer.ok(PUBLISH, { input: { dossierId: d.id } });
    const citizen = t.client();
    const author = `Công dân ${t.uid()}`;
    const contact = `09${t.uid()}`;
    const { submitNoticeComment: receipt } = await citizen.ok(COMMENT, {
      input: {
        noticeId: n.id,
        kind: 'KHIEU_NAI',
        nomineePosition: 1,
        text: 'Ông Lê Văn Góp chưa hoàn thành nhiệm vụ quý IV.',
        authorName: author,
        contact,
      },
    });
    expect(receipt).toMatchObject({
      kind: 'KHIEU_NAI',
      nomineeLabel: `1. ${d.people[0]?.fullName}`,
    });

    // bounded: too long, a position not on the list, blank — each refused in Vietnamese, nothing kept
    const long = await citizen.fails(COMMENT, {
      input: { noticeId: n.id, kind: 'GOP_Y', text: 'ý'.repeat(2001) },
    });
    expect(long.extensions?.fields?.['text']).toEqual([
      'Nội dung ý kiến không được dài quá 2000 ký tự.',
    ]);
    const nobody = await citizen.fails(COMMENT, {
      input: { noticeId: n.id, kind: 'GOP_Y', nomineePosition: 7, text: 'Ai đây?' },
    });
    expect(nobody.extensions?.fields?.['nomineePosition']).toEqual([
      'Số thứ tự không có trong danh sách.',
    ]);
    const blank = await citizen.fails(COMMENT, {
      input: { noticeId: n.id, kind: 'GOP_Y', text: '   ' },
    });
    expect(blank.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await commentCount(n.id)).toBe(1);

    // 5 an hour from one address: the 6th is refused with the wait; another address still comments
    for (let i = 2; i <= 5; i += 1)
      await citizen.ok(COMMENT, {
        input: { noticeId: n.id, kind: 'GOP_Y', text: `Góp ý số ${i}` },
      });
    const limited = await citizen.fails(COMMENT, {
      input: { noticeId: n.id, kind: 'GOP_Y', text: 'Góp ý số 6' },
    });
    expect(limited.extensions?.code).toBe('RATE_LIMITED');
    expect(limited.message).toMatch(
      /^Mỗi địa chỉ gửi tối đa 5 ý kiến mỗi giờ cho một danh sách\. Vui lòng gửi lại sau \d+ phút\.$/,
    );
    await t.client().ok(COMMENT, { input: { noticeId: n.id, kind: 'TO_CAO', text: 'Tố cáo thử' } });
    expect(await commentCount(n.id)).toBe(6);

    // one public audit row per comment taken, scoped to the proposing unit, naming nobody
    const audited = await auditRows(`entity_id = $1 AND operation = 'awardNotice.comment'`, [n.id]);
    expect(audited).toHaveLength(6);
    for (const row of audited) {
      expect(row).toMatchObject({
        actor_type: 'USER',
        actor_id: null,
        actor_name: 'Người gửi ý kiến (không đăng nhập)',
        unit_id: proposing.id,
      });
      expect(row.changes).not.toContain(author);
      expect(row.changes).not.toContain(contact);
      expect(row.changes).not.toContain('quý IV');
    }

    // the proposing unit's officer sees the comments with their author; the sibling does not see them
    const { awardNotice } = await proposer.ok(NOTICE, { dossierId: d.id });
    expect(awardNotice).toMatchObject({ unhandledCount: 6, canManage: true });
    expect(awardNotice?.counts).toEqual([
      { kind: 'GOP_Y', count: 4 },
      { kind: 'KHIEU_NAI', count: 1 },
      { kind: 'TO_CAO', count: 1 },
    ]);
    expect(awardNotice?.comments.edges[0]?.node).toMatchObject({
      kind: 'KHIEU_NAI',
      authorName: author,
      contact,
      outcome: null,
    });
    expect((await sibling.fails(NOTICE, { dossierId: d.id })).extensions?.code).toBe('NOT_FOUND');
    const comment = awardNotice?.comments.edges[0]?.node;
    const stranger = await sibling.fails(HANDLE, {
      input: {
        id: comment?.id as string,
        version: comment?.version as number,
        outcome: 'NOTED',
        handling: 'Không phải việc của tôi',
      },
    });
    expect(stranger.extensions?.code).toBe('NOT_FOUND');
    const closing = await sibling.fails(CLOSE, { input: { id: n.id, version: n.version } });
    expect(closing.extensions?.code).toBe('NOT_FOUND');
    expect((await sibling.fails(PUBLISH, { input: { dossierId: d.id } })).extensions?.code).toBe(
      'NOT_FOUND',
    );
    // the receiving unit does not read a dossier never sent, nor its notice
    expect((await receiver.fails(NOTICE, { dossierId: d.id })).extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses the send while the notice runs or a comment waits; the handled result travels with the dossier to the receiver', async () => {
    const d = await dossier(['Phạm Thị Gửi']);
    const { publishAwardNotice: n } = await proposer.ok(PUBLISH, { input: { dossierId: d.id } });
    const citizen = t.client();
    for (const [kind, text] of [
      ['GOP_Y', 'Đề nghị nêu rõ thành tích năm 2025.'],
      ['KHIEU_NAI', 'Bà Gửi bị khách hàng phản ánh tháng 10.'],
    ] as const)
      await citizen.ok(COMMENT, {
        input: { noticeId: n.id, kind, nomineePosition: 1, text, authorName: 'Người dân' },
      });

    const running = await proposer.fails(SUBMIT, { input: { id: d.id, version: d.version } });
    expect(running.extensions?.code).toBe('BAD_USER_INPUT');
    expect(running.message).toMatch(
      /^Danh sách đang công khai đến hết ngày \d{2}\/\d{2}\/\d{4}: chỉ gửi hồ sơ được sau thời hạn công khai\.$/,
    );
    const early = await proposer.fails(CLOSE, { input: { id: n.id, version: n.version } });
    expect(early.extensions?.fields?.['id']?.[0]).toMatch(
      /^Quy định yêu cầu công khai đến hết ngày/,
    );

    await endPeriod(n.id);
    // the period is over: gone from the public page, no more comments
    const anonymous = t.client();
    expect((await anonymous.fails(PUBLIC_ONE, { id: n.id })).extensions?.code).toBe('NOT_FOUND');
    const late = await anonymous.fails(COMMENT, {
      input: { noticeId: n.id, kind: 'GOP_Y', text: 'Muộn' },
    });
    expect(late.extensions?.fields?.['noticeId']).toEqual([
      'Đã hết thời hạn nhận ý kiến (đến hết ngày 10/11/2025).',
    ]);
    const waiting = await proposer.fails(SUBMIT, { input: { id: d.id, version: d.version } });
    expect(waiting.message).toBe(
      'Còn 02 ý kiến về danh sách công khai chưa xử lý: hãy ghi kết quả xử lý trước khi gửi hồ sơ.',
    );

    const { awardNotice } = await proposer.ok(NOTICE, { dossierId: d.id });
    const [first, second] = (awardNotice?.comments.edges ?? []).map((e) => e.node);
    if (!first || !second) throw new Error('comments missing');
    await proposer.ok(HANDLE, {
      input: {
        id: first.id,
        version: first.version,
        outcome: 'NOTED',
        handling: 'Đã bổ sung thành tích vào báo cáo.',
      },
    });
    const handled = await proposer.ok(HANDLE, {
      input: {
        id: second.id,
        version: second.version,
        outcome: 'REJECTED',
        handling: 'Đã xác minh: phản ánh không đúng.',
      },
    });
    expect(handled.handleNoticeComment).toMatchObject({ outcome: 'REJECTED', version: 2 });
    // a stale version is a conflict, and writes nothing
    const stale = await proposer.fails(HANDLE, {
      input: { id: second.id, version: second.version, outcome: 'ACCEPTED', handling: 'Khác' },
    });
    expect(stale.extensions?.code).toBe('CONFLICT');

    const sent = await proposer.ok(SUBMIT, { input: { id: d.id, version: d.version } });
    expect(sent.submitAwardDossier.status).toBe('SUBMITTED');

    // the receiver reads what travelled: the period, the counts, each handling — not who wrote
    const { awardDossier } = await receiver.ok(DOSSIER, { id: d.id });
    const carried = awardDossier.events.find((e) => e.action === 'SUBMIT')?.notice;
    expect(carried).toMatchObject({
      noticeId: n.id,
      required: true,
      workingDays: 5,
      startsOn: '2025-11-03',
      endsOn: '2025-11-10',
      nominees: 1,
      counts: [
        { kind: 'GOP_Y', count: 1 },
        { kind: 'KHIEU_NAI', count: 1 },
        { kind: 'TO_CAO', count: 0 },
      ],
      comments: [
        {
          kind: 'GOP_Y',
          nominee: `1. ${d.people[0]?.fullName}`,
          outcome: 'NOTED',
          handling: 'Đã bổ sung thành tích vào báo cáo.',
        },
        {
          kind: 'KHIEU_NAI',
          excerpt: 'Bà Gửi bị khách hàng phản ánh tháng 10.',
          outcome: 'REJECTED',
          handling: 'Đã xác minh: phản ánh không đúng.',
        },
      ],
    });
    expect(carried?.closedAt).toBeTruthy();
    expect(awardDossier.notice?.phase).toBe('CLOSED');
    const forReceiver = (await receiver.ok(NOTICE, { dossierId: d.id })).awardNotice;
    expect(forReceiver).toMatchObject({ canManage: false, unhandledCount: 0 });
    expect(forReceiver?.comments.edges.map((e) => e.node.authorName)).toEqual([null, null]);
    expect(forReceiver?.comments.edges[1]?.node.handling).toBe('Đã xác minh: phản ánh không đúng.');

    // once sent, the handling is what travelled
    const after = await proposer.fails(HANDLE, {
      input: { id: first.id, version: 2, outcome: 'ACCEPTED', handling: 'Sửa sau' },
    });
    expect(after.extensions?.fields?.['id']).toEqual([
      'Hồ sơ đã gửi: kết quả xử lý ý kiến đã chuyển theo hồ sơ, không sửa được.',
    ]);
  });

  it('asks a notice before the send when a rule requires it, publishes again after a nominee joins, and asks none where no rule does', async () => {
    const d = await dossier(['Hoàng Văn Chưa']);
    const none = await proposer.fails(SUBMIT, { input: { id: d.id, version: d.version } });
    expect(none.message).toBe(
      `Phải công khai danh sách đề nghị khen thưởng ít nhất 05 ngày làm việc trước khi gửi hồ sơ (${d.people[0]?.fullName} (Lao động tiên tiến), ${RULE_ARTICLE}): hãy công khai danh sách.`,
    );

    const { publishAwardNotice: n } = await proposer.ok(PUBLISH, { input: { dossierId: d.id } });
    await endPeriod(n.id);
    // a nominee joins after the notice: the public never saw them
    const late = await person('Đỗ Thị Sau');
    const added = (
      await proposer.ok(ADD_NOMINEE, {
        input: {
          dossierId: d.id,
          version: d.version,
          subject: 'INDIVIDUAL',
          personId: late.id,
          awardCode: 'LAO_DONG_TIEN_TIEN',
        },
      })
    ).addAwardNominee;
    const joined = added.nominees.find((x) => x.name === late.fullName);
    const version = (
      await proposer.ok(WRITE_DOCUMENT, {
        input: {
          dossierId: d.id,
          version: added.version,
          kind: 'BAO_CAO_THANH_TICH',
          nominationId: joined?.id as string,
          text: 'Báo cáo thành tích',
        },
      })
    ).writeAwardDossierDocument.version;
    const missing = await proposer.fails(SUBMIT, { input: { id: d.id, version } });
    expect(missing.message).toBe(
      `Danh sách đã công khai không có ${late.fullName} (Lao động tiên tiến): hãy công khai lại danh sách trước khi gửi hồ sơ.`,
    );
    // publishing again closes the ended notice and freezes the new list
    const { publishAwardNotice: again } = await proposer.ok(PUBLISH, {
      input: { dossierId: d.id },
    });
    expect(again.id).not.toBe(n.id);
    expect(again.nominees.map((x) => x.name)).toEqual([d.people[0]?.fullName, late.fullName]);
    const closed = await auditRows(`entity_id = $1 AND operation = 'awardNotice.close'`, [n.id]);
    expect(closed).toHaveLength(1);

    // a plan's form with no catalog code has no rule: nothing asks a notice, the send goes through
    const free = await dossier(['Vũ Văn Tự'], {
      awardCode: '',
      awardName: 'Giấy khen của Giám đốc Sở',
    });
    const { awardDossier: freeDossier } = await proposer.ok(DOSSIER, { id: free.id });
    expect(freeDossier.noticeRequirement).toMatchObject({ required: false, nominees: [] });
    const sent = await proposer.ok(SUBMIT, { input: { id: free.id, version: free.version } });
    expect(sent.submitAwardDossier.status).toBe('SUBMITTED');
    const { awardDossier: sentDossier } = await proposer.ok(DOSSIER, { id: free.id });
    expect(sentDossier.events.find((e) => e.action === 'SUBMIT')?.notice).toBeNull();
  });

  it('lets the officer close a voluntary notice at once; a closed notice takes no comment and leaves the public list', async () => {
    const d = await dossier(['Bùi Văn Tự Nguyện'], {
      awardCode: '',
      awardName: 'Giấy khen của Giám đốc Sở',
    });
    const { publishAwardNotice: n } = await proposer.ok(PUBLISH, { input: { dossierId: d.id } });
    expect(n).toMatchObject({ required: false, workingDays: 5, articles: [] });
    const closed = await proposer.ok(CLOSE, { input: { id: n.id, version: n.version } });
    expect(closed.closeAwardNotice.status).toBe('CLOSED');
    const anonymous = t.client();
    const refused = await anonymous.fails(COMMENT, {
      input: { noticeId: n.id, kind: 'GOP_Y', text: 'Sau khi đóng' },
    });
    expect(refused.extensions?.fields?.['noticeId']).toEqual([
      'Danh sách đã kết thúc công khai: không nhận thêm ý kiến.',
    ]);
    expect(await commentCount(n.id)).toBe(0);
    expect(
      (await anonymous.ok(PUBLIC_LIST, { search: proposing.name })).publicAwardNotices.edges.map(
        (e) => e.node.id,
      ),
    ).not.toContain(n.id);
    // an unknown notice is simply not found
    const unknown = await anonymous.fails(COMMENT, {
      input: { noticeId: '00000000-0000-4000-8000-000000000000', kind: 'GOP_Y', text: 'Ai?' },
    });
    expect(unknown.extensions?.code).toBe('NOT_FOUND');
  });
});
