import { strFromU8, unzipSync } from 'fflate';
import { In } from 'typeorm';
import {
  DOSSIER_STATUSES,
  dossierMissingDocuments,
  todayInVietnam,
  type DossierStatus,
} from '@thidua/shared-domain';
import { Actor } from '../src/core/auth/actor';
import { systemContext } from '../src/core/context/request-context';
import { TransactionRunner } from '../src/core/database/transaction';
import { AwardDossierEventEntity } from '../src/modules/awards/award-dossier-event.entity';
import {
  AwardDossierDocumentEntity,
  AwardDossierEntity,
  AwardNominationEntity,
} from '../src/modules/awards/award-dossier.entity';
import { AwardDossierService } from '../src/modules/awards/award-dossier.service';
import { initiativeReference } from '../src/modules/awards/award-eligibility';
import {
  AwardNoticeCommentEntity,
  AwardPublicNoticeEntity,
} from '../src/modules/awards/award-notice.entity';
import { AwardRoundEntity } from '../src/modules/awards/award-round.entity';
import { CalendarService } from '../src/modules/calendar/calendar.service';
import { InitiativeEntity } from '../src/modules/records/initiative.entity';
import { DEMO_AWARD_ROUNDS, DEMO_DOSSIERS } from '../src/seeds/demo-awards';
import { DemoLoader } from '../src/seeds/demo-loader';
import { startTestApp, type TestApp } from './setup/test-app';

/**
 * The demo's award rounds and dossiers (demo-awards.ts), loaded as the boot loads them, in a dry run on
 * the test database (rolled back: the demo's fixed codes never meet another test's data). What the
 * officers' screens would read: a dossier at every status the routing reaches, the return's reason and
 * remarks, the resend's "what changed", the eligibility verdicts with their reasons (the hold, the used
 * sáng kiến), the đề tài locked by the send, the escalation, the files, and the audit trail.
 */
