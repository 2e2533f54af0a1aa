import { In } from 'typeorm';
import { verifyBundle, type BallotBundle } from '@thidua/shared-domain';
import { Actor } from '../src/core/auth/actor';
import { systemContext } from '../src/core/context/request-context';
import { TransactionRunner } from '../src/core/database/transaction';
import { JobEntity } from '../src/core/jobs/job.entity';
import { AwardDossierEntity } from '../src/modules/awards/award-dossier.entity';
import {
  CouncilSessionEntity,
  CouncilSessionGuestEntity,
  CouncilSessionMemberEntity,
} from '../src/modules/councils/council-session.entity';
import {
  CouncilPaperEntryEntity,
  CouncilVotingRoundEntity,
} from '../src/modules/councils/council-voting.entity';
import { CouncilVotingService } from '../src/modules/councils/council-voting.service';
import { CouncilEntity, CouncilMemberEntity } from '../src/modules/councils/council.entity';
import {
  AwardDecisionEntity,
  AwardDecisionRecipientEntity,
} from '../src/modules/decisions/award-decision.entity';
import { AwardRecordEntity } from '../src/modules/records/award-record.entity';
import { DEMO_COUNCILS, DEMO_DECISIONS, DEMO_SESSIONS } from '../src/seeds/demo-councils';
import { DemoCouncilsLoader } from '../src/seeds/demo-councils.loader';
import { DemoLoader } from '../src/seeds/demo-loader';
import { startTestApp, type TestApp } from './setup/test-app';

/**
 * The demo's councils, sessions and decisions (demo-councils.ts), loaded as the boot loads them, in a
 * dry run on the test database (rolled back: the demo's fixed codes never meet another test's data):
 * the councils with their members, both sessions tallied, the paper round's two entries agreeing, the
 * room round's exported bundle verifying, the decisions issued with their certificates queued, and
 * the award records they wrote in the people's histories.
 */
