import { createHash } from 'node:crypto';
import { finishBlindToken, startBlindToken, base64UrlToBytes } from '@thidua/shared-domain';
import type { UnitEntity } from '../src/modules/org/unit.entity';
import {
  CAST,
  castCode,
  openRound,
  roundOp,
  votingSession,
  type VotingFixture,
} from './council-voting-fixtures';
import { graphql } from './gql';
import type { GqlClient } from './setup/gql-client';
import { startTestApp, type TestApp } from './setup/test-app';

/**
 * Issue 12, "Voting": rounds opened at the quorum, ballots cast with one-time room codes or blind-signed
 * remote tokens (blinded here as the member's browser does, through the shared client half), the paper
 * double entry, the tally on the total membership with absentees' written opinions, the chair's pick on
 * a tie over the quota and the limit of two rounds.
 */
type Choice = 'AGREE' | 'DISAGREE';

const ROUND = graphql(`
  query CvRound($id: ID!) {
    councilVotingRound(id: $id) {
      id
      castCount
      blindKey {
        kty
        n
        e
      }
      results {
        agendaItemId
        agree
      }
    }
  }
`);

const CODES = graphql(`
  mutation CvCodes($input: CouncilRoundRefInput!) {
    generateCouncilVotingCodes(input: $input) {
      codes
    }
  }
`);

const OPEN = graphql(`
  mutation CvOpen($input: OpenCouncilVotingRoundInput!) {
    openCouncilVotingRound(input: $input) {
      id
    }
  }
`);

const WRITTEN = graphql(`
  mutation CvWritten($input: RecordWrittenOpinionsInput!) {
    recordWrittenOpinions(input: $input) {
      id
    }
  }
`);

const ISSUE = graphql(`
  mutation CvIssue($input: IssueCouncilVotingTokenInput!) {
    issueCouncilVotingToken(input: $input) {
      blindSignature
    }
  }
`);

const ENTER = graphql(`
  mutation CvEnter($input: EnterPaperTallyInput!) {
    enterPaperTally(input: $input) {
      id
    }
  }
`);

const CONFIRM = graphql(`
  mutation CvConfirm($input: CouncilRoundRefInput!) {
    confirmPaperTally(input: $input) {
      id
    }
  }
`);

const DECIDE = graphql(`
  mutation CvDecide($input: DecideCouncilTieInput!) {
    decideCouncilTie(input: $input) {
      id
      results {
        rank
        withinQuota
      }
    }
  }
`);

const SECOND = graphql(`
  mutation CvSecond($input: OpenCouncilSecondRoundInput!) {
    openCouncilSecondRound(input: $input) {
      id
      number
    }
  }
`);

