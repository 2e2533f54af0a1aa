import { strFromU8, unzipSync } from 'fflate';
import { buildPlanDocx } from '@thidua/documents';
import { campaignAddresseeStatus, isIssuedStatus, todayInVietnam } from '@thidua/shared-domain';
import { Actor } from '../src/core/auth/actor';
import { systemContext } from '../src/core/context/request-context';
import { TransactionRunner } from '../src/core/database/transaction';
import { CampaignAddresseeEntity } from '../src/modules/campaigns/campaign-addressee.entity';
import { CampaignDocuments } from '../src/modules/campaigns/campaign-document';
import { CampaignPlanEntity } from '../src/modules/campaigns/campaign-plan.entity';
import { CampaignRegistrationEntity } from '../src/modules/campaigns/campaign-registration.entity';
import { DEMO_CAMPAIGNS, DEMO_REGISTRATIONS } from '../src/seeds/demo-campaigns';
import { DemoLoader } from '../src/seeds/demo-loader';
import { startTestApp, type TestApp } from './setup/test-app';

/**
 * The paragraphs of a part of a .docx, runs joined (the approach of libs/documents/src/testing/docx-xml,
 * which an app may not import by path).
 */
function docxParagraphs(bytes: Uint8Array, part = 'word/document.xml'): string[] {
  const file = unzipSync(bytes)[part];
  if (!file) return [];
  const unescape = (s: string) =>
    s.replace(
      /&(amp|lt|gt|quot|apos);/g,
      (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e] ?? '',
    );
  return [...strFromU8(file).matchAll(/<w:p(?: [^>]*)?>(.*?)<\/w:p>/gs)].map(([, p = '']) =>
    unescape([...p.matchAll(/<w:t(?: [^>]*)?>(.*?)<\/w:t>/gs)].map((m) => m[1]).join('')),
  );
}

/**
 * The demo province as the boot loads it (BootService → DemoLoader, one transaction), here in a dry run
 * on the test database: the four seed plans come out issued, numbered by their issuers' registers, and
 * print with their own căn cứ, title and signer. The dry run rolls everything back, so the demo's fixed
 * codes ("VLG"…) never meet another test's data.
 */