describe('demo province: councils, sessions and decisions', () => {
  jest.setTimeout(300_000);
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('meets, votes and decides through the councils and decisions services', async () => {
    const run = t.app.get(TransactionRunner);
    const ctx = systemContext(Actor.system('Kiểm thử dữ liệu mẫu'));
    const voting = t.app.get(CouncilVotingService, { strict: false });
    // what the councils add to the demo's boot: their loader's own time
    const councilsLoader = t.app.get(DemoCouncilsLoader);
    const load = councilsLoader.load.bind(councilsLoader);
    let councilsSeconds = 0;
    jest.spyOn(councilsLoader, 'load').mockImplementation(async (tx, refs) => {
      const started = Date.now();
      try {
        return await load(tx, refs);
      } finally {
        councilsSeconds = (Date.now() - started) / 1000;
      }
    });
    const started = Date.now();

    const loaded = await run.dryRun(ctx, async (tx) => {
      const summary = await t.app.get(DemoLoader).load(tx);
      const c = summary.councils;
      const councilIds = c.councils.map((x) => x.id);
      const sessionIds = c.sessions.map((s) => s.id);
      const roundIds = c.sessions.flatMap((s) => s.roundIds);
      const decisionIds = c.decisions.map((d) => d.id);
      const room = c.sessions.find((s) => s.key === 'snv-room')!;
      const recipients = await tx.em.findBy(AwardDecisionRecipientEntity, {
        decisionId: In(decisionIds),
      });
      return {
        c,
        seconds: (Date.now() - started) / 1000,
        councils: await tx.em.findBy(CouncilEntity, { id: In(councilIds) }),
        members: await tx.em.findBy(CouncilMemberEntity, { councilId: In(councilIds) }),
        sessions: await tx.em.findBy(CouncilSessionEntity, { id: In(sessionIds) }),
        sessionMembers: await tx.em.findBy(CouncilSessionMemberEntity, {
          sessionId: In(sessionIds),
        }),
        guests: await tx.em.findBy(CouncilSessionGuestEntity, { sessionId: In(sessionIds) }),
        rounds: await tx.em.findBy(CouncilVotingRoundEntity, { id: In(roundIds) }),
        entries: await tx.em.findBy(CouncilPaperEntryEntity, { roundId: In(roundIds) }),
        bundle: await voting.bundle(ctx, room.roundIds[0]!),
        decisions: await tx.em.findBy(AwardDecisionEntity, { id: In(decisionIds) }),
        recipients,
        records: await tx.em.findBy(AwardRecordEntity, {
          id: In(recipients.flatMap((r) => (r.awardRecordId ? [r.awardRecordId] : []))),
        }),
        jobs: await tx.em.findBy(JobEntity, {
          id: In(c.decisions.map((d) => d.certificatesJobId)),
        }),
        dossiers: await tx.em.findBy(AwardDossierEntity, {
          id: In(c.dossiers.map((d) => d.id)),
        }),
      };
    });
    // the boot's growth, for the record: the councils' share of the demo's one transaction
    // eslint-disable-next-line no-console
    console.log(
      `demo load: ${loaded.seconds.toFixed(1)} s, of which councils ${councilsSeconds.toFixed(1)} s`,
    );

    const { c } = loaded;
    // ── the councils with their members, one Chủ tịch and one thư ký each, two linked accounts ───
    expect(loaded.councils).toHaveLength(DEMO_COUNCILS.length);
    for (const spec of DEMO_COUNCILS) {
      const council = c.councils.find((x) => x.key === spec.key)!;
      const members = loaded.members.filter((m) => m.councilId === council.id);
      expect(members).toHaveLength(spec.members.length);
      expect(members.filter((m) => m.role === 'CHU_TICH')).toHaveLength(1);
      expect(members.filter((m) => m.role === 'UY_VIEN_THU_KY')).toHaveLength(1);
      expect(loaded.councils.find((x) => x.id === council.id)!.standingUnitId).not.toBeNull();
    }
    expect(loaded.members.filter((m) => m.userId !== null)).toHaveLength(2);

    // ── both sessions met at their quorum, one absentee with a written opinion, and were tallied ──
    for (const spec of DEMO_SESSIONS) {
      const s = c.sessions.find((x) => x.key === spec.key)!;
      const row = loaded.sessions.find((x) => x.id === s.id)!;
      expect(row.startedAt).not.toBeNull();
      // closed with the minutes frozen; the paper session's biên bản signed on paper
      expect(row.status).toBe(spec.signed ? 'SIGNED' : 'CLOSED');
      expect(row.minutesSha256).toMatch(/^[0-9a-f]{64}$/);
      const list = loaded.sessionMembers.filter((m) => m.sessionId === s.id);
      expect(list.filter((m) => m.attendance === 'ABSENT_WRITTEN')).toHaveLength(1);
      expect(list.filter((m) => m.attendance === 'PRESENT')).toHaveLength(spec.ballots.length);
      for (const id of s.roundIds)
        expect(loaded.rounds.find((r) => r.id === id)).toMatchObject({
          status: 'TALLIED',
          mode: spec.mode,
        });
      expect(Object.keys(s.items).sort()).toEqual(Object.keys(spec.ballots[0]!).sort());
    }
    expect(loaded.guests).toHaveLength(1);
    const paper = c.sessions.find((s) => s.key === 'vp-paper')!;
    expect(paper.passed).toEqual(['vp-pho', 'vp-cv']);
    const room = c.sessions.find((s) => s.key === 'snv-room')!;
    expect(room.passed).toEqual(['tdkt', 'tdkt-cv1']);

    // ── paper, one round per form: two entries by two people, agreeing; the written opinion on top
    expect(paper.roundIds).toHaveLength(2);
    for (const id of paper.roundIds) {
      const entries = loaded.entries.filter((e) => e.roundId === id);
      expect(entries).toHaveLength(2);
      expect(new Set(entries.map((e) => e.userId)).size).toBe(2);
      expect(entries[0]!.tally).toEqual(entries[1]!.tally);
    }
    expect(
      paper.roundIds.map((id) =>
        loaded.rounds
          .find((r) => r.id === id)!
          .results?.map((r) => [r.agree, r.disagree, r.passed]),
      ),
    ).toEqual([[[7, 1, true]], [[8, 0, true]]]);

    // ── the room round: its bundle verifies, 6 ballots cast and the written opinion chained ───────
    expect(room.roundIds).toHaveLength(1);
    const roomRound = loaded.rounds.find((r) => r.id === room.roundIds[0])!;
    expect(roomRound.results?.map((r) => [r.agree, r.disagree, r.passed])).toEqual([
      [7, 0, true],
      [6, 1, true],
      [2, 5, false],
    ]);
    const verified = await verifyBundle(loaded.bundle as BallotBundle);
    expect(verified.problems).toEqual([]);
    expect(verified.ok).toBe(true);

    // ── decisions issued from what passed, numbered, certificates queued ─────────────────────────
    expect(loaded.decisions).toHaveLength(DEMO_DECISIONS.length);
    for (const d of loaded.decisions) {
      expect(d.status).toBe('ISSUED');
      expect(d.symbol).toMatch(/^\d+\/QĐ-/);
      expect(d.docxSha256).not.toBeNull();
    }
    expect(loaded.jobs).toHaveLength(DEMO_DECISIONS.length);
    expect(loaded.recipients).toHaveLength(
      DEMO_DECISIONS.reduce((n, d) => n + d.nominees.length, 0),
    );
    for (const r of loaded.recipients) {
      expect(r.certificateCode).toMatch(/^[0-9A-Z]{10}$/);
      expect(r.goldBookNumber).toBeGreaterThan(0);
    }

    // ── the award records in the people's (and the phòng's) histories ────────────────────────────
    expect(loaded.records).toHaveLength(loaded.recipients.length);
    for (const r of loaded.records)
      expect(loaded.decisions.map((d) => d.symbol)).toContain(r.decisionNumber);
    expect(loaded.dossiers.find((d) => d.id === c.dossiers[0]!.id)!.status).toBe('DECIDED');
  });
});
