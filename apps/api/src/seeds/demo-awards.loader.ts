import { Injectable } from '@nestjs/common';
import {
  needsInitiativeCertificate,
  todayInVietnam,
  type AwardRoundKind,
  type DossierStatus,
  type EligibilityVerdict,
  type IsoDate,
} from '@thidua/shared-domain';
import type { Tx } from '../core/database/transaction';
import { found } from '../core/errors/app-error';
import {
  AwardDossierDocumentEntity,
  AwardDossierEntity,
  AwardNominationEntity,
} from '../modules/awards/award-dossier.entity';
import { AwardDocumentDraftEntity } from '../modules/awards/award-document-draft.entity';
import { AwardDossierRoutingService } from '../modules/awards/award-dossier-routing.service';
import { AwardDossierService } from '../modules/awards/award-dossier.service';
import { AchievementReportRefInput } from '../modules/awards/award-drafting.inputs';
import { AwardDraftingService } from '../modules/awards/award-drafting.service';
import {
  PublishAwardNoticeInput,
  SubmitNoticeCommentInput,
} from '../modules/awards/award-notice.inputs';
import { AwardNoticeService } from '../modules/awards/award-notice.service';
import type { AwardRoundEntity } from '../modules/awards/award-round.entity';
import { AwardRoundService } from '../modules/awards/award-round.service';
import {
  AddNomineeInput,
  AppraiseAwardDossierInput,
  AwardDossierRefInput,
  CreateAwardDossierInput,
  CreateAwardRoundInput,
  EscalateAwardDossierInput,
  ReturnAwardDossierInput,
  UpdateNomineeInput,
  WithdrawAwardDossierInput,
  WriteDossierDocumentInput,
} from '../modules/awards/award.inputs';
import { CalendarService } from '../modules/calendar/calendar.service';
import { OrgService } from '../modules/org/org.service';
import { RecordsService } from '../modules/records/records.service';
import { reportDocx } from './demo-campaign-activity';
import {
  DEMO_AWARD_ROUNDS,
  DEMO_DOSSIERS,
  bienBanParagraphs,
  certificateParagraphs,
  nomineeCode,
  verdictOf,
  type DemoDossierSpec,
  type DemoDossierStep,
  type DemoNomineeSpec,
  type DemoPaperContext,
  type DemoRoundKey,
  type DemoRoundSpec,
} from './demo-awards';
import { demoInput } from './demo-input';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' as const;

/** What the ids of earlier demo data are, by demo code. */
export interface DemoAwardRefs {
  unit(code: string): string;
  person(code: string): string;
  /** A seed plan's id (demo-campaigns). */
  plan(seed: string): string;
}

/** The loader's answer, for the log and the tests. */
export interface DemoAwardsSummary {
  rounds: { key: DemoRoundKey; id: string; kind: AwardRoundKind; deadline: IsoDate | null }[];
  dossiers: {
    /** the spec's key, or an escalation step's */
    key: string;
    id: string;
    round: DemoRoundKey;
    status: DossierStatus;
    late: boolean;
    nominees: { key: string | null; name: string; verdict: EligibilityVerdict | null }[];
  }[];
  /** Công khai: the lists published, each with the comments waiting for their handling. */
  notices: { id: string; dossierId: string; endsOn: IsoDate; comments: number }[];
}

/** One dossier in progress: its row (version moves with each call) and its nominees by spec key. */
interface Open {
  d: AwardDossierEntity;
  nominees: Map<string, AwardNominationEntity>;
  paper: DemoPaperContext;
}

/**
 * The award rounds and dossiers of the demo (demo-awards.ts), through the awards module's services as
 * officers would use them: rounds opened by their receiving units (the office's from its plan's award
 * plan), dossiers drafted by the proposing units — nominees judged on entry by the real eligibility
 * check, the sáng kiến cited picked from the nominee's records, the reports the system drafts signed
 * off, biên bản and certificates uploaded as Word files (the files module checks them) or a biên bản
 * written in — then routed (sent, received,
 * returned with remarks, fixed and resent, appraised, forwarded, withdrawn) and escalated; a draft's
 * list published for comment. Every input is first checked by the API's validation pipe. Runs in the demo's transaction, after the plans and
 * the records it reads.
 */
