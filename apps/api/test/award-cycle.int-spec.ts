import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import type { UnitEntity } from '../src/modules/org/unit.entity';
import { PdfService } from '../src/modules/files/pdf.service';
import { issuedPlan, personIn, withShortName } from './campaign-registration-fixtures';
import { castCode, openRound, roundOp } from './council-voting-fixtures';
import { signedEdit } from './decision-fixtures';
import type { GqlClient } from './setup/gql-client';
import { startTestApp, type TestApp } from './setup/test-app';

/**
 * Issue 12, "Done when": the award cycle of the Bắc Kạn office plan (seed 001) from the plan to the
 * printed certificate, over GraphQL and the REST downloads only, as another provincial system would
 * drive it. The plan is issued with its award plan; the receiving phòng opens a round from it; a phòng
 * proposes a nominee with its papers; the dossier is sent, received, appraised "đạt" and forwarded; the
 * council of the receiving phòng meets, votes in the room with one-time codes, closes and tallies; the
 * session closes into its minutes; the office drafts the quyết định from the council's passed list and
 * its leader issues it; the award lands in the nominee's records; the certificates are printed and the
 * certificate's code verifies without signing in. Each step's own rules are the other specs' subject:
 * this one proves the seams hold end to end.
 */
describe('the Bắc Kạn award cycle, from the plan to the certificates (issue 12)', () => {
  let t: TestApp;
  let office: UnitEntity;
  let receiving: UnitEntity;
  let proposing: UnitEntity;
  let officeOfficer: GqlClient;
  let leader: GqlClient;
  let receiver: GqlClient;
  let proposer: GqlClient;

  const headersOf = (client: GqlClient): Record<string, string> => {
    const headers: Record<string, string> = { 'x-forwarded-for': client.address };
    if (client.sessionCookie) headers['cookie'] = client.sessionCookie;
    return headers;
  };
  const download = (client: GqlClient, path: string) =>
    fetch(`${t.baseUrl}${path}`, { headers: headersOf(client) });
  const docxText = async (res: Response) =>
    strFromU8(unzipSync(new Uint8Array(await res.arrayBuffer()))['word/document.xml'] as Uint8Array)
      .replace(/<\/w:p>/g, '\n')
      .replace(/<[^>]+>/g, '');

  beforeAll(async () => {
    t = await startTestApp();
    const province = await t.unit(`Tỉnh Bắc Kạn ${t.uid()}`);
    office = await t.unit(`Văn phòng UBND tỉnh ${t.uid()}`, province);
    await withShortName(t, office);
    receiving = await t.unit(`Phòng Hành chính tổ chức - Quản trị tài vụ ${t.uid()}`, office);
    proposing = await t.unit(`Phòng Tổng hợp ${t.uid()}`, office);
    officeOfficer = await t.loggedIn(
      (await t.user({ unit: office, role: 'TDKT_OFFICER' })).username,
    );
    leader = await t.loggedIn((await t.user({ unit: office, role: 'LEADER' })).username);
    receiver = await t.loggedIn((await t.user({ unit: receiving, role: 'TDKT_OFFICER' })).username);
    proposer = await t.loggedIn((await t.user({ unit: proposing, role: 'TDKT_OFFICER' })).username);
  });
  afterAll(() => t.close());

  it('runs the plan’s award plan through a dossier, a council vote, the minutes and a decision to a verified certificate', async () => {
    // 1. the plan, issued with its award plan (forms, quota, signer, deadline)
    const plan = await issuedPlan(t, office, officeOfficer, leader, {
      addressed: [receiving, proposing],
      scope: 'AGENCY',
    });

    // 2. the receiving phòng opens the round from it
    const { createAwardRound: round } = await receiver.ok<{
      createAwardRound: { id: string; decidingAuthority: string; awardForms: string[] };
    }>(
      `mutation($input: CreateAwardRoundInput!) { createAwardRound(input: $input) { id decidingAuthority awardForms } }`,
      {
        input: {
          kind: 'CAMPAIGN',
          title: `Khen thưởng ${plan.title}`,
          year: 2025,
          receivingUnitId: receiving.id,
          campaignPlanId: plan.id,
        },
      },
    );
    expect(round.decidingAuthority).toBe('Chánh Văn phòng');
    expect(round.awardForms).toContain('Giấy khen của Chánh Văn phòng');

    // 3. a phòng proposes one of its people with the papers the round needs, and sends
    const nomineeName = `Hoàng Thị Chu Trình ${t.uid()}`;
    const person = await personIn(t, proposer, proposing, nomineeName);
    let d = (
      await proposer.ok<{ createAwardDossier: { id: string; version: number } }>(
        `mutation($input: CreateAwardDossierInput!) { createAwardDossier(input: $input) { id version } }`,
        { input: { roundId: round.id, unitId: proposing.id } },
      )
    ).createAwardDossier;
    const added = (
      await proposer.ok<{
        addAwardNominee: { id: string; version: number; nominees: { id: string }[] };
      }>(
        `mutation($input: AddNomineeInput!) { addAwardNominee(input: $input) { id version nominees { id } } }`,
        {
          input: {
            dossierId: d.id,
            version: d.version,
            subject: 'INDIVIDUAL',
            personId: person.id,
            awardCode: 'GIAY_KHEN',
            awardName: 'Giấy khen của Chánh Văn phòng',
            achievements: 'Hoàn thành xuất sắc nhiệm vụ trong Đợt thi đua đặc biệt.',
          },
        },
      )
    ).addAwardNominee;
    d = { id: added.id, version: added.version };
    const nominationId = added.nominees[0]?.id as string;
    for (const [kind, nomination] of [
      ['TO_TRINH', null],
      ['BIEN_BAN', null],
      ['BAO_CAO_THANH_TICH', nominationId],
    ] as const) {
      d.version = (
        await proposer.ok<{ writeAwardDossierDocument: { version: number } }>(
          `mutation($input: WriteDossierDocumentInput!) { writeAwardDossierDocument(input: $input) { version } }`,
          {
            input: {
              dossierId: d.id,
              version: d.version,
              kind,
              nominationId: nomination,
              text: `Nội dung ${kind}`,
            },
          },
        )
      ).writeAwardDossierDocument.version;
    }
    const move = async (
      client: GqlClient,
      mutation: string,
      input: Record<string, unknown> = {},
    ) => {
      const type =
        mutation === 'appraiseAwardDossier' ? 'AppraiseAwardDossierInput' : 'AwardDossierRefInput';
      const res = await client.ok<Record<string, { version: number; status: string }>>(
        `mutation($input: ${type}!) { ${mutation}(input: $input) { version status } }`,
        { input: { id: d.id, version: d.version, ...input } },
      );
      const out = res[mutation] as { version: number; status: string };
      d.version = out.version;
      return out.status;
    };
    expect(await move(proposer, 'submitAwardDossier')).toBe('SUBMITTED');

    // 4. the receiving phòng receives, appraises "đạt" and forwards it to the council
    expect(await move(receiver, 'receiveAwardDossier')).toBe('RECEIVED');
    expect(
      await move(receiver, 'appraiseAwardDossier', {
        items: [{ nominationId, verdict: 'PASS' }],
      }),
    ).toBe('APPRAISED');
    expect(await move(receiver, 'forwardAwardDossierToCouncil')).toBe('READY_FOR_COUNCIL');

    // 5. the council of the receiving phòng: three members, all present
    const { createCouncil } = await receiver.ok<{ createCouncil: { id: string } }>(
      `mutation($input: CreateCouncilInput!) { createCouncil(input: $input) { id } }`,
      { input: { unitId: receiving.id } },
    );
    const members: string[] = [];
    for (const role of ['CHU_TICH', 'UY_VIEN_THU_KY', 'UY_VIEN']) {
      const member = await personIn(t, receiver, receiving, `Thành Viên ${role} ${t.uid()}`);
      const { addCouncilMember } = await receiver.ok<{ addCouncilMember: { id: string } }>(
        `mutation($input: AddCouncilMemberInput!) { addCouncilMember(input: $input) { id } }`,
        {
          input: {
            councilId: createCouncil.id,
            personId: member.id,
            role,
            title: 'Trưởng phòng',
            from: '2024-01-01',
          },
        },
      );
      members.push(addCouncilMember.id);
    }
    let s = (
      await receiver.ok<{ createCouncilSession: { id: string; version: number } }>(
        `mutation($input: CreateCouncilSessionInput!) { createCouncilSession(input: $input) { id version } }`,
        {
          input: {
            councilId: createCouncil.id,
            title: `Phiên họp xét khen thưởng Đợt thi đua ${t.uid()}`,
            kind: 'AWARD',
            date: '2025-10-15',
            startTime: '14:00',
            place: 'Phòng họp tầng 2',
            chairMemberId: members[0],
            secretaryMemberId: members[1],
            awardRoundId: round.id,
          },
        },
      )
    ).createCouncilSession;
    const sessionStep = async (mutation: string, type: string, input: Record<string, unknown>) => {
      const res = await receiver.ok<
        Record<string, { version: number; agenda: { id: string; nominationId: string | null }[] }>
      >(
        `mutation($input: ${type}!) { ${mutation}(input: $input) { version agenda { id nominationId } } }`,
        { input },
      );
      const out = res[mutation] as {
        version: number;
        agenda: { id: string; nominationId: string | null }[];
      };
      s = { ...s, version: out.version };
      return out;
    };
    await sessionStep('setCouncilAttendance', 'SetCouncilAttendanceInput', {
      sessionId: s.id,
      version: s.version,
      attendances: members.map((memberId) => ({ memberId, attendance: 'PRESENT' })),
    });
    const { agenda } = await sessionStep(
      'addCouncilAgendaFromRound',
      'AddCouncilAgendaFromRoundInput',
      { sessionId: s.id, version: s.version },
    );
    expect(agenda.map((i) => i.nominationId)).toEqual([nominationId]);
    const itemId = agenda[0]?.id as string;
    await sessionStep('startCouncilSession', 'CouncilSessionRefInput', {
      id: s.id,
      version: s.version,
    });

    // 6. a vote in the room with one-time codes, closed, tallied, and the chain verified
    const voting = await openRound(receiver, { sessionId: s.id } as never, 'ROOM', [itemId]);
    const { codes } = await roundOp(receiver, 'generateCouncilVotingCodes', voting.id);
    expect(codes).toHaveLength(3);
    for (const code of codes)
      expect(
        (await castCode(t.client(), voting.id, code, [{ agendaItemId: itemId, choice: 'AGREE' }]))
          .errors,
      ).toBeUndefined();
    const closed = await roundOp(receiver, 'closeCouncilVotingRound', voting.id);
    const tallied = await roundOp(receiver, 'tallyCouncilVotingRound', voting.id);
    expect(tallied.results?.[0]).toMatchObject({ agree: 3, passed: true });
    // anyone recomputes the count from the exported bundle with the standalone verifier
    const dir = mkdtempSync(join(tmpdir(), 'thidua-cycle-'));
    try {
      const file = join(dir, 'bundle.json');
      writeFileSync(
        file,
        await (await download(receiver, `/api/council-rounds/${voting.id}/bundle.json`)).text(),
      );
      const { stdout } = await promisify(execFile)('node', ['tools/verify-ballots.mjs', file]);
      expect(stdout).toContain(closed.closeHash as string);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }

    // 7. the session closes into its minutes, which carry the close hash
    const { closeCouncilSession: done } = await receiver.ok<{
      closeCouncilSession: { status: string; minutes: { docxPath: string } | null };
    }>(
      `mutation($input: CouncilSessionRefInput!) { closeCouncilSession(input: $input) { status minutes { docxPath } } }`,
      { input: { id: s.id, version: s.version } },
    );
    expect(done.status).toBe('CLOSED');
    const minutes = await docxText(await download(receiver, done.minutes?.docxPath as string));
    expect(minutes).toContain(closed.closeHash as string);
    expect(minutes).toContain(nomineeName);

    // 8. the office drafts the quyết định from the council's passed list; its leader issues it
    const { awardDecisionCandidates } = await officeOfficer.ok<{
      awardDecisionCandidates: { nominationId: string }[];
    }>(
      `query($r: ID!, $u: ID!) { awardDecisionCandidates(roundId: $r, issuerUnitId: $u) { nominationId } }`,
      { r: round.id, u: office.id },
    );
    expect(awardDecisionCandidates.map((c) => c.nominationId)).toEqual([nominationId]);
    const { draftAwardDecision: draft } = await officeOfficer.ok<{
      draftAwardDecision: Parameters<typeof signedEdit>[0] & {
        councilMinutes: { body: string } | null;
      };
    }>(
      `mutation($input: DraftAwardDecisionInput!) { draftAwardDecision(input: $input) {
         id version subject authority achievement bases rewardFunding rewardBasis executors receivers
         archive place councilMinutes { body } } }`,
      { input: { roundId: round.id, issuerUnitId: office.id } },
    );
    expect(draft.councilMinutes?.body).toBe(receiving.name);
    const { updateAwardDecision: signed } = await officeOfficer.ok<{
      updateAwardDecision: { version: number };
    }>(
      `mutation($input: UpdateAwardDecisionInput!) { updateAwardDecision(input: $input) { version } }`,
      {
        input: signedEdit(draft, {
          signer: { on: [], title: 'Chánh Văn phòng', name: 'Nông Văn Ký' },
        }),
      },
    );
    const { issueAwardDecision: issued } = await leader.ok<{
      issueAwardDecision: {
        id: string;
        status: string;
        symbol: string;
        docxPath: string;
        recipients: { certificateCode: string; awardRecordId: string | null }[];
      };
    }>(
      `mutation($input: AwardDecisionRefInput!) { issueAwardDecision(input: $input) {
         id status symbol docxPath recipients { certificateCode awardRecordId } } }`,
      { input: { id: draft.id, version: signed.version } },
    );
    expect(issued.status).toBe('ISSUED');
    const decisionText = await docxText(await download(officeOfficer, issued.docxPath));
    expect(decisionText).toContain(nomineeName);

    // 9. the award is in the nominee's records and the dossier is decided
    const { awardRecords } = await proposer.ok<{
      awardRecords: { edges: { node: { id: string; decisionNumber: string | null } }[] };
    }>(
      `query($filter: AwardRecordFilter) { awardRecords(filter: $filter) { edges { node { id decisionNumber } } } }`,
      { filter: { personId: person.id } },
    );
    expect(awardRecords.edges.map((e) => e.node)).toEqual([
      { id: issued.recipients[0]?.awardRecordId, decisionNumber: issued.symbol },
    ]);
    const { awardDossier } = await proposer.ok<{ awardDossier: { status: string } }>(
      `query($id: ID!) { awardDossier(id: $id) { status } }`,
      { id: d.id },
    );
    expect(awardDossier.status).toBe('DECIDED');

    // 10. the certificates, printed as a job; the certificate's code verifies without signing in
    const { printAwardCertificates: job } = await officeOfficer.ok<{
      printAwardCertificates: { id: string };
    }>(`mutation($id: ID!) { printAwardCertificates(decisionId: $id) { id } }`, { id: issued.id });
    let status = '';
    for (let i = 0; i < 1200 && !['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(status); i++) {
      status = (
        await officeOfficer.ok<{ job: { status: string } }>(
          `query($id: ID!) { job(id: $id) { status } }`,
          { id: job.id },
        )
      ).job.status;
      if (status === 'QUEUED' || status === 'RUNNING') await new Promise((r) => setTimeout(r, 50));
    }
    expect(status).toBe('SUCCEEDED');
    const { awardDecision } = await officeOfficer.ok<{
      awardDecision: { certificates: { docxPath: string; pdfPath: string | null } | null };
    }>(`query($id: ID!) { awardDecision(id: $id) { certificates { docxPath pdfPath } } }`, {
      id: issued.id,
    });
    const code = issued.recipients[0]?.certificateCode as string;
    expect(
      await docxText(await download(officeOfficer, awardDecision.certificates?.docxPath as string)),
    ).toContain(code);
    if (await t.app.get(PdfService).available())
      expect(awardDecision.certificates?.pdfPath).toBeTruthy();
    const { verifyAwardCertificate } = await t.client().ok<{
      verifyAwardCertificate: { name: string; decisionNumber: string };
    }>(`query($code: String!) { verifyAwardCertificate(code: $code) { name decisionNumber } }`, {
      code,
    });
    expect(verifyAwardCertificate.name).toContain(nomineeName);
    expect(verifyAwardCertificate.decisionNumber).toBe(issued.symbol);
  });
});
