import type { UnitEntity } from '../src/modules/org/unit.entity';
import { personIn } from './campaign-registration-fixtures';
import type { GqlClient } from './setup/gql-client';
import type { TestApp } from './setup/test-app';

/**
 * A council session in progress for the voting tests (issue 12): `n` members (the first `present`
 * present, the rest absent with a written opinion or simply absent), each with a user account so a
 * member can ask for a remote token, and agenda items inserted directly (the agenda from an award
 * round is councils.int-spec's subject): each test makes its own.
 */
export interface VotingFixture {
  councilId: string;
  sessionId: string;
  /** council member ids, in order */
  members: string[];
  /** the members' user names (password PASSWORD) */
  usernames: string[];
  personIds: string[];
  userIds: string[];
  items: string[];
  unit: UnitEntity;
}

export async function votingSession(
  t: TestApp,
  officer: GqlClient,
  parent: UnitEntity,
  opts: {
    members: number;
    present: number;
    written?: number;
    candidates: number;
    threshold?: number | null;
    awardRoundId?: string | null;
    awardName?: string;
  },
): Promise<VotingFixture> {
  const unit = await t.unit(`Phòng Bỏ Phiếu ${t.uid()}`, parent);
  const { createCouncil } = await officer.ok<{ createCouncil: { id: string } }>(
    `mutation($input: CreateCouncilInput!) { createCouncil(input: $input) { id } }`,
    { input: { unitId: unit.id } },
  );
  const members: string[] = [];
  const usernames: string[] = [];
  const personIds: string[] = [];
  const userIds: string[] = [];
  for (let i = 0; i < opts.members; i += 1) {
    const user = await t.user({ unit });
    const person = await personIn(t, officer, unit, `Thành Viên ${i} ${t.uid()}`);
    const { addCouncilMember } = await officer.ok<{ addCouncilMember: { id: string } }>(
      `mutation($input: AddCouncilMemberInput!) { addCouncilMember(input: $input) { id } }`,
      {
        input: {
          councilId: createCouncil.id,
          personId: person.id,
          role: i === 0 ? 'CHU_TICH' : i === 1 ? 'UY_VIEN_THU_KY' : 'UY_VIEN',
          title: 'Trưởng phòng',
          from: '2024-01-01',
          userId: user.id,
        },
      },
    );
    members.push(addCouncilMember.id);
    usernames.push(user.username);
    personIds.push(person.id);
    userIds.push(user.id);
  }
  const { createCouncilSession: s } = await officer.ok<{
    createCouncilSession: { id: string; version: number };
  }>(
    `mutation($input: CreateCouncilSessionInput!) { createCouncilSession(input: $input) { id version } }`,
    {
      input: {
        councilId: createCouncil.id,
        title: `Phiên họp xét khen thưởng ${t.uid()}`,
        kind: 'OTHER',
        date: '2025-12-10',
        chairMemberId: members[0],
        secretaryMemberId: members[1],
        awardRoundId: opts.awardRoundId ?? null,
      },
    },
  );
  const written = opts.written ?? 0;
  const attendances = members.map((memberId, i) =>
    i < opts.present
      ? { memberId, attendance: 'PRESENT' }
      : i < opts.present + written
        ? { memberId, attendance: 'ABSENT_WRITTEN', writtenOpinion: 'Đồng ý theo đề nghị.' }
        : { memberId, attendance: 'ABSENT' },
  );
  const { setCouncilAttendance } = await officer.ok<{
    setCouncilAttendance: { version: number };
  }>(
    `mutation($input: SetCouncilAttendanceInput!) { setCouncilAttendance(input: $input) { version } }`,
    { input: { sessionId: s.id, version: s.version, attendances } },
  );
  const items: string[] = [];
  for (let i = 0; i < opts.candidates; i += 1) {
    const rows: { id: string }[] = await t.db.query(
      `INSERT INTO council_agenda_items (session_id, position, subject, candidate_name, award_name,
         proposing_unit_id, proposing_unit_name, vote_required, threshold)
       VALUES ($1, $2, 'INDIVIDUAL', $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        s.id,
        i + 1,
        `Ứng Viên ${i + 1} ${t.uid()}`,
        opts.awardName ?? 'Chiến sĩ thi đua cơ sở',
        unit.id,
        unit.name,
        opts.threshold !== null,
        opts.threshold === undefined ? 0.8 : opts.threshold,
      ],
    );
    items.push((rows[0] as { id: string }).id);
  }
  await officer.ok(
    `mutation($input: CouncilSessionRefInput!) { startCouncilSession(input: $input) { id } }`,
    { input: { id: s.id, version: setCouncilAttendance.version } },
  );
  return {
    councilId: createCouncil.id,
    sessionId: s.id,
    members,
    usernames,
    personIds,
    userIds,
    items,
    unit,
  };
}

export const ROUND_FIELDS = `id version number status mode members voters castCount closeHash quota
  blindKey { kty n e }
  results { agendaItemId agree disagree percentHundredths passed rank withinQuota explanation }`;

export async function openRound(
  officer: GqlClient,
  f: VotingFixture,
  mode: 'ROOM' | 'REMOTE' | 'PAPER',
  items: string[] = f.items,
) {
  return (
    await officer.ok<{ openCouncilVotingRound: RoundShape }>(
      `mutation($input: OpenCouncilVotingRoundInput!) { openCouncilVotingRound(input: $input) { ${ROUND_FIELDS} } }`,
      { input: { sessionId: f.sessionId, mode, agendaItemIds: items } },
    )
  ).openCouncilVotingRound;
}

export interface RoundShape {
  id: string;
  version: number;
  number: number;
  status: string;
  mode: string;
  members: number;
  voters: number;
  castCount: number | null;
  closeHash: string | null;
  quota: number | null;
  blindKey: { kty: string; n: string; e: string } | null;
  results:
    | {
        agendaItemId: string;
        agree: number;
        disagree: number;
        percentHundredths: number;
        passed: boolean;
        rank: number | null;
        withinQuota: boolean | null;
        explanation: string;
      }[]
    | null;
}

export const CAST = `mutation($input: CastCouncilBallotInput!) { castCouncilBallot(input: $input) { choices } }`;

export async function roundOp(
  officer: GqlClient,
  op: 'closeCouncilVotingRound' | 'tallyCouncilVotingRound' | 'generateCouncilVotingCodes',
  roundId: string,
) {
  const fields = op === 'generateCouncilVotingCodes' ? 'roundId codes' : ROUND_FIELDS;
  return (
    await officer.ok<Record<string, RoundShape & { codes: string[] }>>(
      `mutation($input: CouncilRoundRefInput!) { ${op}(input: $input) { ${fields} } }`,
      { input: { roundId } },
    )
  )[op] as RoundShape & { codes: string[] };
}

export async function castCode(
  client: GqlClient,
  roundId: string,
  code: string,
  choices: { agendaItemId: string; choice: 'AGREE' | 'DISAGREE' }[],
) {
  return client.request(CAST, { input: { roundId, credential: { code }, choices } });
}