@Injectable()
export class DemoAwardsLoader {
  constructor(
    private readonly rounds: AwardRoundService,
    private readonly dossiers: AwardDossierService,
    private readonly routing: AwardDossierRoutingService,
    private readonly records: RecordsService,
    private readonly calendar: CalendarService,
    private readonly org: OrgService,
    private readonly notices: AwardNoticeService,
    private readonly drafting: AwardDraftingService,
  ) {}

  async load(tx: Tx, refs: DemoAwardRefs): Promise<DemoAwardsSummary> {
    const today = todayInVietnam();
    const opened = new Map<DemoRoundKey, AwardRoundEntity>();
    for (const r of DEMO_AWARD_ROUNDS) opened.set(r.key, await this.openRound(tx, refs, r, today));
    const round = (key: DemoRoundKey) => found(opened.get(key), 'Đợt xét khen thưởng mẫu', key);

    const summary: DemoAwardsSummary = {
      rounds: DEMO_AWARD_ROUNDS.map((r) => ({
        key: r.key,
        id: round(r.key).id,
        kind: r.kind,
        deadline: round(r.key).deadline,
      })),
      dossiers: [],
      notices: [],
    };
    for (const spec of DEMO_DOSSIERS) {
      const open = await this.draft(tx, refs, round(spec.round), spec);
      const escalated: DemoAwardsSummary['dossiers'] = [];
      for (const step of spec.steps) {
        if (step.do === 'ESCALATE') {
          const up = await this.escalate(tx, open, round(step.to), step);
          escalated.push(await this.result(tx, up, step.key, step.to, new Map()));
        } else open.d = await this.step(tx, open, spec, step);
      }
      if (spec.notice) summary.notices.push(await this.publish(tx, open, spec.notice));
      summary.dossiers.push(
        await this.result(tx, open.d, spec.key, spec.round, open.nominees),
        ...escalated,
      );
    }
    return summary;
  }

  /**
   * One more dossier of an opened round, drafted, filed and routed by its spec as `load` does (the
   * councils' demo routes its own to the councils this way: demo-councils.ts). No escalation here.
   */
  async routeDossier(
    tx: Tx,
    refs: DemoAwardRefs,
    round: AwardRoundEntity,
    spec: DemoDossierSpec,
  ): Promise<{
    dossier: AwardDossierEntity;
    nominees: ReadonlyMap<string, AwardNominationEntity>;
  }> {
    const open = await this.draft(tx, refs, round, spec);
    for (const step of spec.steps) {
      if (step.do === 'ESCALATE') throw new Error(`Hồ sơ mẫu ${spec.key}: không đề nghị cấp trên.`);
      open.d = await this.step(tx, open, spec, step);
    }
    return { dossier: open.d, nominees: open.nominees };
  }

  private async openRound(
    tx: Tx,
    refs: DemoAwardRefs,
    r: DemoRoundSpec,
    today: IsoDate,
  ): Promise<AwardRoundEntity> {
    // "today" moves with the demo: a deadline counted in working days from it stays near
    const deadline =
      r.dueInWorkingDays === undefined
        ? null
        : (await this.calendar.addWorkingDays(today, r.dueInWorkingDays)).date;
    const input = await demoInput(CreateAwardRoundInput, {
      kind: r.kind,
      title: r.title,
      year: r.year,
      receivingUnitId: refs.unit(r.receiving),
      ...(r.decidingAuthority ? { decidingAuthority: r.decidingAuthority } : {}),
      ...(deadline ? { deadline } : {}),
      ...(r.plan ? { campaignPlanId: refs.plan(r.plan) } : {}),
      note: r.note ?? null,
    });
    return this.rounds.create(tx, input);
  }