describe('council voting rounds (issue 12)', () => {
  let t: TestApp;
  let office: UnitEntity;
  let officer: GqlClient;

  beforeAll(async () => {
    t = await startTestApp();
    const province = await t.unit(`Tỉnh Bỏ Phiếu ${t.uid()}`);
    office = await t.unit(`Sở Bỏ Phiếu ${t.uid()}`, province);
    officer = await t.loggedIn((await t.user({ unit: office, role: 'TDKT_OFFICER' })).username);
  });
  afterAll(() => t.close());

  const ballot = (f: VotingFixture, choices: Choice[]) =>
    choices.map((choice, i) => ({ agendaItemId: f.items[i] as string, choice }));

  async function readRound(id: string) {
    return (await officer.ok(ROUND, { id })).councilVotingRound;
  }

  it('counts a room round of 5 members × 3 candidates on the total membership, hiding results until the tally', async () => {
    const f = await votingSession(t, officer, office, { members: 5, present: 5, candidates: 3 });
    const round = await openRound(officer, f, 'ROOM');
    expect(round).toMatchObject({ number: 1, status: 'OPEN', members: 5, voters: 5, castCount: 0 });
    const { codes } = await roundOp(officer, 'generateCouncilVotingCodes', round.id);
    expect(codes).toHaveLength(5);
    // the codes are shown once: a second print is refused
    const again = await officer.fails(CODES, { input: { roundId: round.id } });
    expect(again.message).toContain('đã được in');
    const votes: Choice[][] = [
      ['AGREE', 'AGREE', 'AGREE'],
      ['AGREE', 'AGREE', 'AGREE'],
      ['AGREE', 'AGREE', 'AGREE'],
      ['AGREE', 'DISAGREE', 'AGREE'],
      ['DISAGREE', 'DISAGREE', 'AGREE'],
    ];
    for (const [i, v] of votes.entries()) {
      const res = await castCode(t.client(), round.id, codes[i] as string, ballot(f, v));
      expect(res.errors).toBeUndefined();
    }
    const live = await readRound(round.id);
    expect(live.castCount).toBe(5);
    expect(live.results).toBeNull();
    // a used code is refused, and so is a ballot that leaves a candidate out
    const reused = await castCode(
      t.client(),
      round.id,
      codes[0] as string,
      ballot(f, votes[0] as Choice[]),
    );
    expect(reused.errors?.[0]?.message).toContain('không đúng hoặc đã được dùng');
    const closed = await roundOp(officer, 'closeCouncilVotingRound', round.id);
    expect(closed.status).toBe('CLOSED');
    expect(closed.closeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(closed.results).toBeNull();
    const tallied = await roundOp(officer, 'tallyCouncilVotingRound', round.id);
    expect(
      tallied.results?.map((r) => [r.agree, r.disagree, r.percentHundredths, r.passed]),
    ).toEqual([
      [4, 1, 8000, true],
      [3, 2, 6000, false],
      [5, 0, 10000, true],
    ]);
  });

  it('fails 8 of 9 at 90% and adds absentees’ written opinions per candidate', async () => {
    const f = await votingSession(t, officer, office, {
      members: 9,
      present: 8,
      written: 1,
      candidates: 3,
      threshold: 0.9,
    });
    const absent = f.members[8] as string;
    await officer.ok(WRITTEN, {
      input: {
        sessionId: f.sessionId,
        memberId: absent,
        opinions: ballot(f, ['DISAGREE', 'AGREE', 'AGREE']),
      },
    });
    // a present member has no written opinion to record
    const present = await officer.fails(WRITTEN, {
      input: {
        sessionId: f.sessionId,
        memberId: f.members[0] as string,
        opinions: ballot(f, ['AGREE']),
      },
    });
    expect(present.extensions?.fields?.['memberId']?.[0]).toContain('Vắng, có ý kiến bằng văn bản');
    const round = await openRound(officer, f, 'ROOM');
    expect(round.voters).toBe(9);
    const { codes } = await roundOp(officer, 'generateCouncilVotingCodes', round.id);
    expect(codes).toHaveLength(8);
    for (const [i, code] of codes.entries()) {
      const third: Choice = i === 0 ? 'DISAGREE' : 'AGREE';
      const res = await castCode(t.client(), round.id, code, ballot(f, ['AGREE', 'AGREE', third]));
      expect(res.errors).toBeUndefined();
    }
    await roundOp(officer, 'closeCouncilVotingRound', round.id);
    const tallied = await roundOp(officer, 'tallyCouncilVotingRound', round.id);
    expect(
      tallied.results?.map((r) => [r.agree, r.disagree, r.percentHundredths, r.passed]),
    ).toEqual([
      [8, 1, 8889, false],
      [9, 0, 10000, true],
      [8, 1, 8889, false],
    ]);
    expect(tallied.results?.[0]?.explanation).toContain(
      'Không đạt: 8/9 thành viên Hội đồng đồng ý (88,89%)',
    );
  });

  it('refuses to open a round below the quorum, with the numbers', async () => {
    const f = await votingSession(t, officer, office, { members: 3, present: 2, candidates: 1 });
    await t.db.query(
      `UPDATE council_session_members SET attendance = 'ABSENT' WHERE session_id = $1 AND member_id = $2`,
      [f.sessionId, f.members[1]],
    );
    const res = await officer.fails(OPEN, {
      input: { sessionId: f.sessionId, mode: 'ROOM', agendaItemIds: f.items },
    });
    expect(res.extensions?.fields?.['sessionId']?.[0]).toMatch(
      /^Chưa mở được vòng bỏ phiếu: Có 1\/3 thành viên dự họp/,
    );
  });

  it('lets exactly one of two simultaneous casts with one code through', async () => {
    const f = await votingSession(t, officer, office, { members: 3, present: 3, candidates: 2 });
    const round = await openRound(officer, f, 'ROOM');
    const { codes } = await roundOp(officer, 'generateCouncilVotingCodes', round.id);
    const code = codes[0] as string;
    const results = await Promise.all([
      castCode(t.client(), round.id, code, ballot(f, ['AGREE', 'AGREE'])),
      castCode(t.client(), round.id, code, ballot(f, ['DISAGREE', 'DISAGREE'])),
      castCode(t.client(), round.id, code.toLowerCase(), ballot(f, ['AGREE', 'DISAGREE'])),
    ]);
    expect(results.filter((r) => !r.errors).length).toBe(1);
    const rows: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM council_ballots WHERE round_id = $1`,
      [round.id],
    );
    expect(rows[0]?.n).toBe(2);
    expect((await readRound(round.id)).castCount).toBe(1);
  });

  it('shows the ballot paper to a valid unused room code only, the same refusal otherwise, writing nothing', async () => {
    const PAPER = `query($roundId: ID!, $code: String!) {
      councilBallotPaper(roundId: $roundId, code: $code) {
        roundId sessionTitle number threshold members
        candidates { agendaItemId candidateName awardName }
      }
    }`;
    const f = await votingSession(t, officer, office, { members: 3, present: 3, candidates: 2 });
    const round = await openRound(officer, f, 'ROOM');
    const { codes } = await roundOp(officer, 'generateCouncilVotingCodes', round.id);
    const other = await votingSession(t, officer, office, {
      members: 3,
      present: 3,
      candidates: 1,
    });
    const otherRound = await openRound(officer, other, 'ROOM');
    const { codes: otherCodes } = await roundOp(
      officer,
      'generateCouncilVotingCodes',
      otherRound.id,
    );
    const writes = async () =>
      (
        (await t.db.query(
          `SELECT (SELECT count(*)::int FROM audit_log WHERE entity_id = $1::uuid::text) AS audit,
                  (SELECT count(*)::int FROM council_voting_codes WHERE round_id = $1::uuid AND used) AS used`,
          [round.id],
        )) as Record<string, number>[]
      )[0];
    const before = await writes();
    const anonymous = t.client();
    // typed as on the slip, or in lower case without the dash: the cast folds both the same way
    for (const code of [codes[0] as string, (codes[0] as string).toLowerCase().replace('-', '')]) {
      const { councilBallotPaper: paper } = await anonymous.ok<{
        councilBallotPaper: {
          roundId: string;
          number: number;
          members: number;
          sessionTitle: string;
          candidates: { agendaItemId: string; candidateName: string; awardName: string }[];
        };
      }>(PAPER, { roundId: round.id, code });
      expect(paper).toMatchObject({ roundId: round.id, number: 1, members: 3 });
      expect(paper.sessionTitle.length).toBeGreaterThan(0);
      expect(paper.candidates.map((c) => c.agendaItemId)).toEqual(f.items);
      expect(paper.candidates[0]?.awardName).toBe('Chiến sĩ thi đua cơ sở');
    }
    // reading the paper wrote nothing: no audit row, no code used
    expect(await writes()).toEqual(before);
    const refusal = async (roundId: string, code: string) => {
      const e = await anonymous.fails(PAPER, { roundId, code });
      return { code: e.extensions?.code, message: e.message };
    };
    await castCode(anonymous, round.id, codes[0] as string, ballot(f, ['AGREE', 'DISAGREE']));
    const used = await refusal(round.id, codes[0] as string);
    const wrong = await refusal(round.id, 'ABCDE-FGHJK');
    const otherRoundsCode = await refusal(round.id, otherCodes[0] as string);
    await roundOp(officer, 'closeCouncilVotingRound', round.id);
    const closed = await refusal(round.id, codes[1] as string);
    expect(used).toEqual({
      code: 'NOT_FOUND',
      message: 'Mã bỏ phiếu không đúng, đã được dùng, hoặc vòng bỏ phiếu không còn mở.',
    });
    // the four refusals cannot be told apart
    expect([wrong, otherRoundsCode, closed]).toEqual([used, used, used]);
    // the other round's code still opens its own round's paper
    const mine = await anonymous.ok<{ councilBallotPaper: { roundId: string } }>(PAPER, {
      roundId: otherRound.id,
      code: otherCodes[0] as string,
    });
    expect(mine.councilBallotPaper.roundId).toBe(otherRound.id);
  });

  it('lists a member’s own sessions with the remote rounds open to it, without COUNCIL_READ', async () => {
    const MINE = `query { myCouncilSessions(first: 20) { totalCount edges { node {
      id councilName title date status role attendance
      remoteRounds { id number awards tokenTaken } } } } }`;
    type Mine = {
      myCouncilSessions: {
        totalCount: number;
        edges: {
          node: {
            id: string;
            councilName: string;
            title: string;
            date: string;
            status: string;
            role: string;
            attendance: string | null;
            remoteRounds: { id: string; number: number; awards: string[]; tokenTaken: boolean }[];
          };
        }[];
      };
    };
    const f = await votingSession(t, officer, office, {
      members: 3,
      present: 2,
      candidates: 2,
      awardName: 'Bằng khen của Giám đốc Sở',
    });
    const round = await openRound(officer, f, 'REMOTE');
    const mineOf = async (client: GqlClient) =>
      (await client.ok<Mine>(MINE)).myCouncilSessions.edges.map((e) => e.node);

    // the secretary (present) and the absent member, both without any grant of their own
    const secretary = await t.loggedIn(f.usernames[1] as string);
    const absent = await t.loggedIn(f.usernames[2] as string);
    const [seat] = await mineOf(secretary);
    expect(seat).toMatchObject({
      id: f.sessionId,
      status: 'IN_PROGRESS',
      role: 'UY_VIEN_THU_KY',
      attendance: 'PRESENT',
      remoteRounds: [
        { id: round.id, number: 1, awards: ['Bằng khen của Giám đốc Sở'], tokenTaken: false },
      ],
    });
    expect(seat?.councilName).toBeTruthy();
    expect((await mineOf(absent))[0]).toMatchObject({ id: f.sessionId, attendance: 'ABSENT' });

    // the secretary takes its token: the list says so, and nothing of a ballot
    const { councilVotingRound: r } = await secretary.ok(ROUND, { id: round.id });
    const key = { kty: 'RSA' as const, n: r.blindKey?.n as string, e: r.blindKey?.e as string };
    const pending = await startBlindToken(key);
    await secretary.ok(ISSUE, {
      input: {
        roundId: round.id,
        blindedMessage: Buffer.from(pending.blindedMessage).toString('base64url'),
      },
    });
    expect((await mineOf(secretary))[0]?.remoteRounds[0]?.tokenTaken).toBe(true);
    expect((await mineOf(absent))[0]?.remoteRounds[0]?.tokenTaken).toBe(false);

    // a closed round is no longer offered; someone on no council has an empty list
    await roundOp(officer, 'closeCouncilVotingRound', round.id);
    expect((await mineOf(secretary))[0]?.remoteRounds).toEqual([]);
    const outsider = await t.loggedIn((await t.user({ unit: office })).username);
    expect((await outsider.ok<Mine>(MINE)).myCouncilSessions).toEqual({
      totalCount: 0,
      edges: [],
    });
  });

  it('votes remotely with real blind tokens: one per member, a token spent once', async () => {
    const f = await votingSession(t, officer, office, { members: 3, present: 3, candidates: 2 });
    const round = await openRound(officer, f, 'REMOTE');
    const tokens = [];
    for (const username of f.usernames) {
      const member = await t.loggedIn(username);
      const { councilVotingRound: r } = await member.ok(ROUND, { id: round.id });
      const key = { kty: 'RSA' as const, n: r.blindKey?.n as string, e: r.blindKey?.e as string };
      const pending = await startBlindToken(key);
      const blindedMessage = Buffer.from(pending.blindedMessage).toString('base64url');
      const { issueCouncilVotingToken } = await member.ok(ISSUE, {
        input: { roundId: round.id, blindedMessage },
      });
      tokens.push(
        await finishBlindToken(
          key,
          pending,
          base64UrlToBytes(issueCouncilVotingToken.blindSignature),
        ),
      );
      // a second token for the same member and round is refused
      const second = await member.fails(ISSUE, { input: { roundId: round.id, blindedMessage } });
      expect(second.message).toContain('đã nhận phiếu bầu');
    }
    const outsider = await t.loggedIn((await t.user({ unit: office })).username);
    const refused = await outsider.fails(ISSUE, {
      input: { roundId: round.id, blindedMessage: 'AAAA' },
    });
    expect(refused.extensions?.code).toBe('NOT_FOUND');
    const votes: Choice[][] = [
      ['AGREE', 'AGREE'],
      ['AGREE', 'DISAGREE'],
      ['AGREE', 'DISAGREE'],
    ];
    for (const [i, token] of tokens.entries()) {
      const res = await t.client().request(CAST, {
        input: {
          roundId: round.id,
          credential: { token },
          choices: ballot(f, votes[i] as Choice[]),
        },
      });
      expect(res.errors).toBeUndefined();
    }
    const replay = await t.client().request(CAST, {
      input: {
        roundId: round.id,
        credential: { token: tokens[0] },
        choices: ballot(f, ['DISAGREE', 'DISAGREE']),
      },
    });
    expect(replay.errors?.[0]?.message).toContain('đã được dùng');
    // a forged signature is no token
    const forged = { ...tokens[1], signature: tokens[2]?.signature };
    const bad = await t.client().request(CAST, {
      input: {
        roundId: round.id,
        credential: { token: forged },
        choices: ballot(f, ['AGREE', 'AGREE']),
      },
    });
    expect(bad.errors?.[0]?.message).toContain('không hợp lệ');
    expect((await readRound(round.id)).castCount).toBe(3);
    await roundOp(officer, 'closeCouncilVotingRound', round.id);
    const tallied = await roundOp(officer, 'tallyCouncilVotingRound', round.id);
    expect(tallied.results?.map((r) => [r.agree, r.disagree, r.passed])).toEqual([
      [3, 0, true],
      [1, 2, false],
    ]);
    expect(tallied.blindKey).not.toBeNull();
    const keys: { s: string | null; b: string | null }[] = await t.db.query(
      `SELECT signing_private_key AS s, blind_private_pem AS b FROM council_voting_rounds WHERE id = $1`,
      [round.id],
    );
    expect(keys[0]).toEqual({ s: null, b: null });
  });

  it('takes a paper tally entered twice by two people: a mismatch refused, then agreed', async () => {
    const f = await votingSession(t, officer, office, { members: 5, present: 4, candidates: 2 });
    const second = await t.loggedIn(
      (await t.user({ unit: office, role: 'TDKT_OFFICER' })).username,
    );
    const round = await openRound(officer, f, 'PAPER');
    expect(round.castCount).toBeNull();
    await roundOp(officer, 'closeCouncilVotingRound', round.id);
    const enter = ENTER;
    const figures = (agree: number) => ({
      roundId: round.id,
      issued: 4,
      returned: 4,
      valid: 4,
      invalid: 0,
      candidates: [
        { agendaItemId: f.items[0] as string, agree, disagree: 4 - agree },
        { agendaItemId: f.items[1] as string, agree: 2, disagree: 2 },
      ],
    });
    await officer.ok(enter, { input: { ...figures(4), entry: 1 } });
    const same = await officer.fails(enter, { input: { ...figures(4), entry: 2 } });
    expect(same.extensions?.fields?.['entry']?.[0]).toContain('một người khác');
    await second.ok(enter, { input: { ...figures(3), entry: 2 } });
    const confirm = CONFIRM;
    const mismatch = await officer.fails(confirm, { input: { roundId: round.id } });
    expect(mismatch.message).toContain('người nhập thứ nhất 4, người thứ hai 3');
    await second.ok(enter, { input: { ...figures(4), entry: 2 } });
    await officer.ok(confirm, { input: { roundId: round.id } });
    const tallied = await roundOp(officer, 'tallyCouncilVotingRound', round.id);
    expect(tallied.results?.map((r) => [r.agree, r.percentHundredths, r.passed])).toEqual([
      [4, 8000, true],
      [2, 4000, false],
    ]);
  });

  it('ranks over the quota, lets the chair break the tie, and stops after two rounds', async () => {
    const award = `Chiến sĩ thi đua cơ sở ${t.uid()}`;
    const f = await votingSession(t, officer, office, {
      members: 3,
      present: 3,
      candidates: 3,
      awardName: award,
    });
    const rows: { id: string }[] = await t.db.query(
      `INSERT INTO award_rounds (version, kind, title, year, track, receiving_unit_id, deciding_authority, quotas)
       VALUES (1, 'ANNUAL', $1, 2025, 'CONG_TRANG', $2, 'Giám đốc Sở', $3::jsonb) RETURNING id`,
      [`Đợt ${t.uid()}`, f.unit.id, JSON.stringify([{ form: award, either: 1 }])],
    );
    await t.db.query(`UPDATE council_sessions SET award_round_id = $1 WHERE id = $2`, [
      rows[0]?.id,
      f.sessionId,
    ]);
    const tiedRound = async (items: string[], choices: Choice[][]) => {
      const round = await openRound(officer, f, 'ROOM', items);
      const { codes } = await roundOp(officer, 'generateCouncilVotingCodes', round.id);
      for (const [i, code] of codes.entries()) {
        const res = await castCode(
          t.client(),
          round.id,
          code,
          (choices[i] as Choice[]).map((choice, k) => ({
            agendaItemId: items[k] as string,
            choice,
          })),
        );
        expect(res.errors).toBeUndefined();
      }
      await roundOp(officer, 'closeCouncilVotingRound', round.id);
      return roundOp(officer, 'tallyCouncilVotingRound', round.id);
    };
    // candidates 1 and 2 pass with 3 votes each for one place; candidate 3 fails
    const first = await tiedRound(f.items, [
      ['AGREE', 'AGREE', 'DISAGREE'],
      ['AGREE', 'AGREE', 'DISAGREE'],
      ['AGREE', 'AGREE', 'AGREE'],
    ]);
    expect(first.quota).toBe(1);
    expect(first.results?.map((r) => [r.passed, r.withinQuota])).toEqual([
      [true, null],
      [true, null],
      [false, null],
    ]);
    const decide = DECIDE;
    const wrong = await officer.fails(decide, {
      input: { roundId: first.id, agendaItemIds: [f.items[2] as string] },
    });
    expect(wrong.extensions?.fields?.['agendaItemIds']?.[0]).toContain('cần chọn đúng 1');
    const { decideCouncilTie } = await officer.ok(decide, {
      input: { roundId: first.id, agendaItemIds: [f.items[1] as string] },
    });
    expect(decideCouncilTie.results?.map((r) => [r.rank, r.withinQuota])).toEqual([
      [2, false],
      [1, true],
      [null, null],
    ]);
    // a second round for the tie (as another council would rather revote than ask the chair)
    const second = SECOND;
    const { openCouncilSecondRound: r2 } = await officer.ok(second, {
      input: {
        roundId: first.id,
        mode: 'ROOM',
        alsoRevote: [f.items[0] as string, f.items[1] as string],
      },
    });
    expect(r2.number).toBe(2);
    const { codes } = await roundOp(officer, 'generateCouncilVotingCodes', r2.id);
    for (const code of codes)
      await castCode(t.client(), r2.id, code, [
        { agendaItemId: f.items[0] as string, choice: 'AGREE' },
        { agendaItemId: f.items[1] as string, choice: 'AGREE' },
      ]);
    await roundOp(officer, 'closeCouncilVotingRound', r2.id);
    await roundOp(officer, 'tallyCouncilVotingRound', r2.id);
    const third = await officer.fails(second, {
      input: { roundId: r2.id, mode: 'ROOM', alsoRevote: [f.items[0] as string] },
    });
    expect(third.message).toContain('không tổ chức vòng thứ 3');
  });

  it('gives the last place of a tie to the woman before the chair, and reads the quota as plans write it', async () => {
    const f = await votingSession(t, officer, office, {
      members: 3,
      present: 3,
      candidates: 3,
      awardName: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
    });
    // the plan's line says "UBND" (seed 001); the items as put on the agenda: a man, a woman
    const rows: { id: string }[] = await t.db.query(
      `INSERT INTO award_rounds (version, kind, title, year, track, receiving_unit_id, deciding_authority, quotas)
       VALUES (1, 'ANNUAL', $1, 2025, 'CONG_TRANG', $2, 'Chủ tịch UBND tỉnh', $3::jsonb) RETURNING id`,
      [
        `Đợt ${t.uid()}`,
        f.unit.id,
        JSON.stringify([{ form: 'Bằng khen của Chủ tịch UBND tỉnh', either: 1 }]),
      ],
    );
    await t.db.query(`UPDATE council_sessions SET award_round_id = $1 WHERE id = $2`, [
      rows[0]?.id,
      f.sessionId,
    ]);
    await t.db.query(`UPDATE council_agenda_items SET female = false WHERE id = $1`, [f.items[0]]);
    await t.db.query(`UPDATE council_agenda_items SET female = true WHERE id = $1`, [f.items[1]]);
    // another award on the same agenda: one quota per round, so it is refused with the reason
    await t.db.query(`UPDATE council_agenda_items SET award_name = $1 WHERE id = $2`, [
      'Giấy khen của Giám đốc Sở',
      f.items[2],
    ]);
    const mixed = await officer.request(
      `mutation($input: OpenCouncilVotingRoundInput!) { openCouncilVotingRound(input: $input) { id } }`,
      { input: { sessionId: f.sessionId, mode: 'ROOM', agendaItemIds: f.items } },
    );
    expect(mixed.errors?.[0]?.message).toContain('mỗi vòng chỉ xét một hình thức');

    const both = [f.items[0] as string, f.items[1] as string];
    const round = await openRound(officer, f, 'ROOM', both);
    expect(round.quota).toBe(1);
    const { codes } = await roundOp(officer, 'generateCouncilVotingCodes', round.id);
    for (const code of codes)
      expect(
        (
          await castCode(t.client(), round.id, code, [
            { agendaItemId: both[0] as string, choice: 'AGREE' },
            { agendaItemId: both[1] as string, choice: 'AGREE' },
          ])
        ).errors,
      ).toBeUndefined();
    await roundOp(officer, 'closeCouncilVotingRound', round.id);
    const tallied = await roundOp(officer, 'tallyCouncilVotingRound', round.id);
    // 3 votes each for one place: the woman first (NĐ 152/2025 Điều 4 k.6), nothing left to the chair
    expect(tallied.results?.map((r) => [r.agendaItemId, r.rank, r.withinQuota])).toEqual([
      [both[0], 2, false],
      [both[1], 1, true],
    ]);
    expect(tallied.results?.[1]?.explanation).toMatch(/nữ/i);
  });

  /** A POST of a scan as the SPA sends it (multipart "file", same origin), by `client`. */
  async function postScan(
    client: GqlClient,
    path: string,
    bytes: Buffer,
    name: string,
    headers: Record<string, string> = {},
  ) {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)]), name);
    const res = await fetch(`${t.baseUrl}${path}`, {
      method: 'POST',
      headers: {
        'x-forwarded-for': client.address,
        ...(client.sessionCookie ? { cookie: client.sessionCookie } : {}),
        ...headers,
      },
      body: form,
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }

  const PAPER_FIELDS = `query($id: ID!) { councilVotingRound(id: $id) {
    id status inRoom voters paperTallyConfirmed paperScanSha256 paperEntries { entry userName } } }`;
  interface PaperShape {
    id: string;
    status: string;
    inRoom: number;
    voters: number;
    paperTallyConfirmed: boolean | null;
    paperScanSha256: string | null;
    paperEntries: { entry: number; userName: string }[];
  }
  const paperRound = async (client: GqlClient, id: string) =>
    (await client.ok<{ councilVotingRound: PaperShape }>(PAPER_FIELDS, { id })).councilVotingRound;

  it('publishes the in-room count fixed at the open, the paper entries and their confirmation, and takes the scan as an upload', async () => {
    // 6 members: 4 present, 1 absent in writing, 1 absent — 5 voters, 4 in the room
    const f = await votingSession(t, officer, office, {
      members: 6,
      present: 4,
      written: 1,
      candidates: 1,
      threshold: null,
    });
    const second = await t.loggedIn(
      (await t.user({ unit: office, role: 'TDKT_OFFICER' })).username,
    );
    const round = await openRound(officer, f, 'PAPER');
    const pdf = Buffer.from(`%PDF-1.4\n% ${t.uid()}\n%%EOF\n`, 'latin1');
    const path = `/api/council-rounds/${round.id}/paper-scan`;
    // an open round takes no scan yet (the API's message), and nothing is stored for it
    const early = await postScan(officer, path, pdf, 'bien-ban.pdf');
    expect(early.status).toBe(400);
    expect(String(early.body['message'])).toContain('Hãy đóng vòng bỏ phiếu');
    await roundOp(officer, 'closeCouncilVotingRound', round.id);
    expect(await paperRound(officer, round.id)).toMatchObject({
      inRoom: 4,
      voters: 5,
      paperTallyConfirmed: false,
      paperEntries: [],
    });
    const figures = {
      roundId: round.id,
      issued: 4,
      returned: 4,
      valid: 4,
      invalid: 0,
      candidates: [{ agendaItemId: f.items[0] as string, agree: 3, disagree: 1 }],
    };
    await officer.ok(ENTER, { input: { ...figures, entry: 1 } });
    await second.ok(ENTER, { input: { ...figures, entry: 2 } });
    const entered = await paperRound(officer, round.id);
    expect(entered.paperEntries.map((e) => e.entry)).toEqual([1, 2]);
    expect(entered.paperTallyConfirmed).toBe(false);
    await officer.ok(CONFIRM, { input: { roundId: round.id } });
    expect((await paperRound(officer, round.id)).paperTallyConfirmed).toBe(true);

    // the scan: a text file refused by its name, a stranger gets 404, a cross-site page 403
    const wrong = await postScan(officer, path, Buffer.from('xin chào'), 'ghi-chu.txt');
    expect(wrong.status).toBe(400);
    expect(String(wrong.body['message'])).toContain('chỉ nhận bản quét PDF hoặc ảnh PNG, JPEG');
    const faked = await postScan(officer, path, Buffer.from('xin chào'), 'gia.pdf');
    expect(faked.status).toBe(400);
    const sibling = await t.unit(`Sở Khác ${t.uid()}`);
    const stranger = await t.loggedIn(
      (await t.user({ unit: sibling, role: 'TDKT_OFFICER' })).username,
    );
    expect((await postScan(stranger, path, pdf, 'bien-ban.pdf')).status).toBe(404);
    expect(
      (await postScan(officer, path, pdf, 'bien-ban.pdf', { 'sec-fetch-site': 'cross-site' }))
        .status,
    ).toBe(403);
    expect((await paperRound(officer, round.id)).paperScanSha256).toBeNull();
    const ok = await postScan(officer, path, pdf, 'Biên bản kiểm phiếu.pdf');
    expect(ok.status).toBe(200);
    const sha = createHash('sha256').update(pdf).digest('hex');
    expect(ok.body).toMatchObject({ id: round.id, sha256: sha });
    expect((await paperRound(officer, round.id)).paperScanSha256).toBe(sha);
    const audit: { operation: string }[] = await t.db.query(
      `SELECT operation FROM audit_log WHERE entity_id = $1 AND operation = 'councilVoting.paperScan'`,
      [round.id],
    );
    expect(audit).toHaveLength(1);
  });

  it('gives a second round only the places the first left, so the close finds exactly the quota passed', async () => {
    const award = `Lao động tiên tiến ${t.uid()}`;
    // 5 present, majority: everyone with 3 or more agreeing passes
    const f = await votingSession(t, officer, office, {
      members: 5,
      present: 5,
      candidates: 3,
      threshold: null,
      awardName: award,
    });
    const rows: { id: string }[] = await t.db.query(
      `INSERT INTO award_rounds (version, kind, title, year, track, receiving_unit_id, deciding_authority, quotas)
       VALUES (1, 'ANNUAL', $1, 2025, 'CONG_TRANG', $2, 'Giám đốc Sở', $3::jsonb) RETURNING id`,
      [`Đợt ${t.uid()}`, f.unit.id, JSON.stringify([{ form: award, either: 2 }])],
    );
    await t.db.query(`UPDATE council_sessions SET award_round_id = $1 WHERE id = $2`, [
      rows[0]?.id,
      f.sessionId,
    ]);
    const vote = async (roundId: string, items: string[], agrees: number[]) => {
      const { codes } = await roundOp(officer, 'generateCouncilVotingCodes', roundId);
      for (const [i, code] of codes.entries()) {
        const res = await castCode(
          t.client(),
          roundId,
          code,
          items.map((agendaItemId, k) => ({
            agendaItemId,
            choice: i < (agrees[k] as number) ? 'AGREE' : 'DISAGREE',
          })),
        );
        expect(res.errors).toBeUndefined();
      }
      await roundOp(officer, 'closeCouncilVotingRound', roundId);
      return roundOp(officer, 'tallyCouncilVotingRound', roundId);
    };
    const [a, b, c] = f.items as [string, string, string];
    // A 5, B 4, C 4: A within the quota of 2, B and C tied for the last place
    const r1 = await openRound(officer, f, 'ROOM');
    expect(r1.quota).toBe(2);
    const first = await vote(r1.id, f.items, [5, 4, 4]);
    expect(first.results?.map((r) => [r.passed, r.withinQuota])).toEqual([
      [true, true],
      [true, null],
      [true, null],
    ]);
    const { openCouncilSecondRound: r2 } = await officer.ok(SECOND, {
      input: { roundId: first.id, mode: 'ROOM' },
    });
    const quotaOf = async (id: string) =>
      (
        await officer.ok<{
          councilVotingRound: { quota: number | null; paperTallyConfirmed: boolean | null };
        }>(`query($id: ID!) { councilVotingRound(id: $id) { quota paperTallyConfirmed } }`, { id })
      ).councilVotingRound;
    // a room round has no paper facts; the second round counts the one place left
    expect(await quotaOf(r1.id)).toEqual({ quota: 2, paperTallyConfirmed: null });
    expect((await quotaOf(r2.id)).quota).toBe(1);
    // B 4, C 3: B takes the one place left, C passes the share but is over the quota
    const tallied = await vote(r2.id, [b, c], [4, 3]);
    expect(tallied.results?.map((r) => [r.agendaItemId, r.passed, r.withinQuota])).toEqual([
      [b, true, true],
      [c, true, false],
    ]);
    const { councilSession: s } = await officer.ok<{ councilSession: { version: number } }>(
      `query($id: ID!) { councilSession(id: $id) { version } }`,
      { id: f.sessionId },
    );
    const { closeCouncilSession: closed } = await officer.ok<{
      closeCouncilSession: { status: string; agenda: { id: string; outcome: string | null }[] };
    }>(
      `mutation($input: CouncilSessionRefInput!) { closeCouncilSession(input: $input) { status agenda { id outcome } } }`,
      { input: { id: f.sessionId, version: s.version } },
    );
    expect(closed.status).toBe('CLOSED');
    const outcome = new Map(closed.agenda.map((i) => [i.id, i.outcome]));
    expect([outcome.get(a), outcome.get(b), outcome.get(c)]).toEqual([
      'PASSED',
      'PASSED',
      'OVER_QUOTA',
    ]);
    expect(closed.agenda.filter((i) => i.outcome === 'PASSED')).toHaveLength(2);
  });
});
