import { execFile } from 'node:child_process';
import { createPublicKey, verify } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  verifyBundle,
  type BallotBundle,
  type BundlePublicKey,
  type BundleProblemCode,
  type SignatureVerifier,
} from '@thidua/shared-domain';
import type { UnitEntity } from '../src/modules/org/unit.entity';
import { castCode, openRound, roundOp, votingSession } from './council-voting-fixtures';
import { graphql } from './gql';
import type { GqlClient } from './setup/gql-client';
import { startTestApp, type TestApp } from './setup/test-app';

/**
 * Issue 12, "Tests": the exported bundle of a round verifies with the shared verifyBundle and with the
 * standalone tools/verify-ballots.mjs; one ballot row changed, added or deleted in the database makes
 * both report it. Scope: a sibling unit's officer gets NOT_FOUND on every voting operation and route;
 * a refused mutation leaves neither data nor audit.
 */
const run = promisify(execFile);

const ROUND = graphql(`
  query CiRound($id: ID!) {
    councilVotingRound(id: $id) {
      id
    }
  }
`);
const OPEN = graphql(`
  mutation CiOpen($input: OpenCouncilVotingRoundInput!) {
    openCouncilVotingRound(input: $input) {
      id
    }
  }
`);
const CODES = graphql(`
  mutation CiCodes($input: CouncilRoundRefInput!) {
    generateCouncilVotingCodes(input: $input) {
      codes
    }
  }
`);
const CLOSE = graphql(`
  mutation CiClose($input: CouncilRoundRefInput!) {
    closeCouncilVotingRound(input: $input) {
      id
    }
  }
`);
const TALLY = graphql(`
  mutation CiTally($input: CouncilRoundRefInput!) {
    tallyCouncilVotingRound(input: $input) {
      id
    }
  }
`);
const CONFIRM = graphql(`
  mutation CiConfirm($input: CouncilRoundRefInput!) {
    confirmPaperTally(input: $input) {
      id
    }
  }
`);
const DECIDE = graphql(`
  mutation CiDecide($input: DecideCouncilTieInput!) {
    decideCouncilTie(input: $input) {
      id
    }
  }
`);
const SECOND = graphql(`
  mutation CiSecond($input: OpenCouncilSecondRoundInput!) {
    openCouncilSecondRound(input: $input) {
      id
    }
  }
`);
const ENTER = graphql(`
  mutation CiEnter($input: EnterPaperTallyInput!) {
    enterPaperTally(input: $input) {
      id
    }
  }
`);
const SCAN = graphql(`
  mutation CiScan($input: AttachPaperTallyScanInput!) {
    attachPaperTallyScan(input: $input) {
      id
    }
  }
`);
const WRITTEN = graphql(`
  mutation CiWritten($input: RecordWrittenOpinionsInput!) {
    recordWrittenOpinions(input: $input) {
      id
    }
  }
`);
const ISSUE = graphql(`
  mutation CiIssue($input: IssueCouncilVotingTokenInput!) {
    issueCouncilVotingToken(input: $input) {
      blindSignature
    }
  }
`);

const nodeVerifier: SignatureVerifier = (data, signature, publicKey: BundlePublicKey) =>
  verify(
    null,
    data,
    typeof publicKey === 'string'
      ? createPublicKey(publicKey)
      : createPublicKey({ key: { ...publicKey }, format: 'jwk' }),
    Buffer.from(signature, 'base64'),
  );

