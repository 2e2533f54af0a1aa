import { createHash } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { shareText } from '@thidua/documents';
import type { UnitEntity } from '../src/modules/org/unit.entity';
import { personIn } from './campaign-registration-fixtures';
import { castCode, openRound, roundOp, votingSession } from './council-voting-fixtures';
import { appraisedDossier, decisionWorld, type DecisionWorld } from './decision-fixtures';
import type { GqlClient } from './setup/gql-client';
import { startTestApp, type TestApp } from './setup/test-app';

/**
 * Issue 12, "Minutes and decisions" (ADR 0023): a session's close writes each agenda item's outcome,
 * renders and freezes the biên bản họp and the biên bản kiểm phiếu (with each round's close hash),
 * tells the dossiers, and feeds the decisions only with the nominees the council passed; the signature;
 * the scope of the mutations and downloads. Plain GraphQL strings, as the voting fixtures.
 */
const SESSION_FIELDS = `id version status closedAt signedAt signedScanSha256
  minutes { sha256 docxPath pdfPath }
  agenda { id nominationId candidateName outcome outcomeAgree outcomePercentHundredths outcomeRoundId }
  votingRounds { id tallyMinutes { sha256 docxPath pdfPath } }`;

interface SessionShape {
  id: string;
  version: number;
  status: string;
  closedAt: string | null;
  signedAt: string | null;
  signedScanSha256: string | null;
  minutes: { sha256: string; docxPath: string; pdfPath: string } | null;
  agenda: {
    id: string;
    nominationId: string | null;
    candidateName: string;
    outcome: string | null;
    outcomeAgree: number | null;
    outcomePercentHundredths: number | null;
    outcomeRoundId: string | null;
  }[];
  votingRounds: {
    id: string;
    tallyMinutes: { sha256: string; docxPath: string; pdfPath: string } | null;
  }[];
}

const CLOSE = `mutation($input: CouncilSessionRefInput!) { closeCouncilSession(input: $input) { ${SESSION_FIELDS} } }`;
const SIGN = `mutation($input: SignCouncilSessionInput!) { signCouncilSession(input: $input) { ${SESSION_FIELDS} } }`;
const READ = `query($id: ID!) { councilSession(id: $id) { ${SESSION_FIELDS} } }`;