  /** The dossier created, its nominees added (each judged at once) and its papers filed. */
  private async draft(
    tx: Tx,
    refs: DemoAwardRefs,
    round: AwardRoundEntity,
    spec: DemoDossierSpec,
  ): Promise<Open> {
    const input = await demoInput(CreateAwardDossierInput, {
      roundId: round.id,
      unitId: refs.unit(spec.unit),
      note: spec.note ?? null,
    });
    let d = await this.dossiers.create(tx, input);
    for (const n of spec.nominees) d = await this.addNominee(tx, refs, d, n);
    const rows = await tx.em.find(AwardNominationEntity, {
      where: { dossierId: d.id },
      order: { position: 'ASC' },
    });
    const nominees = new Map(
      spec.nominees.map((n, i) => [n.key, rows[i] as AwardNominationEntity]),
    );
    const unit = await this.org.findById(d.unitId);
    const paper: DemoPaperContext = {
      unit: unit?.name ?? spec.unit,
      round: round.title,
      nominees: rows.map((n) => ({
        name: n.name,
        awardName: n.awardName,
        achievements: n.achievements,
      })),
    };
    const open: Open = { d, nominees, paper };
    await this.file(tx, open, spec);
    return open;
  }

  private async addNominee(
    tx: Tx,
    refs: DemoAwardRefs,
    d: AwardDossierEntity,
    n: DemoNomineeSpec,
  ): Promise<AwardDossierEntity> {
    const personId = n.person ? refs.person(nomineeCode(n.person)) : null;
    // the officer picks the nominee's own sáng kiến, đề tài from their records
    const initiativeIds =
      personId && n.citesOwnInitiatives
        ? (await this.records.listInitiatives(tx.ctx, { personId, first: 10 })).edges.map(
            (e) => e.node.id,
          )
        : [];
    const input = await demoInput(AddNomineeInput, {
      dossierId: d.id,
      version: d.version,
      subject: n.subject,
      ...(personId ? { personId } : {}),
      ...(n.unit ? { unitId: refs.unit(n.unit) } : {}),
      awardCode: n.awardCode ?? null,
      awardName: n.awardName ?? null,
      achievements: n.achievements,
      initiativeIds,
    });
    return this.dossiers.addNominee(tx, input.dossierId, input.version, input);
  }

  /**
   * The papers: the biên bản (uploaded, or written in) and, per nominee, the báo cáo thành tích the
   * system drafted from the records, signed off by the officer (AwardDraftingService; the send renders
   * it, and the tờ trình it drafts and numbers, into the dossier), and the certificate of what a Chiến
   * sĩ thi đua nominee cites; a draft begun with the reports only still lists the biên bản as missing.
   */
  private async file(tx: Tx, open: Open, spec: DemoDossierSpec): Promise<void> {
    const p = open.paper;
    if (spec.filing === 'COMPLETE') {
      if (spec.writtenMinutes) {
        const input = await demoInput(WriteDossierDocumentInput, {
          dossierId: open.d.id,
          version: open.d.version,
          kind: 'BIEN_BAN',
          text: bienBanParagraphs(p).join('\n'),
        });
        open.d = await this.dossiers.writeDocument(tx, input.dossierId, input.version, input);
      } else
        await this.upload(
          tx,
          open,
          'BIEN_BAN',
          null,
          'Biên bản họp xét khen thưởng.docx',
          bienBanParagraphs(p),
        );
    }
    for (const n of open.nominees.values()) {
      await this.signOff(tx, open, n, 0);
      if (spec.filing === 'COMPLETE' && needsInitiativeCertificate(n.awardCode))
        for (const id of n.initiativeIds) {
          const initiative = await this.records.getInitiative(tx.ctx, id);
          await this.upload(
            tx,
            open,
            'SANG_KIEN',
            n.id,
            `Chứng nhận sáng kiến - ${n.name}.docx`,
            certificateParagraphs(initiative.title, n.name),
          );
        }
    }
  }