describe('council ballot integrity and scope (issue 12)', () => {
  let t: TestApp;
  let office: UnitEntity;
  let officer: GqlClient;
  let sibling: GqlClient;
  const dir = mkdtempSync(join(tmpdir(), 'council-integrity-'));

  beforeAll(async () => {
    t = await startTestApp();
    const province = await t.unit(`Tỉnh Toàn Vẹn ${t.uid()}`);
    office = await t.unit(`Sở Toàn Vẹn ${t.uid()}`, province);
    const other = await t.unit(`Sở Bên Cạnh ${t.uid()}`, province);
    officer = await t.loggedIn((await t.user({ unit: office, role: 'TDKT_OFFICER' })).username);
    sibling = await t.loggedIn((await t.user({ unit: other, role: 'TDKT_OFFICER' })).username);
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t.close();
  });

  const download = async (client: GqlClient, roundId: string) => {
    const res = await fetch(`${t.baseUrl}/api/council-rounds/${roundId}/bundle.json`, {
      headers: { cookie: client.sessionCookie ?? '' },
    });
    // parsed here, not by fetch: fetch's objects come from Node's realm, whose Object.prototype is not
    // the test's, and canonicalJson accepts plain objects of its own realm only
    return { status: res.status, body: JSON.parse(await res.text()) as unknown };
  };

  /** Both verifiers on the bundle: the shared function's codes and the script's exit code and text. */
  async function verifyBoth(bundle: BallotBundle, name: string) {
    const shared = await verifyBundle(bundle, { verifySignature: nodeVerifier });
    const file = join(dir, `${name}.json`);
    writeFileSync(file, JSON.stringify(bundle));
    const script = await run('node', ['tools/verify-ballots.mjs', file]).then(
      (r) => ({ code: 0, out: r.stdout }),
      (e: { code: number; stdout: string }) => ({ code: e.code, out: e.stdout }),
    );
    return { shared, script };
  }

  /** A tallied ROOM round of 3 members × 2 candidates. */
  async function talliedRound() {
    const f = await votingSession(t, officer, office, { members: 3, present: 3, candidates: 2 });
    const round = await openRound(officer, f, 'ROOM');
    const { codes } = await roundOp(officer, 'generateCouncilVotingCodes', round.id);
    for (const [i, code] of codes.entries())
      await castCode(t.client(), round.id, code, [
        { agendaItemId: f.items[0] as string, choice: 'AGREE' },
        { agendaItemId: f.items[1] as string, choice: i === 0 ? 'DISAGREE' : 'AGREE' },
      ]);
    await roundOp(officer, 'closeCouncilVotingRound', round.id);
    const tallied = await roundOp(officer, 'tallyCouncilVotingRound', round.id);
    return { f, round: tallied };
  }

  it('exports a bundle that both verifiers accept, with the close hash of the minutes', async () => {
    const { round } = await talliedRound();
    const { status, body } = await download(officer, round.id);
    expect(status).toBe(200);
    const bundle = body as BallotBundle;
    expect(bundle.events.map((e) => e.event.kind)).toEqual([
      'OPEN',
      ...Array<string>(6).fill('BALLOT'),
      'CLOSE',
      'TALLY',
    ]);
    const { shared, script } = await verifyBoth(bundle, 'valid');
    expect(shared.problems).toEqual([]);
    expect(shared.closeHash).toBe(round.closeHash);
    expect(shared.signaturesChecked).toBe(true);
    expect(script.code).toBe(0);
    expect(script.out).toContain('HỢP LỆ');
    expect(script.out).toContain(`Mã băm khi đóng vòng: ${round.closeHash}`);
  });

  it.each<[string, string, BundleProblemCode]>([
    [
      'altered',
      `UPDATE council_ballots SET choice = CASE choice WHEN 'AGREE' THEN 'DISAGREE' ELSE 'AGREE' END
        WHERE id = (SELECT id FROM council_ballots WHERE round_id = $1 ORDER BY id LIMIT 1 OFFSET 2)`,
      'ALTERED',
    ],
    [
      'added',
      `INSERT INTO council_ballots (id, round_id, agenda_item_id, choice)
        SELECT gen_random_uuid(), round_id, agenda_item_id, 'AGREE' FROM council_ballots WHERE round_id = $1 LIMIT 1`,
      'ADDED',
    ],
    [
      'deleted',
      `DELETE FROM council_ballots
        WHERE id = (SELECT id FROM council_ballots WHERE round_id = $1 ORDER BY id LIMIT 1 OFFSET 3)`,
      'REMOVED',
    ],
  ])('reports a ballot row %s in the database, in both verifiers', async (name, sql, code) => {
    const { round } = await talliedRound();
    await t.db.query(sql, [round.id]);
    const { body } = await download(officer, round.id);
    const { shared, script } = await verifyBoth(body as BallotBundle, name);
    expect(shared.ok).toBe(false);
    expect(shared.problems[0]?.code).toBe(code);
    expect(script.code).toBe(1);
    // the script prints the same first sentence as the shared verifier
    expect(script.out).toContain(`KHÔNG HỢP LỆ: ${shared.problems[0]?.message}`);
    // and the recount no longer matches the signed tally
    expect(shared.problems.map((p) => p.code)).toContain('TALLY_MISMATCH');
  });

  it('gives a sibling unit’s officer NOT_FOUND on every voting operation and the bundle route', async () => {
    const { f, round } = await talliedRound();
    const open = await votingSession(t, officer, office, { members: 3, present: 3, candidates: 1 });
    const notFound = (e: { extensions?: { code?: string } }) =>
      expect(e.extensions?.code).toBe('NOT_FOUND');
    const ref = { input: { roundId: round.id } };
    const item = f.items[0] as string;
    notFound(await sibling.fails(ROUND, { id: round.id }));
    notFound(
      await sibling.fails(OPEN, {
        input: { sessionId: open.sessionId, mode: 'ROOM', agendaItemIds: open.items },
      }),
    );
    for (const doc of [CODES, CLOSE, TALLY, CONFIRM]) notFound(await sibling.fails(doc, ref));
    notFound(await sibling.fails(DECIDE, { input: { roundId: round.id, agendaItemIds: [item] } }));
    notFound(
      await sibling.fails(SECOND, {
        input: { roundId: round.id, mode: 'ROOM', alsoRevote: [item] },
      }),
    );
    notFound(
      await sibling.fails(ENTER, {
        input: {
          roundId: round.id,
          entry: 1,
          issued: 1,
          returned: 1,
          valid: 1,
          invalid: 0,
          candidates: [],
        },
      }),
    );
    notFound(
      await sibling.fails(SCAN, { input: { roundId: round.id, fileSha256: 'a'.repeat(64) } }),
    );
    notFound(
      await sibling.fails(WRITTEN, {
        input: { sessionId: f.sessionId, memberId: f.members[0] as string, opinions: [] },
      }),
    );
    notFound(await sibling.fails(ISSUE, { input: { roundId: round.id, blindedMessage: 'AAAA' } }));
    const { status, body } = await download(sibling, round.id);
    expect(status).toBe(404);
    expect((body as { code: string }).code).toBe('NOT_FOUND');
  });

  it('leaves neither data nor audit after a refused mutation', async () => {
    const f = await votingSession(t, officer, office, { members: 3, present: 3, candidates: 2 });
    const round = await openRound(officer, f, 'ROOM');
    const counts = async () =>
      (
        (await t.db.query(
          `SELECT (SELECT count(*)::int FROM audit_log WHERE entity_id = $1::uuid::text) AS audit,
                  (SELECT count(*)::int FROM council_voting_codes WHERE round_id = $1::uuid) AS codes,
                  (SELECT count(*)::int FROM council_ballots WHERE round_id = $1::uuid) AS ballots,
                  (SELECT count(*)::int FROM council_round_events WHERE round_id = $1::uuid) AS events`,
          [round.id],
        )) as Record<string, number>[]
      )[0];
    const before = await counts();
    // a cast without a code, a cast that leaves a candidate out, a tally of an open round
    await castCode(t.client(), round.id, 'KHONG-CO-MA', [
      { agendaItemId: f.items[0] as string, choice: 'AGREE' },
      { agendaItemId: f.items[1] as string, choice: 'AGREE' },
    ]);
    const { codes } = await roundOp(officer, 'generateCouncilVotingCodes', round.id);
    const afterCodes = await counts();
    expect(afterCodes?.['codes']).toBe(3);
    const partial = await castCode(t.client(), round.id, codes[0] as string, [
      { agendaItemId: f.items[0] as string, choice: 'AGREE' },
    ]);
    expect(partial.errors?.[0]?.extensions?.fields?.['choices']?.[0]).toContain('cả 2 nội dung');
    const tally = await officer.fails(TALLY, { input: { roundId: round.id } });
    expect(tally.message).toContain('đang mở');
    expect(await counts()).toEqual(afterCodes);
    expect(before?.['audit']).toBe((afterCodes?.['audit'] ?? 0) - 1);
    // the code refused for the partial ballot is still unused
    const used: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM council_voting_codes WHERE round_id = $1 AND used`,
      [round.id],
    );
    expect(used[0]?.n).toBe(0);
  });
});
