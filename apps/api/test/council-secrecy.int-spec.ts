import { base64UrlToBytes, finishBlindToken, startBlindToken } from '@thidua/shared-domain';
import type { UnitEntity } from '../src/modules/org/unit.entity';
import { CAST, castCode, openRound, roundOp, votingSession } from './council-voting-fixtures';
import { graphql } from './gql';
import type { GqlClient } from './setup/gql-client';
import { startTestApp, type TestApp } from './setup/test-app';

/**
 * Issue 12, "Tests" (secrecy; architecture decision 13; ADR 0023): a ROOM and a REMOTE round are run,
 * then every row of every table that the voting wrote or changed is read, and no value in it names a
 * member, their person or their user account where it could be joined to a ballot; ballot rows carry no
 * time; the audit rows and the log lines of the casts name nobody. What is allowed to name a member is
 * the "has voted" fact the law allows, kept apart: a remote token's issuance (its table, its audit row,
 * and the signed-in request that asked for it).
 */
type Row = Record<string, unknown>;

const BLIND_KEY = graphql(`
  query CsBlindKey($id: ID!) {
    councilVotingRound(id: $id) {
      blindKey {
        kty
        n
        e
      }
    }
  }
`);

const ISSUE = graphql(`
  mutation CsIssue($input: IssueCouncilVotingTokenInput!) {
    issueCouncilVotingToken(input: $input) {
      blindSignature
    }
  }
`);

const WRITTEN = graphql(`
  mutation CsWritten($input: RecordWrittenOpinionsInput!) {
    recordWrittenOpinions(input: $input) {
      id
    }
  }
`);

