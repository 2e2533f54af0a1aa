import type { UnitEntity } from '../src/modules/org/unit.entity';
import { personIn, withShortName } from './campaign-registration-fixtures';
import type { UpdateAwardDecisionInput } from './gql/graphql';
import type { GqlClient } from './setup/gql-client';
import type { TestApp } from './setup/test-app';

/**
 * Setup shared by the decisions tests (issue 12): a Sở (the issuing unit, with a short name for its
 * QĐ numbers) with its Phòng Thi đua - Khen thưởng receiving dossiers and a phòng proposing them; an
 * officer of the Sở (drafts, and does the dossier work of both sides, as the appraisal tests' officers
 * do) and its leader (signs); and dossiers appraised "đạt", built the way the awards tests build them.
 * Plain GraphQL strings: the typed documents of the operations under test live in the spec files.
 */
export interface DecisionWorld {
  province: UnitEntity;
  office: UnitEntity;
  receiving: UnitEntity;
  proposing: UnitEntity;
  officer: GqlClient;
  leader: GqlClient;
}

export async function decisionWorld(t: TestApp, label: string): Promise<DecisionWorld> {
  const province = await t.unit(`Tỉnh ${label} ${t.uid()}`);
  const office = await t.unit(`Sở Nội vụ ${label} ${t.uid()}`, province);
  await withShortName(t, office);
  const receiving = await t.unit(`Phòng Thi đua - Khen thưởng ${t.uid()}`, office);
  const proposing = await t.unit(`Phòng Tổ chức cán bộ ${t.uid()}`, office);
  const officer = await t.loggedIn((await t.user({ unit: office, role: 'TDKT_OFFICER' })).username);
  const leader = await t.loggedIn((await t.user({ unit: office, role: 'LEADER' })).username);
  return { province, office, receiving, proposing, officer, leader };
}

export interface Appraised {
  roundId: string;
  dossierId: string;
  nominations: { id: string; personId: string; name: string }[];
}

export interface NomineeSpec {
  /** "Lao động tiên tiến" by default: an HTTNV evaluation of the round's year makes it eligible. */
  awardCode?: string;
  name?: string;
  /** Records entered before the dossier (evaluations, earlier awards). */
  grade?: string;
  awards?: { awardCode: string; year: number }[];
}

/**
 * A round of `w.receiving` for `year` (or the given one), a dossier of `w.proposing` with one nominee
 * per spec (a person of the phòng), its papers written in, sent, received and appraised "đạt".
 */