  /** The nominee's báo cáo thành tích as the system drafted it, signed off for the send. */
  private async signOff(
    tx: Tx,
    open: Open,
    n: AwardNominationEntity,
    version: number,
  ): Promise<void> {
    const input = await demoInput(AchievementReportRefInput, { nominationId: n.id, version });
    await this.drafting.signOffReport(tx, input.nominationId, input.version);
    open.d = await tx.em.findOneByOrFail(AwardDossierEntity, { id: open.d.id });
  }

  /** As the upload route stores it (AwardDossierService.attachFile, the files module's checks). */
  private async upload(
    tx: Tx,
    open: Open,
    kind: AwardDossierDocumentEntity['kind'],
    nominationId: string | null,
    name: string,
    paragraphs: string[],
  ): Promise<void> {
    open.d = await this.dossiers.attachFile(
      tx,
      open.d.id,
      open.d.version,
      { kind, nominationId, note: null },
      { bytes: reportDocx(paragraphs), name, mediaType: DOCX },
    );
  }

  private async step(
    tx: Tx,
    open: Open,
    spec: DemoDossierSpec,
    step: Exclude<DemoDossierStep, { do: 'ESCALATE' }>,
  ): Promise<AwardDossierEntity> {
    const ref = { id: open.d.id, version: open.d.version };
    const nominee = (key: string) => found(open.nominees.get(key), 'Đề nghị mẫu', key);
    switch (step.do) {
      case 'SUBMIT':
      case 'RECEIVE':
      case 'FORWARD_TO_COUNCIL': {
        const input = await demoInput(AwardDossierRefInput, ref);
        return this.routing.act(tx, input.id, input.version, step.do);
      }
      case 'WITHDRAW': {
        const input = await demoInput(WithdrawAwardDossierInput, { ...ref, reason: step.reason });
        return this.routing.act(tx, input.id, input.version, 'WITHDRAW', { reason: input.reason });
      }
      case 'RETURN': {
        const documents = await tx.em.findBy(AwardDossierDocumentEntity, { dossierId: open.d.id });
        const remarks = step.remarks.map((r) => {
          if (r.nominee) return { nominationId: nominee(r.nominee).id, remark: r.remark };
          const doc = documents.find((x) => x.kind === r.document && x.nominationId === null);
          return { documentId: found(doc, 'Tài liệu mẫu', r.document ?? '').id, remark: r.remark };
        });
        const input = await demoInput(ReturnAwardDossierInput, {
          ...ref,
          reason: step.reason,
          remarks,
        });
        return this.routing.act(tx, input.id, input.version, 'RETURN', {
          reason: input.reason,
          remarks: input.remarks ?? [],
        });
      }
      case 'APPRAISE': {
        const input = await demoInput(AppraiseAwardDossierInput, {
          ...ref,
          items: [...open.nominees].map(([key, n]) => ({
            nominationId: n.id,
            ...verdictOf(step, key),
          })),
        });
        return this.routing.act(tx, input.id, input.version, 'APPRAISE', {
          appraisal: input.items,
        });
      }
      case 'FIX':
        return this.fix(tx, open, spec, step);
    }
  }