describe('council ballot secrecy (issue 12)', () => {
  let t: TestApp;
  let office: UnitEntity;
  let officer: GqlClient;

  beforeAll(async () => {
    // the request log at debug, pretty-printed through process.stdout so the test can read it
    t = await startTestApp({ LOG_LEVEL: 'debug', LOG_FORMAT: 'pretty' });
    const province = await t.unit(`Tỉnh Bí Mật ${t.uid()}`);
    office = await t.unit(`Sở Bí Mật ${t.uid()}`, province);
    officer = await t.loggedIn((await t.user({ unit: office, role: 'TDKT_OFFICER' })).username);
  });
  afterAll(() => t.close());

  /** Every row of every table in the public schema, as JSON text, by table. */
  async function snapshot(): Promise<Map<string, Set<string>>> {
    const tables: { name: string }[] = await t.db.query(
      `SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    const out = new Map<string, Set<string>>();
    for (const { name } of tables) {
      const rows: { r: string }[] = await t.db.query(
        `SELECT to_jsonb(x)::text AS r FROM "${name}" x`,
      );
      out.set(name, new Set(rows.map((r) => r.r)));
    }
    return out;
  }

  it('writes nothing that links a member to a ballot, in any table, audit row or log line', async () => {
    const f = await votingSession(t, officer, office, {
      members: 4,
      present: 3,
      written: 1,
      candidates: 3,
    });
    // the members sign in before: their sessions are not the voting's
    const members = await Promise.all(f.usernames.slice(0, 3).map((u) => t.loggedIn(u)));
    const ids: { person_id: string }[] = await t.db.query(
      `SELECT person_id FROM council_members WHERE id = ANY($1::uuid[])`,
      [f.members],
    );
    const forbidden = [...f.members, ...f.userIds, ...ids.map((r) => r.person_id)];
    await officer.ok(WRITTEN, {
      input: {
        sessionId: f.sessionId,
        memberId: f.members[3] as string,
        opinions: f.items.map((agendaItemId) => ({ agendaItemId, choice: 'AGREE' as const })),
      },
    });

    const before = await snapshot();
    const logged: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    const spy = jest
      .spyOn(process.stdout, 'write')
      .mockImplementation((chunk: string | Uint8Array, ...rest: unknown[]) => {
        logged.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
        return write(chunk, ...(rest as []));
      });
    const castLogs: string[] = [];
    try {
      // ROOM
      const room = await openRound(officer, f, 'ROOM');
      const { codes } = await roundOp(officer, 'generateCouncilVotingCodes', room.id);
      const mark = logged.length;
      for (const [i, code] of codes.entries())
        await castCode(
          t.client(),
          room.id,
          code,
          f.items.map((agendaItemId, k) => ({
            agendaItemId,
            choice: (i + k) % 2 ? 'DISAGREE' : 'AGREE',
          })),
        );
      castLogs.push(...logged.slice(mark));
      await roundOp(officer, 'closeCouncilVotingRound', room.id);
      await roundOp(officer, 'tallyCouncilVotingRound', room.id);

      // REMOTE, the members blinding as their browsers would
      const remote = await openRound(officer, f, 'REMOTE');
      const tokens = [];
      for (const member of members) {
        const { councilVotingRound: r } = await member.ok(BLIND_KEY, { id: remote.id });
        const key = { kty: 'RSA' as const, n: r.blindKey?.n as string, e: r.blindKey?.e as string };
        const pending = await startBlindToken(key);
        const { issueCouncilVotingToken } = await member.ok(ISSUE, {
          input: {
            roundId: remote.id,
            blindedMessage: Buffer.from(pending.blindedMessage).toString('base64url'),
          },
        });
        tokens.push(
          await finishBlindToken(
            key,
            pending,
            base64UrlToBytes(issueCouncilVotingToken.blindSignature),
          ),
        );
      }
      const mark2 = logged.length;
      for (const token of tokens) {
        const res = await t.client().request(CAST, {
          input: {
            roundId: remote.id,
            credential: { token },
            choices: f.items.map((agendaItemId) => ({ agendaItemId, choice: 'AGREE' })),
          },
        });
        expect(res.errors).toBeUndefined();
      }
      castLogs.push(...logged.slice(mark2));
      await roundOp(officer, 'closeCouncilVotingRound', remote.id);
      await roundOp(officer, 'tallyCouncilVotingRound', remote.id);
    } finally {
      spy.mockRestore();
    }
    const after = await snapshot();

    // every new or changed row, table by table
    const changed = new Map<string, Row[]>();
    for (const [table, rows] of after) {
      const old = before.get(table) ?? new Set<string>();
      const fresh = [...rows].filter((r) => !old.has(r)).map((r) => JSON.parse(r) as Row);
      if (fresh.length) changed.set(table, fresh);
    }
    expect(changed.get('council_ballots')?.length).toBe(2 * 3 * 4);
    const leaks: string[] = [];
    const allowed = new Set<string>();
    for (const [table, rows] of changed)
      for (const row of rows)
        for (const [column, value] of Object.entries(row)) {
          const text = JSON.stringify(value) ?? '';
          if (!forbidden.some((id) => text.includes(id))) continue;
          if (allowedToName(table, row)) allowed.add(table);
          else leaks.push(`${table}.${column} = ${text.slice(0, 120)}`);
        }
    expect(leaks).toEqual([]);
    // the search does find members where they are allowed: the issuances name them
    expect([...allowed].sort()).toEqual(['audit_log', 'council_token_issuances']);

    // ballot rows: no time, no sequence, no member: exactly these columns
    const columns: { column_name: string; data_type: string }[] = await t.db.query(
      `SELECT column_name, data_type FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name = 'council_ballots' ORDER BY column_name`,
    );
    expect(columns.map((c) => c.column_name)).toEqual([
      'agenda_item_id',
      'choice',
      'id',
      'round_id',
      'written',
    ]);
    expect(columns.some((c) => /time|date|interval|serial/.test(c.data_type))).toBe(false);
    // nor do the tables that mark a code used or a token spent
    for (const table of ['council_voting_codes', 'council_spent_tokens', 'council_round_events']) {
      const cols: { data_type: string }[] = await t.db.query(
        `SELECT data_type FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1`,
        [table],
      );
      expect(cols.some((c) => /time|date/.test(c.data_type))).toBe(false);
    }

    // the casts' audit rows name nobody and keep no address or browser
    const casts = (changed.get('audit_log') ?? []).filter(
      (r) => r['operation'] === 'councilVoting.cast',
    );
    expect(casts).toHaveLength(3 + 3);
    for (const r of casts) {
      expect(r['actor_id']).toBeNull();
      expect(r['ip_address']).toBeNull();
      expect(r['changes']).toEqual([]);
    }

    // the log lines written while casting: some were written, none names a member or carries a choice
    expect(castLogs.join('')).toContain('POST /');
    for (const line of castLogs) {
      expect(forbidden.some((id) => line.includes(id))).toBe(false);
      expect(line).not.toMatch(/AGREE|DISAGREE|credential|token/);
    }
  });
});

/**
 * Rows that may name a member: the remote token's issuance (the "has voted" fact, NĐ 98/2023 Điều 30
 * k.7 lets the minutes name who voted; it shares no key with a ballot) and its audit row (whose actor
 * is the member asking). An absent member's written opinion is entered before the snapshot.
 */
function allowedToName(table: string, row: Row): boolean {
  if (table === 'council_token_issuances') return true;
  if (table === 'audit_log' && row['operation'] === 'councilVoting.token') return true;
  return false;
}