export async function appraisedDossier(
  t: TestApp,
  w: DecisionWorld,
  specs: NomineeSpec[] = [{}],
  opts: { roundId?: string; year?: number } = {},
): Promise<Appraised> {
  const year = opts.year ?? 2025;
  const o = w.officer;
  const roundId =
    opts.roundId ??
    (
      await o.ok<{ createAwardRound: { id: string } }>(
        `mutation($input: CreateAwardRoundInput!) { createAwardRound(input: $input) { id } }`,
        {
          input: {
            kind: 'ANNUAL',
            title: `Khen thưởng công trạng năm ${year} ${t.uid()}`,
            year,
            track: 'CONG_TRANG',
            receivingUnitId: w.receiving.id,
            decidingAuthority: 'Giám đốc Sở Nội vụ',
          },
        },
      )
    ).createAwardRound.id;
  const people: { id: string; name: string; spec: NomineeSpec }[] = [];
  for (const spec of specs) {
    const name = spec.name ?? `Nông Thị Hà ${t.uid()}`;
    const person = await personIn(t, o, w.proposing, name);
    await o.ok(
      `mutation($input: CreateEvaluationInput!) { createEvaluation(input: $input) { id } }`,
      {
        input: {
          personId: person.id,
          year,
          grade: spec.grade ?? 'HTTNV',
          source: 'Quyết định số 9/QĐ-SNV',
        },
      },
    );
    for (const a of spec.awards ?? [])
      await o.ok(
        `mutation($input: CreateAwardRecordInput!) { createAwardRecord(input: $input) { id } }`,
        {
          input: {
            personId: person.id,
            awardCode: a.awardCode,
            year: a.year,
            decisionNumber: `${a.year % 100}/QĐ-SNV`,
          },
        },
      );
    people.push({ id: person.id, name, spec });
  }
  let d = (
    await o.ok<{ createAwardDossier: { id: string; version: number } }>(
      `mutation($input: CreateAwardDossierInput!) { createAwardDossier(input: $input) { id version } }`,
      { input: { roundId, unitId: w.proposing.id } },
    )
  ).createAwardDossier;
  const nominations: Appraised['nominations'] = [];
  for (const p of people) {
    const added = (
      await o.ok<{
        addAwardNominee: {
          id: string;
          version: number;
          nominees: { id: string; personId: string }[];
        };
      }>(
        `mutation($input: AddNomineeInput!) { addAwardNominee(input: $input) { id version nominees { id personId } } }`,
        {
          input: {
            dossierId: d.id,
            version: d.version,
            subject: 'INDIVIDUAL',
            personId: p.id,
            awardCode: p.spec.awardCode ?? 'LAO_DONG_TIEN_TIEN',
            achievements: `Hoàn thành tốt nhiệm vụ năm ${year}.`,
          },
        },
      )
    ).addAwardNominee;
    d = { id: added.id, version: added.version };
    const n = added.nominees.find((x) => x.personId === p.id);
    nominations.push({ id: n?.id as string, personId: p.id, name: p.name });
  }
  const write = async (kind: string, nominationId: string | null) => {
    d.version = (
      await o.ok<{ writeAwardDossierDocument: { version: number } }>(
        `mutation($input: WriteDossierDocumentInput!) { writeAwardDossierDocument(input: $input) { version } }`,
        {
          input: {
            dossierId: d.id,
            version: d.version,
            kind,
            nominationId,
            text: `Nội dung ${kind}`,
          },
        },
      )
    ).writeAwardDossierDocument.version;
  };
  await write('TO_TRINH', null);
  await write('BIEN_BAN', null);
  for (const [i, n] of nominations.entries()) {
    await write('BAO_CAO_THANH_TICH', n.id);
    if ((people[i]?.spec.awardCode ?? '').startsWith('CSTD')) await write('SANG_KIEN', n.id);
  }
  const step = async (mutation: string, input: Record<string, unknown>) => {
    const res = await o.ok<Record<string, { version: number }>>(
      `mutation($input: ${mutation === 'appraiseAwardDossier' ? 'AppraiseAwardDossierInput' : 'AwardDossierRefInput'}!) { ${mutation}(input: $input) { version } }`,
      { input: { id: d.id, version: d.version, ...input } },
    );
    d.version = (res[mutation] as { version: number }).version;
  };
  await step('submitAwardDossier', {});
  await step('receiveAwardDossier', {});
  await step('appraiseAwardDossier', {
    items: nominations.map((n) => ({ nominationId: n.id, verdict: 'PASS' })),
  });
  return { roundId, dossierId: d.id, nominations };
}

/** The signer a decision needs before it is issued, and the rest of its editable parts as drafted. */
export function signedEdit(
  d: {
    id: string;
    version: number;
    subject: string;
    authority: string;
    achievement: string;
    bases: string[];
    rewardFunding: string | null;
    rewardBasis: string | null;
    executors: string[];
    receivers: string[];
    archive: string;
    place: string;
  },
  extra: Partial<UpdateAwardDecisionInput> = {},
): UpdateAwardDecisionInput {
  return {
    id: d.id,
    version: d.version,
    subject: d.subject,
    authority: d.authority,
    achievement: d.achievement,
    bases: d.bases,
    rewardFunding: d.rewardFunding,
    rewardBasis: d.rewardBasis,
    executors: d.executors,
    receivers: d.receivers,
    archive: d.archive,
    place: d.place,
    signer: { on: [], title: 'Giám đốc', name: 'Hoàng Văn Ký' },
    ...extra,
  };
}