  /**
   * A returned dossier answered: the nominee's achievements rewritten, its report reopened, drafted
   * again from them and signed off, and the biên bản replaced with the one the return asked for.
   */
  private async fix(
    tx: Tx,
    open: Open,
    spec: DemoDossierSpec,
    step: Extract<DemoDossierStep, { do: 'FIX' }>,
  ): Promise<AwardDossierEntity> {
    const n = found(open.nominees.get(step.nominee), 'Đề nghị mẫu', step.nominee);
    const nomineeSpec = spec.nominees.find((x) => x.key === step.nominee) as DemoNomineeSpec;
    const input = await demoInput(UpdateNomineeInput, {
      dossierId: open.d.id,
      version: open.d.version,
      nominationId: n.id,
      awardCode: nomineeSpec.awardCode ?? null,
      awardName: nomineeSpec.awardName ?? null,
      achievements: step.achievements,
    });
    open.d = await this.dossiers.updateNominee(tx, input.dossierId, input.version, n.id, input);
    // the report as the officer reads it now: the send stored its rendering on the draft
    const report = await tx.em.findOneByOrFail(AwardDocumentDraftEntity, { nominationId: n.id });
    const reopen = await demoInput(AchievementReportRefInput, {
      nominationId: n.id,
      version: report.version,
    });
    const reopened = await this.drafting.reopenReport(tx, reopen.nominationId, reopen.version);
    const redrafted = await this.drafting.redraftReport(tx, n.id, reopened.version);
    await this.signOff(tx, open, n, redrafted.version);
    const i = [...open.nominees.keys()].indexOf(step.nominee);
    const paper = { ...(open.paper.nominees[i] as DemoPaperContext['nominees'][number]) };
    paper.achievements = step.achievements;
    open.paper.nominees[i] = paper;
    if (step.minutesAdded)
      await this.upload(
        tx,
        open,
        'BIEN_BAN',
        null,
        'Biên bản họp xét khen thưởng (bổ sung).docx',
        bienBanParagraphs(open.paper, step.minutesAdded),
      );
    return open.d;
  }

  private async escalate(
    tx: Tx,
    open: Open,
    round: AwardRoundEntity,
    step: Extract<DemoDossierStep, { do: 'ESCALATE' }>,
  ): Promise<AwardDossierEntity> {
    const input = await demoInput(EscalateAwardDossierInput, {
      originDossierId: open.d.id,
      roundId: round.id,
      nominees: step.nominees.map((x) => ({
        nominationId: found(open.nominees.get(x.nominee), 'Đề nghị mẫu', x.nominee).id,
        awardCode: x.awardCode,
        achievements: x.achievements,
      })),
    });
    return this.routing.escalate(tx, input);
  }

  /**
   * The dossier's list published from today by its officers, then a comment sent on one nominee from
   * the public page (AwardNoticeService.submitComment, as its unauthenticated route does; in the
   * demo's transaction it is recorded under the demo's actor), left for the officers to handle.
   */
  private async publish(
    tx: Tx,
    open: Open,
    notice: NonNullable<DemoDossierSpec['notice']>,
  ): Promise<DemoAwardsSummary['notices'][number]> {
    const input = await demoInput(PublishAwardNoticeInput, { dossierId: open.d.id });
    const published = await this.notices.publish(tx, input);
    const about = found(
      open.nominees.get(notice.comment.nominee),
      'Đề nghị mẫu',
      notice.comment.nominee,
    );
    const line = found(
      published.nominees.find((x) => x.name === about.name),
      'Người trong danh sách công khai',
      about.name,
    );
    const comment = await demoInput(SubmitNoticeCommentInput, {
      noticeId: published.id,
      kind: notice.comment.kind,
      nomineePosition: line.position,
      text: notice.comment.text,
      authorName: notice.comment.authorName,
    });
    await this.notices.submitComment(
      { actor: null, requestId: null, ipAddress: null, userAgent: null, sessionToken: null },
      comment,
    );
    return { id: published.id, dossierId: open.d.id, endsOn: published.endsOn, comments: 1 };
  }

  private async result(
    tx: Tx,
    d: AwardDossierEntity,
    key: string,
    round: DemoRoundKey,
    byKey: ReadonlyMap<string, AwardNominationEntity>,
  ): Promise<DemoAwardsSummary['dossiers'][number]> {
    const keyOf = new Map([...byKey].map(([k, n]) => [n.id, k]));
    const rows = await tx.em.find(AwardNominationEntity, {
      where: { dossierId: d.id },
      order: { position: 'ASC' },
    });
    return {
      key,
      id: d.id,
      round,
      status: d.status,
      late: d.late,
      nominees: rows.map((n) => ({
        key: keyOf.get(n.id) ?? null,
        name: n.name,
        verdict: n.eligibility?.verdict ?? null,
      })),
    };
  }
}