describe('council minutes (issue 12)', () => {
  let t: TestApp;
  let w: DecisionWorld;
  let stranger: GqlClient;

  beforeAll(async () => {
    t = await startTestApp();
    w = await decisionWorld(t, 'Biên bản');
    // an officer of a sibling Sở: reads and manages nothing of this council
    const other = await t.unit(`Sở Khác ${t.uid()}`, w.province);
    stranger = await t.loggedIn((await t.user({ unit: other, role: 'TDKT_OFFICER' })).username);
  });
  afterAll(() => t.close());

  const headersOf = (client: GqlClient): Record<string, string> => {
    const headers: Record<string, string> = { 'x-forwarded-for': client.address };
    if (client.sessionCookie) headers['cookie'] = client.sessionCookie;
    return headers;
  };
  const download = (client: GqlClient, path: string) =>
    fetch(`${t.baseUrl}${path}`, { headers: headersOf(client) });
  const docxText = async (res: Response) => {
    const bytes = new Uint8Array(await res.arrayBuffer());
    const xml = strFromU8(unzipSync(bytes)['word/document.xml'] as Uint8Array);
    // the paragraphs' text without the runs' markup (a name may be split across runs)
    return { bytes, text: xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '') };
  };
  const read = async (client: GqlClient, id: string) =>
    (await client.ok<{ councilSession: SessionShape }>(READ, { id })).councilSession;

  /** A council of the receiving phòng: a Chủ tịch, an Ủy viên thư ký, an Ủy viên (absent, in writing). */
  async function council(unit: UnitEntity) {
    const o = w.officer;
    const { createCouncil } = await o.ok<{ createCouncil: { id: string } }>(
      `mutation($input: CreateCouncilInput!) { createCouncil(input: $input) { id } }`,
      { input: { unitId: unit.id } },
    );
    const members: { id: string; name: string }[] = [];
    for (const role of ['CHU_TICH', 'UY_VIEN_THU_KY', 'UY_VIEN']) {
      const name = `Thành Viên ${role} ${t.uid()}`;
      const person = await personIn(t, o, unit, name);
      const { addCouncilMember } = await o.ok<{ addCouncilMember: { id: string } }>(
        `mutation($input: AddCouncilMemberInput!) { addCouncilMember(input: $input) { id } }`,
        {
          input: {
            councilId: createCouncil.id,
            personId: person.id,
            role,
            title: 'Trưởng phòng',
            from: '2024-01-01',
          },
        },
      );
      members.push({ id: addCouncilMember.id, name });
    }
    return { councilId: createCouncil.id, members };
  }

  it('closes a session into frozen minutes, tells the dossier, feeds the decision only the passed, and signs', async () => {
    const o = w.officer;
    const a = await appraisedDossier(t, w, [{}, {}]);
    const [passing, failing] = a.nominations as [
      (typeof a.nominations)[number],
      (typeof a.nominations)[number],
    ];
    // the dossier goes to the council: from now on only the council's vote decides it
    const dossier = async () =>
      (
        await o.ok<{
          awardDossier: {
            version: number;
            events: { action: string; reason: string | null }[];
            documents: { kind: string; note: string | null; fileName: string | null }[];
          };
        }>(
          `query($id: ID!) { awardDossier(id: $id) { version events { action reason } documents { kind note fileName } } }`,
          { id: a.dossierId },
        )
      ).awardDossier;
    await o.ok(
      `mutation($input: AwardDossierRefInput!) { forwardAwardDossierToCouncil(input: $input) { id } }`,
      { input: { id: a.dossierId, version: (await dossier()).version } },
    );
    const candidates = async () =>
      (
        await o.ok<{ awardDecisionCandidates: { nominationId: string }[] }>(
          `query($r: ID!, $u: ID!) { awardDecisionCandidates(roundId: $r, issuerUnitId: $u) { nominationId } }`,
          { r: a.roundId, u: w.office.id },
        )
      ).awardDecisionCandidates.map((c) => c.nominationId);
    expect(await candidates()).toEqual([]);

    const { councilId, members } = await council(w.receiving);
    const [chair, secretary, absent] = members as [
      { id: string; name: string },
      { id: string; name: string },
      { id: string; name: string },
    ];
    const title = `Phiên họp xét khen thưởng ${t.uid()}`;
    let s = (
      await o.ok<{ createCouncilSession: { id: string; version: number } }>(
        `mutation($input: CreateCouncilSessionInput!) { createCouncilSession(input: $input) { id version } }`,
        {
          input: {
            councilId,
            title,
            kind: 'AWARD',
            date: '2025-12-10',
            startTime: '08:00',
            place: 'Phòng họp số 1',
            chairMemberId: chair.id,
            secretaryMemberId: secretary.id,
            awardRoundId: a.roundId,
          },
        },
      )
    ).createCouncilSession;
    const step = async (mutation: string, type: string, input: Record<string, unknown>) => {
      const res = await o.ok<Record<string, { version: number; agenda?: { id: string }[] }>>(
        `mutation($input: ${type}!) { ${mutation}(input: $input) { id version agenda { id } } }`,
        { input },
      );
      const out = res[mutation] as { version: number; agenda?: { id: string }[] };
      s = { ...s, version: out.version };
      return out;
    };
    await step('setCouncilAttendance', 'SetCouncilAttendanceInput', {
      sessionId: s.id,
      version: s.version,
      attendances: [
        { memberId: chair.id, attendance: 'PRESENT' },
        { memberId: secretary.id, attendance: 'PRESENT' },
        {
          memberId: absent.id,
          attendance: 'ABSENT_WRITTEN',
          writtenOpinion: 'Nhất trí với đề nghị của Thường trực Hội đồng',
        },
      ],
    });
    const items = (
      await step('addCouncilAgendaFromRound', 'AddCouncilAgendaFromRoundInput', {
        sessionId: s.id,
        version: s.version,
      })
    ).agenda as { id: string }[];
    expect(items).toHaveLength(2);
    const [first, second] = items as [{ id: string }, { id: string }];
    await o.ok(
      `mutation($input: RecordWrittenOpinionsInput!) { recordWrittenOpinions(input: $input) { id } }`,
      {
        input: {
          sessionId: s.id,
          memberId: absent.id,
          opinions: [
            { agendaItemId: first.id, choice: 'AGREE' },
            { agendaItemId: second.id, choice: 'DISAGREE' },
          ],
        },
      },
    );
    await step('startCouncilSession', 'CouncilSessionRefInput', { id: s.id, version: s.version });

    // a ROOM round: both present agree to the first, disagree to the second
    const round = await openRound(o, { sessionId: s.id } as never, 'ROOM', [first.id, second.id]);
    const { codes } = await roundOp(o, 'generateCouncilVotingCodes', round.id);
    for (const code of codes) {
      const res = await castCode(t.client(), round.id, code, [
        { agendaItemId: first.id, choice: 'AGREE' },
        { agendaItemId: second.id, choice: 'DISAGREE' },
      ]);
      expect(res.errors).toBeUndefined();
    }
    const closed = await roundOp(o, 'closeCouncilVotingRound', round.id);
    const closeHash = closed.closeHash as string;

    // closed but not tallied: refused, nothing written
    const early = await o.request(CLOSE, { input: { id: s.id, version: s.version } });
    expect(early.errors?.[0]?.message).toContain('chưa kiểm phiếu');
    await roundOp(o, 'tallyCouncilVotingRound', round.id);

    // another unit's officer: NOT_FOUND, naming nothing
    const denied = await stranger.request(CLOSE, { input: { id: s.id, version: s.version } });
    expect(denied.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const { closeCouncilSession: done } = await o.ok<{ closeCouncilSession: SessionShape }>(CLOSE, {
      input: { id: s.id, version: s.version },
    });
    expect(done.status).toBe('CLOSED');
    expect(done.closedAt).toBeTruthy();
    expect(done.minutes?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(done.minutes?.docxPath).toBe(`/api/council-sessions/${s.id}/minutes.docx`);
    const byId = new Map(done.agenda.map((i) => [i.id, i]));
    expect(byId.get(first.id)).toMatchObject({
      nominationId: passing.id,
      outcome: 'PASSED',
      outcomeAgree: 3,
      outcomePercentHundredths: 10000,
      outcomeRoundId: round.id,
    });
    expect(byId.get(second.id)).toMatchObject({
      nominationId: failing.id,
      outcome: 'FAILED',
      outcomeAgree: 0,
      outcomePercentHundredths: 0,
    });
    const tally = done.votingRounds.find((r) => r.id === round.id)?.tallyMinutes;
    expect(tally?.docxPath).toBe(`/api/council-rounds/${round.id}/tally-minutes.docx`);

    // the biên bản họp: attendance, each candidate's votes and share, the close hash
    const res = await download(o, done.minutes?.docxPath as string);
    expect(res.status).toBe(200);
    const { bytes, text } = await docxText(res);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(done.minutes?.sha256);
    expect(text).toContain(closeHash);
    expect(text).toContain(passing.name);
    expect(text).toContain(failing.name);
    expect(text).toContain(shareText(3, 3));
    expect(text).toContain(shareText(0, 3));
    expect(text).toContain('có mặt 02 thành viên, vắng mặt 01 thành viên');
    expect(text).toContain(chair.name);
    expect(text).toContain(absent.name);
    expect(text).toContain('Nhất trí với đề nghị của Thường trực Hội đồng');
    expect(text).toContain('Phòng họp số 1');
    // frozen: the same bytes again
    const again = new Uint8Array(
      await (await download(o, done.minutes?.docxPath as string)).arrayBuffer(),
    );
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);

    // the biên bản kiểm phiếu of the round: its figures and its hash
    const tallyText = (await docxText(await download(o, tally?.docxPath as string))).text;
    expect(tallyText).toContain(closeHash);
    expect(tallyText).toContain('Số phiếu phát ra: 02');
    expect(tallyText).toContain('Số ý kiến bằng văn bản của thành viên vắng mặt: 01');

    // the dossier: the council's event naming the session and the minutes, the minutes attached
    const after = await dossier();
    const event = after.events.at(-1);
    expect(event?.action).toBe('COUNCIL');
    expect(event?.reason).toContain(title);
    expect(event?.reason).toContain(done.minutes?.sha256 as string);
    expect(event?.reason).toContain(`Không đạt: ${failing.name}`);
    expect(after.documents.some((d) => d.kind === 'OTHER' && d.note?.includes(title))).toBe(true);

    // the decision takes only the nominee the council passed, and cites its minutes
    expect(await candidates()).toEqual([passing.id]);
    const { draftAwardDecision: draft } = await o.ok<{
      draftAwardDecision: { councilMinutes: { body: string; date: string | null } | null };
    }>(
      `mutation($input: DraftAwardDecisionInput!) { draftAwardDecision(input: $input) { councilMinutes { body date } } }`,
      { input: { roundId: a.roundId, issuerUnitId: w.office.id } },
    );
    expect(draft.councilMinutes).toEqual({ body: w.receiving.name, date: '2025-12-10' });
    const refused = await o.request(
      `mutation($input: DraftAwardDecisionInput!) { draftAwardDecision(input: $input) { id } }`,
      { input: { roundId: a.roundId, issuerUnitId: w.office.id, nominationIds: [failing.id] } },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    // downloads outside the scope: 404, as the bundle
    for (const path of [done.minutes?.docxPath, tally?.docxPath, done.minutes?.pdfPath])
      expect((await download(stranger, path as string)).status).toBe(404);

    // the signature: a scan not uploaded is refused; then SIGNED, once
    const missing = await o.request(SIGN, {
      input: { id: s.id, version: done.version, scanFileSha256: 'a'.repeat(64) },
    });
    expect(missing.errors?.[0]?.message).toContain('chưa được tải lên');
    const deniedSign = await stranger.request(SIGN, { input: { id: s.id, version: done.version } });
    expect(deniedSign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const { signCouncilSession: signed } = await o.ok<{ signCouncilSession: SessionShape }>(SIGN, {
      input: { id: s.id, version: done.version },
    });
    expect(signed).toMatchObject({ status: 'SIGNED', signedScanSha256: null });
    expect(signed.signedAt).toBeTruthy();
    expect(signed.minutes?.sha256).toBe(done.minutes?.sha256);
    const twice = await o.request(SIGN, { input: { id: s.id, version: signed.version } });
    expect(twice.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const audit: { operation: string }[] = await t.db.query(
      `SELECT operation FROM audit_log WHERE entity_id = $1 AND operation LIKE 'councilSession.%'
        ORDER BY created_at, id`,
      [s.id],
    );
    expect(audit.map((r) => r.operation).slice(-2)).toEqual([
      'councilSession.close',
      'councilSession.sign',
    ]);
  });

  it('leaves neither data nor audit when a close is refused (a round still open)', async () => {
    const f = await votingSession(t, w.officer, w.receiving, {
      members: 3,
      present: 3,
      candidates: 1,
      threshold: null,
    });
    const round = await openRound(w.officer, f, 'ROOM');
    const s = await read(w.officer, f.sessionId);
    const refused = await w.officer.request(CLOSE, { input: { id: s.id, version: s.version } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toContain('đang mở');
    const now = await read(w.officer, f.sessionId);
    expect(now).toMatchObject({ status: 'IN_PROGRESS', version: s.version, minutes: null });
    expect(now.agenda.every((i) => i.outcome === null)).toBe(true);
    expect(now.votingRounds.find((r) => r.id === round.id)?.tallyMinutes).toBeNull();
    const audit: unknown[] = await t.db.query(
      `SELECT 1 FROM audit_log WHERE entity_id = $1 AND operation = 'councilSession.close'`,
      [f.sessionId],
    );
    expect(audit).toEqual([]);
    // and the minutes are not there to download
    expect(
      (await download(w.officer, `/api/council-sessions/${f.sessionId}/minutes.docx`)).status,
    ).toBe(404);
  });
  it('takes the signed minutes’ scan as an upload: with the signature, or after it once', async () => {
    const o = w.officer;
    /** A session of one item passed in a room round, closed. */
    const closedSession = async () => {
      const f = await votingSession(t, o, w.receiving, {
        members: 3,
        present: 3,
        candidates: 1,
        threshold: null,
      });
      const round = await openRound(o, f, 'ROOM');
      const { codes } = await roundOp(o, 'generateCouncilVotingCodes', round.id);
      for (const code of codes)
        await castCode(t.client(), round.id, code, [
          { agendaItemId: f.items[0] as string, choice: 'AGREE' },
        ]);
      await roundOp(o, 'closeCouncilVotingRound', round.id);
      await roundOp(o, 'tallyCouncilVotingRound', round.id);
      const before = await read(o, f.sessionId);
      return (
        await o.ok<{ closeCouncilSession: SessionShape }>(CLOSE, {
          input: { id: before.id, version: before.version },
        })
      ).closeCouncilSession;
    };
    const post = async (
      client: GqlClient,
      id: string,
      bytes: Buffer,
      name: string,
      version?: number,
    ) => {
      const form = new FormData();
      if (version !== undefined) form.append('version', String(version));
      form.append('file', new Blob([new Uint8Array(bytes)]), name);
      const res = await fetch(`${t.baseUrl}/api/council-sessions/${id}/signed-minutes`, {
        method: 'POST',
        headers: headersOf(client),
        body: form,
      });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    const scan = Buffer.from(`%PDF-1.4\n% ${t.uid()}\n%%EOF\n`, 'latin1');
    const sha = createHash('sha256').update(scan).digest('hex');

    // with the signature at once
    const one = await closedSession();
    const noVersion = await post(o, one.id, scan, 'bien-ban-da-ky.pdf');
    expect(noVersion.status).toBe(400);
    expect(String(noVersion.body['message'])).toContain('Phiên bản phiên họp');
    expect((await post(o, one.id, Buffer.from('abc'), 'bien-ban.docx', one.version)).status).toBe(
      400,
    );
    expect((await post(stranger, one.id, scan, 'bien-ban.pdf', one.version)).status).toBe(404);
    expect((await post(o, one.id, scan, 'bien-ban.pdf', one.version - 1)).status).toBe(409);
    expect((await read(o, one.id)).status).toBe('CLOSED');
    const signedAtOnce = await post(o, one.id, scan, 'Biên bản họp đã ký.pdf', one.version);
    expect(signedAtOnce.status).toBe(200);
    expect(signedAtOnce.body).toMatchObject({ id: one.id, sha256: sha });
    const oneNow = await read(o, one.id);
    expect(oneNow).toMatchObject({ status: 'SIGNED', signedScanSha256: sha });
    expect(oneNow.signedAt).toBeTruthy();
    const again = await post(o, one.id, scan, 'lai.pdf', oneNow.version);
    expect(again.status).toBe(400);
    expect(String(again.body['message'])).toContain('Đã ký biên bản');

    // signed without the scan first, the scan follows once, the signature's time kept
    const two = await closedSession();
    const { signCouncilSession: signed } = await o.ok<{ signCouncilSession: SessionShape }>(SIGN, {
      input: { id: two.id, version: two.version },
    });
    expect(signed).toMatchObject({ status: 'SIGNED', signedScanSha256: null });
    const later = await post(o, two.id, scan, 'ban-quet.pdf', signed.version);
    expect(later.status).toBe(200);
    expect(await read(o, two.id)).toMatchObject({
      status: 'SIGNED',
      signedScanSha256: sha,
      signedAt: signed.signedAt,
    });
    const audit: { changes: unknown }[] = await t.db.query(
      `SELECT changes FROM audit_log WHERE entity_id = $1 AND operation = 'councilSession.sign'
        ORDER BY created_at, id`,
      [two.id],
    );
    expect(audit).toHaveLength(2);
    expect(JSON.stringify(audit[1]?.changes)).toContain(sha);
  });
});
