import type { UnitEntity } from '../src/modules/org/unit.entity';
import { bacKanDraft } from './campaign-fixtures';
import type { GqlClient } from './setup/gql-client';
import type { TestApp } from './setup/test-app';

/**
 * Setup shared by the registration and review tests (issue 10): an issued plan addressed to some
 * units, and people working in a unit. Plain GraphQL strings: the typed documents of the operations
 * under test live in the spec files (codegen reads only those).
 */

export interface PlanOptions {
  /** Units the plan addresses (unitIds of the addressing). */
  addressed: UnitEntity[];
  /** The plan's milestones (the reviews' deadlines come from "Sơ kết…" / "Tổng kết…"). */
  milestones?: { date: string; label: string }[];
  /** Default PROVINCE; AGENCY (an office's internal plan) also reaches the issuer's own units. */
  scope?: 'PROVINCE' | 'SECTOR' | 'CLUSTER' | 'AGENCY';
  /** Leave it a draft. */
  draft?: boolean;
}

/** Gives the unit a short name (the ký hiệu of its plans needs one: "01/KH-UBxxxx"). */
export async function withShortName(t: TestApp, unit: UnitEntity): Promise<void> {
  const abbr = `UB${t
    .uid()
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(-6)
    .toUpperCase()}`;
  await t.db.query(`UPDATE units SET short_name = $1 WHERE id = $2`, [abbr, unit.id]);
}

/**
 * A plan of `issuer` shaped like seed 001 (one target: "Tỷ lệ hồ sơ giải quyết đúng hạn"), drafted by
 * `officer`, issued by `leader` (unless `draft`), addressed to `opts.addressed`. Returns its id.
 */
export async function issuedPlan(
  t: TestApp,
  issuer: UnitEntity,
  officer: GqlClient,
  leader: GqlClient,
  opts: PlanOptions,
): Promise<{ id: string; title: string }> {
  const uid = t.uid();
  const draft = bacKanDraft(issuer.id, uid, []);
  const input = {
    ...draft,
    scope: opts.scope ?? 'PROVINCE',
    content: {
      ...draft.content,
      targets: [
        ...(draft.content.targets ?? []),
        { indicator: 'Kết nạp đảng viên mới', target: '1.200', unit: 'đảng viên', year: 2025 },
      ],
      milestones: opts.milestones ?? draft.content.milestones,
    },
    addressing: { unitIds: opts.addressed.map((u) => u.id) },
  };
  const { createCampaignPlan: plan } = await officer.ok<{
    createCampaignPlan: { id: string; version: number; title: string };
  }>(
    `mutation($input: CreateCampaignPlanInput!) { createCampaignPlan(input: $input) { id version title } }`,
    { input },
  );
  if (opts.draft) return plan;
  const { submitCampaignPlan } = await officer.ok<{ submitCampaignPlan: { version: number } }>(
    `mutation($input: SubmitCampaignPlanInput!) { submitCampaignPlan(input: $input) { version } }`,
    { input: { id: plan.id, version: plan.version } },
  );
  await leader.ok(
    `mutation($input: IssueCampaignPlanInput!) { issueCampaignPlan(input: $input) { id status } }`,
    {
      input: {
        id: plan.id,
        version: submitCampaignPlan.version,
        issuedOn: '2025-03-10',
        place: 'Bắc Kạn',
        signer: { title: 'Phó Chủ tịch', name: 'Nguyễn Văn Ký' },
      },
    },
  );
  return plan;
}

/** A person with a current post in `unit` (created by `officer`, who needs PERSON_MANAGE there). */
export async function personIn(
  t: TestApp,
  officer: GqlClient,
  unit: UnitEntity,
  fullName: string,
): Promise<{ id: string; code: string; fullName: string }> {
  const code = `CB-${t.uid().toUpperCase()}`;
  const { createPerson } = await officer.ok<{ createPerson: { id: string } }>(
    `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
    {
      input: {
        code,
        fullName,
        sex: 'FEMALE',
        position: {
          unitId: unit.id,
          title: 'Chuyên viên',
          startedOn: '2024-01-01',
          staffCategory: 'CIVIL_SERVANT',
        },
      },
    },
  );
  return { id: createPerson.id, code, fullName };
}