describe('demo province: the four seed plans', () => {
  jest.setTimeout(180_000);
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('are loaded issued with register numbers, and print as their seeds', async () => {
    const run = t.app.get(TransactionRunner);
    const ctx = systemContext(Actor.system('Kiểm thử dữ liệu mẫu'));
    const loaded = await run.dryRun(ctx, async (tx) => {
      const summary = await t.app.get(DemoLoader).load(tx);
      const plans = [];
      for (const p of summary.campaigns.plans) {
        const plan = await tx.em.findOneByOrFail(CampaignPlanEntity, { id: p.id });
        const doc = await t.app.get(CampaignDocuments).planDocument(plan);
        const text = docxParagraphs(await buildPlanDocx(doc));
        plans.push({ seed: p.seed, plan, text });
      }
      // who has acted on each plan: the addressees' statuses today, by seed
      const today = todayInVietnam();
      const cascade: Record<string, Record<string, number>> = {};
      for (const p of summary.campaigns.plans) {
        const rows = await tx.em.findBy(CampaignAddresseeEntity, { planId: p.id });
        const counts: Record<string, number> = {};
        for (const r of rows) {
          const status = campaignAddresseeStatus(r, today);
          counts[status] = (counts[status] ?? 0) + 1;
        }
        cascade[p.seed] = counts;
      }
      const answers = [];
      for (const a of summary.campaigns.answers) {
        const plan = await tx.em.findOneByOrFail(CampaignPlanEntity, { id: a.id });
        const doc = await t.app.get(CampaignDocuments).planDocument(plan);
        answers.push({ plan, text: docxParagraphs(await buildPlanDocx(doc)).join('\n') });
      }
      const office = summary.campaigns.plans.find((p) => p.seed === '001')!;
      const registrations = await tx.em.find(CampaignRegistrationEntity, {
        where: { planId: office.id },
        order: { registrantName: 'ASC' },
      });
      const unitCodes = new Map<string, string>(
        (
          await tx.em.query(`SELECT id, code FROM units WHERE id = ANY($1::uuid[])`, [
            registrations.map((r) => r.unitId),
          ])
        ).map((u: { id: string; code: string }) => [u.id, u.code]),
      );
      return {
        legalDocuments: summary.campaigns.legalDocuments,
        plans,
        cascade,
        answers,
        registrations: registrations.map((r) => ({
          unit: unitCodes.get(r.unitId),
          kind: r.kind,
          status: r.status,
        })),
      };
    });

    expect(loaded.legalDocuments).toBe(4);
    expect(loaded.plans.map((p) => [p.seed, p.plan.symbol])).toEqual([
      ['000', '01-KH/TU'],
      ['002', '01-KH/ĐU'],
      ['003', '01/KH-UBND'],
      ['001', '01/KH-VP'],
    ]);
    for (const { seed, plan, text } of loaded.plans) {
      const spec = DEMO_CAMPAIGNS.find((c) => c.seed === seed)!;
      expect(isIssuedStatus(plan.status)).toBe(true);
      expect(plan).toMatchObject({
        title: spec.title,
        issuedOn: spec.issue.issuedOn,
        issuePlace: 'Vĩnh Long',
        periodFrom: spec.periodFrom,
        periodTo: spec.periodTo,
      });
      expect(plan.signer?.name).toBe(spec.issue.signer.name);
      expect(plan.content.sections.map((s) => s.title)).toEqual(
        spec.content.sections.map((s) => s.title),
      );
      // the printed kế hoạch: its number, its căn cứ from the registry, title and signer
      const body = text.join('\n');
      expect(text).toContain('KẾ HOẠCH');
      expect(text).toContain(spec.title);
      expect(body).toContain(plan.symbol!);
      for (const b of spec.bases)
        expect(body).toContain(`số ${'local' in b ? b.local : b.national}`);
      expect(text).toContain(spec.issue.signer.name);
    }

    // the cascade: Thái Bình's units of the cụm, khối (deadline 15/8/2025) three on time, two late, the
    // rest overdue; Bến Tre's đảng ủy (no deadline) two answered; the others' addressees still to act
    expect(loaded.cascade).toEqual({
      '000': { ANSWERED: 2, PENDING: 1 },
      '001': { PENDING: 7 },
      '002': { PENDING: 3 },
      '003': { ANSWERED: 3, ANSWERED_LATE: 2, OVERDUE: 25 },
    });
    expect(loaded.answers.map((a) => a.plan.symbol)).toEqual([
      '01-KH/ĐU',
      '01-KH/ĐU',
      '01/KH-SNV',
      '01/KH-UBND',
      '01/KH-UBND',
      '01/KH-SYT',
      '01/KH-UBND',
    ]);
    for (const a of loaded.answers) {
      expect(isIssuedStatus(a.plan.status)).toBe(true);
      expect(a.plan.respondsToPlanId).toBe(
        loaded.plans.find((p) => p.seed === (a.plan.issuedOn! < '2025-01-01' ? '000' : '003'))!.plan
          .id,
      );
    }
    expect(loaded.answers[2]!.text).toContain(
      'Thực hiện Kế hoạch số 01/KH-UBND ngày 21/7/2025 của Ủy ban nhân dân tỉnh',
    );
    expect(loaded.answers[0]!.text).toContain('Thực hiện Kế hoạch số 01-KH/TU ngày 25/1/2024');

    // registrations for the office's plan: each phòng as far as its registration went
    const byUnit = new Map(
      loaded.registrations.filter((r) => r.kind === 'UNIT').map((r) => [r.unit, r.status]),
    );
    expect(Object.fromEntries(byUnit)).toEqual(
      Object.fromEntries(DEMO_REGISTRATIONS.map((r) => [r.unit, r.status])),
    );
    expect(loaded.registrations.filter((r) => r.kind === 'PERSON')).toEqual(
      expect.arrayContaining([
        { unit: 'VLG-VP-TH', kind: 'PERSON', status: 'APPROVED' },
        { unit: 'VLG-VP-HCTC', kind: 'PERSON', status: 'SUBMITTED' },
      ]),
    );
    expect(loaded.registrations.length).toBe(
      DEMO_REGISTRATIONS.reduce((n, r) => n + 1 + r.people.length, 0),
    );

    // rolled back: the demo left nothing in the test database
    const left = await t.db.query(`SELECT count(*)::int AS n FROM units WHERE code = 'VLG-DU-SXD'`);
    expect(left[0].n).toBe(0);
  });
});