describe('demo province: award rounds and dossiers', () => {
  jest.setTimeout(300_000);
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('opens the rounds and routes the dossiers through the awards services', async () => {
    const run = t.app.get(TransactionRunner);
    const ctx = systemContext(Actor.system('Kiểm thử dữ liệu mẫu'));
    const dossierService = t.app.get(AwardDossierService);
    const calendar = t.app.get(CalendarService);
    const today = todayInVietnam();

    const loaded = await run.dryRun(ctx, async (tx) => {
      const summary = await t.app.get(DemoLoader).load(tx);
      const a = summary.awards;
      const ids = a.dossiers.map((d) => d.id);
      const rounds = await tx.em.findBy(AwardRoundEntity, { id: In(a.rounds.map((r) => r.id)) });
      const dossiers = await tx.em.findBy(AwardDossierEntity, { id: In(ids) });
      const nominees = await tx.em.findBy(AwardNominationEntity, { dossierId: In(ids) });
      const documents = await tx.em.findBy(AwardDossierDocumentEntity, { dossierId: In(ids) });
      const events = await tx.em.find(AwardDossierEventEntity, {
        where: { dossierId: In(ids) },
        // one transaction: the events share its timestamp, the dossier's version orders them
        order: { dossierVersion: 'ASC' },
      });
      const initiatives = await tx.em.findBy(InitiativeEntity, {
        id: In([...new Set(nominees.flatMap((n) => n.initiativeIds))]),
      });
      const report = documents.find((d) => d.kind === 'BAO_CAO_THANH_TICH' && d.fileSha256)!;
      const file = await dossierService.documentFile(ctx, report.dossierId, report.id);
      const audit: { operation: string; n: number }[] = await tx.em.query(
        `SELECT operation, count(*)::int AS n FROM audit_log
          WHERE operation LIKE 'award%' AND entity_id::text = ANY($1::text[])
          GROUP BY operation ORDER BY operation`,
        [[...ids, ...a.rounds.map((r) => r.id), ...a.notices.map((n) => n.id)]],
      );
      const planId = summary.campaigns.plans.find((p) => p.seed === '001')!.id;
      const notices = await tx.em.findBy(AwardPublicNoticeEntity, {
        id: In(a.notices.map((n) => n.id)),
      });
      const comments = await tx.em.findBy(AwardNoticeCommentEntity, {
        noticeId: In(a.notices.map((n) => n.id)),
      });
      return {
        a,
        planId,
        notices,
        comments,
        rounds,
        dossiers,
        nominees,
        documents,
        events,
        initiatives,
        file,
        audit,
      };
    });

    const { a } = loaded;
    const byKey = (key: string) => {
      const s = a.dossiers.find((d) => d.key === key)!;
      const row = loaded.dossiers.find((d) => d.id === s.id)!;
      const nominees = loaded.nominees
        .filter((n) => n.dossierId === s.id)
        .sort((x, y) => x.position - y.position);
      const events = loaded.events.filter((e) => e.dossierId === s.id);
      const documents = loaded.documents.filter((d) => d.dossierId === s.id);
      return { s, row, nominees, events, documents };
    };
    const nominee = (dossier: string, key: string) => {
      const d = byKey(dossier);
      return d.nominees[d.s.nominees.findIndex((n) => n.key === key)]!;
    };
    const roundOf = (key: string) =>
      loaded.rounds.find((r) => r.id === a.rounds.find((x) => x.key === key)!.id)!;

    // ── rounds: the office's from its plan's award plan, the annual ones due from today ─────────
    const office = roundOf('OFFICE_2026');
    expect(office).toMatchObject({
      kind: 'CAMPAIGN',
      track: 'PHONG_TRAO',
      deadline: '2026-10-01',
      awardForms: ['Giấy khen của Chánh Văn phòng', 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh'],
    });
    expect(office.campaignPlanId).toBe(loaded.planId);
    expect(office.quotas.map((q) => [q.form, q.either])).toEqual([
      ['Bằng khen của Chủ tịch UBND tỉnh', 1],
      ['Giấy khen của Chánh Văn phòng', 1],
    ]);
    for (const r of DEMO_AWARD_ROUNDS.filter((x) => x.dueInWorkingDays !== undefined)) {
      const row = roundOf(r.key);
      expect(row.deadline).toBe((await calendar.addWorkingDays(today, r.dueInWorkingDays!)).date);
      expect(row).toMatchObject({ kind: 'ANNUAL', track: 'CONG_TRANG', year: 2025 });
    }

    // ── every status the routing reaches; DECIDED is the council's ──────────────────────────────
    for (const spec of DEMO_DOSSIERS)
      expect([spec.key, byKey(spec.key).row.status]).toEqual([spec.key, spec.status]);
    const statuses = new Set(loaded.dossiers.map((d) => d.status));
    expect(statuses).toEqual(
      new Set((Object.keys(DOSSIER_STATUSES) as DossierStatus[]).filter((s) => s !== 'DECIDED')),
    );
    // sent after the office round's deadline: late; the annual rounds' sends: on time
    for (const d of a.dossiers.filter(
      (x) => loaded.dossiers.find((r) => r.id === x.id)!.firstSubmittedAt,
    ))
      expect([d.key, d.late]).toEqual([d.key, d.round === 'OFFICE_2026' && today > '2026-10-01']);

    // ── sent dossiers hold what a send needs; a draft begun with reports lists the rest ─────────
    for (const d of loaded.dossiers) {
      const missing = dossierMissingDocuments(
        loaded.rounds.find((r) => r.id === d.roundId)!.kind,
        loaded.nominees.filter((n) => n.dossierId === d.id),
        loaded.documents.filter((x) => x.dossierId === d.id),
      );
      if (d.firstSubmittedAt) expect(missing).toEqual([]);
      else expect(missing.length).toBeGreaterThan(0);
      // the signed-off reports and the tờ trình the system drafted, rendered by the send
      if (d.firstSubmittedAt && !d.originDossierId)
        expect(
          loaded.documents
            .filter((x) => x.dossierId === d.id && x.kind !== 'BIEN_BAN' && x.kind !== 'SANG_KIEN')
            .every((x) => x.generated),
        ).toBe(true);
    }
    expect(byKey('office-kt').documents.find((d) => d.kind === 'BIEN_BAN')).toMatchObject({
      fileSha256: null,
      text: expect.stringContaining('BIÊN BẢN'),
    });
    expect(loaded.file.mediaType).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(strFromU8(unzipSync(loaded.file.bytes)['word/document.xml']!)).toContain(
      'BÁO CÁO THÀNH TÍCH',
    );

    // ── returned: the reason and a remark per nominee and on the biên bản ───────────────────────
    const kgvx = byKey('office-kgvx');
    const back = kgvx.events.filter((e) => e.action === 'RETURN').at(-1)!;
    expect(back.reason).toMatch(/Mẫu số 08/);
    expect(back.remarks.map((r) => r.label)).toEqual([
      kgvx.nominees[0]!.name,
      kgvx.nominees[1]!.name,
      'Biên bản họp xét khen thưởng',
    ]);

    // ── returned, fixed and resent: the second send says what changed ───────────────────────────
    const nc = byKey('office-nc');
    expect(nc.events.map((e) => e.action)).toEqual([
      'CREATE',
      'SUBMIT',
      'RETURN',
      'SUBMIT',
      'RECEIVE',
    ]);
    const [first, second] = nc.events.filter((e) => e.action === 'SUBMIT');
    expect(first!.changes).toBeNull();
    const head = nominee('office-nc', 'nc-head');
    expect(second!.changes).toMatchObject({
      nomineesEdited: [`${head.name}: tóm tắt thành tích`],
      documentsReplaced: expect.arrayContaining([
        `Báo cáo thành tích của ${head.name}`,
        'Biên bản họp xét khen thưởng',
      ]),
    });
    expect(head.achievements).toMatch(/14\/16 vụ việc/);

    // ── appraisal: a failing nominee says why; the forwarded ones all passed ────────────────────
    expect(nominee('office-kt', 'kt-cv')).toMatchObject({ appraisalVerdict: 'FAIL' });
    expect(nominee('office-kt', 'kt-cv').appraisalRemark).toMatch(/nhiệm vụ thường xuyên/);
    for (const key of ['office-th', 'snv-own'])
      expect(byKey(key).nominees.map((n) => n.appraisalVerdict)).toEqual(
        byKey(key).nominees.map(() => 'PASS'),
      );
    expect(byKey('office-ttpvhcc').events.at(-1)).toMatchObject({
      action: 'WITHDRAW',
      reason: expect.stringContaining('tổng kết công tác năm 2026'),
    });

    // ── eligibility by the real check: eligible, not eligible with why, the hold ────────────────
    expect(nominee('snv-own', 'snv-detai').eligibility?.verdict).toBe('ELIGIBLE');
    expect(nominee('province-snv', 'snv').eligibility?.verdict).toBe('ELIGIBLE');
    const unmet = (dossier: string, key: string) =>
      (nominee(dossier, key).eligibility?.result?.checks ?? []).filter((c) => c.met === false);
    expect(nominee('snv-tcbc', 'tcbc-cv').eligibility?.verdict).toBe('NOT_ELIGIBLE');
    expect(
      unmet('snv-tcbc', 'tcbc-cv')
        .map((c) => c.label)
        .join(' '),
    ).toMatch(/năm 2025 chưa có “Lao động tiên tiến”/);
    expect(nominee('province-snv', 'snv-held').eligibility?.verdict).toBe('NOT_ELIGIBLE');
    const hold = unmet('province-snv', 'snv-held').find((c) => c.code === 'HOLD')!;
    expect(hold.label).toMatch(/18\/TB-SNV/);
    expect(nominee('province-snv', 'snv-director').eligibility?.verdict).toBe('NOT_ELIGIBLE');

    // ── the đề tài locked by the Sở's send; the sáng kiến used in 2024 kept its use ─────────────
    const detai = loaded.initiatives.find((i) => i.kind === 'DE_TAI')!;
    expect(nominee('snv-own', 'snv-detai').initiativeIds).toEqual([detai.id]);
    expect(detai.usedByReference).toBe(initiativeReference(byKey('snv-own').row.id));
    const used = loaded.initiatives.find((i) => i.kind === 'SANG_KIEN')!;
    expect(nominee('province-snv', 'snv-director').initiativeIds).toEqual([used.id]);
    expect(used.usedByReference).toBe('Tờ trình số 02/TTr-SNV');

    // ── đề nghị cấp trên: Văn phòng Sở's dossier of the province's round ────────────────────────
    const up = byKey('snv-vp-up');
    expect(up.row).toMatchObject({ status: 'DRAFT', originDossierId: byKey('snv-own').row.id });
    expect(up.nominees).toHaveLength(1);
    expect(up.nominees[0]).toMatchObject({
      originNominationId: nominee('snv-own', 'snv-detai').id,
      awardCode: 'BANG_KHEN_TINH',
    });
    expect(up.documents.every((d) => d.originDocumentId !== null)).toBe(true);
    expect(up.documents.map((d) => d.kind).sort()).toEqual([
      'BAO_CAO_THANH_TICH',
      'OTHER',
      'SANG_KIEN',
    ]);
    expect(up.events.map((e) => e.action)).toEqual(['CREATE', 'ESCALATE']);

    // ── công khai: the Sở's draft list running from today, a comment on the held person waiting ──
    const [notice] = loaded.notices;
    expect(loaded.notices).toHaveLength(1);
    expect(notice).toMatchObject({
      dossierId: byKey('province-snv').row.id,
      status: 'OPEN',
      startsOn: today,
    });
    expect(notice!.endsOn > today).toBe(true);
    expect(notice!.nominees.map((x) => x.name)).toEqual(
      byKey('province-snv').nominees.map((n) => n.name),
    );
    const held = nominee('province-snv', 'snv-held');
    expect(loaded.comments).toHaveLength(1);
    expect(loaded.comments[0]).toMatchObject({
      kind: 'GOP_Y',
      nomineeLabel: expect.stringContaining(held.name),
      outcome: null,
    });

    // ── the audit trail the services left ───────────────────────────────────────────────────────
    const audited = Object.fromEntries(loaded.audit.map((x) => [x.operation, x.n]));
    expect(audited).toMatchObject({
      'awardRound.create': 3,
      'awardDossier.create': a.dossiers.length,
      'awardDossier.submit': 9,
      'awardDossier.return': 2,
      'awardDossier.receive': 4,
      'awardDossier.appraise': 3,
      'awardDossier.forwardToCouncil': 2,
      'awardDossier.withdraw': 1,
      'awardDossier.escalate': 1,
      'awardNotice.publish': 1,
      'awardNotice.comment': 1,
    });
  });
});
