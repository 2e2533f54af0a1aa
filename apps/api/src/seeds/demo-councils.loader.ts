import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import {
  todayInVietnam,
  type BallotChoice,
  type DossierStatus,
  type IsoDate,
} from '@thidua/shared-domain';
import { Actor } from '../core/auth/actor';
import { Tx } from '../core/database/transaction';
import { found } from '../core/errors/app-error';
import type { AwardNominationEntity } from '../modules/awards/award-dossier.entity';
import { AwardDossierEntity } from '../modules/awards/award-dossier.entity';
import { AwardRoundService } from '../modules/awards/award-round.service';
import {
  CouncilAgendaItemEntity,
  CouncilSessionEntity,
} from '../modules/councils/council-session.entity';
import { CouncilMinutesService } from '../modules/councils/council-minutes.service';
import { CouncilSessionService } from '../modules/councils/council-session.service';
import {
  CastCouncilBallotInput,
  CouncilRoundRefInput,
  EnterPaperTallyInput,
  OpenCouncilVotingRoundInput,
  RecordWrittenOpinionsInput,
} from '../modules/councils/council-voting.models';
import type { CouncilVotingRoundEntity } from '../modules/councils/council-voting.entity';
import { CouncilVotingService } from '../modules/councils/council-voting.service';
import {
  AddCouncilAgendaFromRoundInput,
  AddCouncilGuestInput,
  AddCouncilMemberInput,
  CouncilSessionRefInput,
  CreateCouncilInput,
  CreateCouncilSessionInput,
  RemoveCouncilAgendaItemInput,
  SetCouncilAttendanceInput,
  SignCouncilSessionInput,
} from '../modules/councils/council.inputs';
import { CouncilService } from '../modules/councils/council.service';
import { AwardDecisionFiles } from '../modules/decisions/award-decision-files.service';
import {
  AwardDecisionRefInput,
  DraftAwardDecisionInput,
  UpdateAwardDecisionInput,
} from '../modules/decisions/award-decision.inputs';
import { AwardDecisionService } from '../modules/decisions/award-decision.service';
import { RoleService } from '../modules/identity/role.service';
import { UserService } from '../modules/identity/user.service';
import { PeopleService } from '../modules/people/people.service';
import { RecordsService } from '../modules/records/records.service';
import { nomineeCode, type DemoRoundKey } from './demo-awards';
import { DemoAwardsLoader, type DemoAwardRefs } from './demo-awards.loader';
import {
  DEMO_COUNCILS,
  DEMO_COUNCIL_DOSSIERS,
  DEMO_COUNCIL_EVALUATIONS,
  DEMO_DECISIONS,
  DEMO_SESSIONS,
  paperFigures,
  type DemoCouncilKey,
  type DemoDecisionSpec,
  type DemoSessionSpec,
} from './demo-councils';
import { demoInput } from './demo-input';

/** What the ids of earlier demo data are: the awards demo's and its rounds by key. */
export interface DemoCouncilRefs extends DemoAwardRefs {
  round(key: DemoRoundKey): string;
}

/** The loader's answer, for the boot's log and the tests. */
export interface DemoCouncilsSummary {
  councils: { key: DemoCouncilKey; id: string; name: string; members: string[] }[];
  dossiers: { key: string; id: string; status: DossierStatus; nominees: Record<string, string> }[];
  sessions: {
    key: string;
    id: string;
    status: CouncilSessionEntity['status'];
    /** its voting rounds, one per hình thức */
    roundIds: string[];
    mode: CouncilVotingRoundEntity['mode'];
    /** agenda item id by nominee key */
    items: Record<string, string>;
    /** nominee keys the tally passed */
    passed: string[];
  }[];
  decisions: {
    key: string;
    id: string;
    symbol: string | null;
    recipients: number;
    certificatesJobId: string;
  }[];
}

/** Where the QR codes of the demo's certificates point when PUBLIC_URL is not set (`npm start`'s). */
const DEMO_ORIGIN = 'http://localhost:3000';

/**
 * The councils, sessions and decisions of the demo (demo-councils.ts), through the councils and
 * decisions modules' services as their officers would use them, every input first checked by the
 * API's validation pipe: the councils with their members (two linked to demo accounts), the councils'
 * own dossiers routed to them by the awards demo, each session scheduled over its round's agenda
 * (trimmed to its dossier), attendance with a written opinion, a guest, started at its quorum; a paper
 * round entered by two people, a room round with one-time codes cast through the anonymous cast;
 * closed, tallied; then the decisions drafted from what passed, signed, issued, and the certificates
 * queued. Runs in the demo's transaction, after the award rounds.
 *
 * The voting service and the certificates service are not exported by their modules: the loader asks
 * Nest for the modules' own instances (ModuleRef, not strict) rather than making second copies.
 */
@Injectable()
export class DemoCouncilsLoader {
  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly councils: CouncilService,
    private readonly sessions: CouncilSessionService,
    private readonly minutes: CouncilMinutesService,
    private readonly decisions: AwardDecisionService,
    private readonly rounds: AwardRoundService,
    private readonly awards: DemoAwardsLoader,
    private readonly users: UserService,
    private readonly roles: RoleService,
    private readonly people: PeopleService,
    private readonly records: RecordsService,
  ) {}

  private get voting(): CouncilVotingService {
    return this.moduleRef.get(CouncilVotingService, { strict: false });
  }

  private get files(): AwardDecisionFiles {
    return this.moduleRef.get(AwardDecisionFiles, { strict: false });
  }

  async load(tx: Tx, refs: DemoCouncilRefs): Promise<DemoCouncilsSummary> {
    const summary: DemoCouncilsSummary = {
      councils: [],
      dossiers: [],
      sessions: [],
      decisions: [],
    };
    for (const spec of DEMO_COUNCILS) summary.councils.push(await this.council(tx, refs, spec));

    for (const e of DEMO_COUNCIL_EVALUATIONS)
      await this.records.createEvaluation(
        tx,
        'staff' in e.subject
          ? { personId: refs.person(nomineeCode(e.subject)) }
          : { unitId: refs.unit(e.subject.unit) },
        {
          year: 2025,
          grade: e.grade,
          source: 'Quyết định công nhận kết quả đánh giá năm 2025 của Sở Nội vụ',
        },
      );
    const nominees = new Map<string, ReadonlyMap<string, AwardNominationEntity>>();
    for (const spec of DEMO_COUNCIL_DOSSIERS) {
      const round = await this.rounds.get(refs.round(spec.round));
      const routed = await this.awards.routeDossier(tx, refs, round, spec);
      nominees.set(spec.key, routed.nominees);
      summary.dossiers.push({
        key: spec.key,
        id: routed.dossier.id,
        status: routed.dossier.status,
        nominees: Object.fromEntries([...routed.nominees].map(([k, n]) => [k, n.id])),
      });
    }

    const today = todayInVietnam();
    for (const spec of DEMO_SESSIONS) {
      const council = found(
        summary.councils.find((c) => c.key === spec.council),
        'Hội đồng mẫu',
        spec.council,
      );
      const byKey = found(nominees.get(spec.dossier), 'Hồ sơ mẫu', spec.dossier);
      summary.sessions.push(await this.session(tx, refs, spec, council, byKey, today));
    }

    for (const spec of DEMO_DECISIONS)
      summary.decisions.push(await this.decide(tx, refs, spec, summary));

    // the dossiers as the decisions left them
    for (const d of summary.dossiers)
      d.status = (await tx.em.findOneByOrFail(AwardDossierEntity, { id: d.id })).status;
    return summary;
  }

  // ---------------------------------------------------------------------------------------------------
  // councils

  private async council(
    tx: Tx,
    refs: DemoCouncilRefs,
    spec: (typeof DEMO_COUNCILS)[number],
  ): Promise<DemoCouncilsSummary['councils'][number]> {
    const input = await demoInput(CreateCouncilInput, {
      unitId: refs.unit(spec.unit),
      standingUnitId: refs.unit(spec.standing),
      decisionNumber: spec.decisionNumber,
      decisionDate: spec.decisionDate,
      decisionText: spec.decisionText,
    });
    const council = await this.councils.create(tx, input);
    const members: string[] = [];
    for (const m of spec.members) {
      const userId = m.account
        ? found(await this.users.findByUsername(m.account), 'Tài khoản mẫu', m.account).id
        : null;
      const member = await demoInput(AddCouncilMemberInput, {
        councilId: council.id,
        personId: refs.person(nomineeCode(m.person)),
        role: m.role,
        title: m.title,
        from: m.from,
        userId,
      });
      members.push(
        (await this.councils.addMember(tx, member.councilId, member.personId, member)).id,
      );
    }
    return { key: spec.key, id: council.id, name: council.name, members };
  }

  // ---------------------------------------------------------------------------------------------------
  // sessions

  private async session(
    tx: Tx,
    refs: DemoCouncilRefs,
    spec: DemoSessionSpec,
    council: DemoCouncilsSummary['councils'][number],
    nominees: ReadonlyMap<string, AwardNominationEntity>,
    today: IsoDate,
  ): Promise<DemoCouncilsSummary['sessions'][number]> {
    const member = (i: number) => found(council.members[i], 'Thành viên Hội đồng mẫu', String(i));
    const created = await demoInput(CreateCouncilSessionInput, {
      councilId: council.id,
      title: spec.title,
      kind: 'AWARD',
      // the dossiers reached the council today: it meets on them today
      date: today,
      startTime: spec.startTime,
      place: spec.place,
      chairMemberId: member(spec.chair),
      secretaryMemberId: member(spec.secretary),
      awardRoundId: refs.round(spec.round),
    });
    let s = await this.sessions.create(tx, created.councilId, created);
    if (spec.guest) {
      const guest = await demoInput(AddCouncilGuestInput, {
        sessionId: s.id,
        version: s.version,
        ...spec.guest,
      });
      s = await this.sessions.addGuest(tx, guest.sessionId, guest.version, guest);
    }

    // the round's appraised list, less the dossiers left for another session (demo-councils.ts)
    const agenda = await demoInput(AddCouncilAgendaFromRoundInput, {
      sessionId: s.id,
      version: s.version,
    });
    s = await this.sessions.addAgendaFromRound(tx, agenda.sessionId, agenda.version);
    const keyOf = new Map([...nominees].map(([k, n]) => [n.id, k]));
    const items = new Map<string, string>();
    const awardOf = new Map<string, string>();
    for (const item of await tx.em.findBy(CouncilAgendaItemEntity, { sessionId: s.id })) {
      const key = item.nominationId ? keyOf.get(item.nominationId) : undefined;
      if (key) {
        items.set(key, item.id);
        awardOf.set(key, item.awardName);
        continue;
      }
      const remove = await demoInput(RemoveCouncilAgendaItemInput, {
        sessionId: s.id,
        version: s.version,
        itemId: item.id,
      });
      s = await this.sessions.removeAgendaItem(tx, remove.sessionId, remove.version, remove.itemId);
    }
    const item = (key: string) => found(items.get(key), 'Nội dung xét mẫu', key);
    const order = [...nominees.keys()].filter((k) => items.has(k));

    const absentee = member(spec.absent.member);
    const attendance = await demoInput(SetCouncilAttendanceInput, {
      sessionId: s.id,
      version: s.version,
      attendances: council.members.map((memberId) =>
        memberId === absentee
          ? { memberId, attendance: 'ABSENT_WRITTEN', writtenOpinion: spec.absent.opinion }
          : { memberId, attendance: 'PRESENT' },
      ),
    });
    s = await this.sessions.setAttendance(
      tx,
      attendance.sessionId,
      attendance.version,
      attendance.attendances,
    );
    const start = await demoInput(CouncilSessionRefInput, { id: s.id, version: s.version });
    s = await this.sessions.start(tx, start.id, start.version);

    const opinions = await demoInput(RecordWrittenOpinionsInput, {
      sessionId: s.id,
      memberId: absentee,
      opinions: order.map((k) => ({
        agendaItemId: item(k),
        choice: found(spec.absent.choices[k], 'Ý kiến bằng văn bản mẫu', k),
      })),
    });
    await this.voting.recordWrittenOpinions(
      tx,
      opinions.sessionId,
      opinions.memberId,
      opinions.opinions,
    );

    // one round per hình thức: the quota of a round is its form's (the plan's "không quá 01" each)
    const forms = new Map<string, string[]>();
    for (const k of order) {
      const form = found(awardOf.get(k), 'Nội dung xét mẫu', k);
      forms.set(form, [...(forms.get(form) ?? []), k]);
    }
    const roundIds: string[] = [];
    const passed = new Set<string>();
    for (const keys of forms.values()) {
      const round = await this.vote(tx, spec, s.id, keys, item);
      roundIds.push(round.id);
      for (const r of round.results ?? []) if (r.passed) passed.add(r.agendaItemId);
    }
    // Kết thúc phiên họp: the outcomes, the biên bản frozen, the verdicts written on the dossiers
    s = await tx.em.findOneByOrFail(CouncilSessionEntity, { id: s.id });
    const close = await demoInput(CouncilSessionRefInput, { id: s.id, version: s.version });
    s = await this.minutes.close(tx, close.id, close.version);
    if (spec.signed) {
      const sign = await demoInput(SignCouncilSessionInput, { id: s.id, version: s.version });
      s = await this.minutes.sign(tx, sign.id, sign.version, sign.scanFileSha256 ?? null);
    }
    return {
      key: spec.key,
      id: s.id,
      status: s.status,
      roundIds,
      mode: spec.mode,
      items: Object.fromEntries(items),
      passed: order.filter((k) => passed.has(item(k))),
    };
  }

  /** One voting round over `keys`: opened, voted (ROOM codes or PAPER double entry), closed, tallied. */
  private async vote(
    tx: Tx,
    spec: DemoSessionSpec,
    sessionId: string,
    keys: readonly string[],
    item: (key: string) => string,
  ): Promise<CouncilVotingRoundEntity> {
    const open = await demoInput(OpenCouncilVotingRoundInput, {
      sessionId,
      mode: spec.mode,
      agendaItemIds: keys.map(item),
    });
    const round = await this.voting.open(tx, open);
    const ref = await demoInput(CouncilRoundRefInput, { roundId: round.id });
    const choices = (ballot: Record<string, BallotChoice>) =>
      keys.map((k) => ({ agendaItemId: item(k), choice: found(ballot[k], 'Phiếu bầu mẫu', k) }));
    if (spec.mode === 'ROOM') {
      const codes = await this.voting.generateCodes(tx, ref.roundId);
      for (const [i, ballot] of spec.ballots.entries()) {
        const cast = await demoInput(CastCouncilBallotInput, {
          roundId: round.id,
          credential: { code: found(codes[i], 'Mã bỏ phiếu mẫu', String(i)) },
          choices: choices(ballot),
        });
        // the anonymous cast joins the demo's transaction (TransactionRunner.run inside a run)
        await this.voting.cast(
          { actor: null, requestId: null, ipAddress: null, userAgent: null, sessionToken: null },
          cast.roundId,
          cast.credential,
          cast.choices,
        );
      }
      await this.voting.close(tx, ref.roundId);
    } else {
      await this.voting.close(tx, ref.roundId);
      const present = spec.ballots.length;
      for (const [i, username] of (spec.entries ?? []).entries()) {
        const entry = await demoInput(EnterPaperTallyInput, {
          roundId: round.id,
          entry: i + 1,
          issued: present,
          returned: present,
          valid: present,
          invalid: 0,
          candidates: keys.map((k) => ({
            agendaItemId: item(k),
            ...paperFigures(spec.ballots, k),
          })),
        });
        await this.voting.enterPaperTally(await this.as(tx, username), entry.roundId, entry.entry, {
          issued: entry.issued,
          returned: entry.returned,
          valid: entry.valid,
          invalid: entry.invalid,
          candidates: entry.candidates.map((c) => ({
            id: c.agendaItemId,
            agree: c.agree,
            disagree: c.disagree,
          })),
        });
      }
      await this.voting.confirmPaperTally(tx, ref.roundId);
    }
    return this.voting.tally(tx, ref.roundId);
  }

  /** The demo's transaction acting as a demo account (its own grants), for what names a person. */
  private async as(tx: Tx, username: string): Promise<Tx> {
    const user = found(await this.users.findByUsername(username), 'Tài khoản mẫu', username);
    const actor = new Actor(
      'USER',
      user.id,
      `${user.fullName} (${user.username})`,
      user.unitId,
      await this.roles.grantsOf({ userId: user.id }),
    );
    return new Tx(tx.em, { ...tx.ctx, actor });
  }

  // ---------------------------------------------------------------------------------------------------
  // decisions

  private async decide(
    tx: Tx,
    refs: DemoCouncilRefs,
    spec: DemoDecisionSpec,
    summary: DemoCouncilsSummary,
  ): Promise<DemoCouncilsSummary['decisions'][number]> {
    const sessionSpec = found(
      DEMO_SESSIONS.find((s) => s.key === spec.session),
      'Phiên họp mẫu',
      spec.session,
    );
    const dossier = found(
      summary.dossiers.find((d) => d.key === sessionSpec.dossier),
      'Hồ sơ mẫu',
      sessionSpec.dossier,
    );
    const draft = await demoInput(DraftAwardDecisionInput, {
      roundId: refs.round(sessionSpec.round),
      issuerUnitId: refs.unit(spec.issuer),
      nominationIds: spec.nominees.map((k) => found(dossier.nominees[k], 'Đề nghị mẫu', k)),
    });
    const d = await this.decisions.draft(tx, draft);
    const recipients = await this.decisions.recipients(d.id);
    const signer = found(
      await this.people.findById(refs.person(nomineeCode(spec.signer.person))),
      'Người ký mẫu',
      spec.signer.title,
    );
    const council = found(
      summary.councils.find((c) => c.key === sessionSpec.council),
      'Hội đồng mẫu',
      sessionSpec.council,
    );
    const today = todayInVietnam();
    const edit = await demoInput(UpdateAwardDecisionInput, {
      id: d.id,
      version: d.version,
      subject: d.subject,
      authority: spec.authority ?? d.authority,
      achievement: d.achievement,
      bases: d.bases,
      // the minutes of the session that passed them, if the draft did not cite them already
      councilMinutes: d.councilMinutes ?? { body: council.name, date: today },
      proposal: d.proposal,
      rewardFunding: d.rewardFunding,
      rewardBasis: d.rewardBasis,
      executors: d.executors,
      receivers: d.receivers,
      archive: d.archive,
      place: d.place,
      signer: { on: [], title: spec.signer.title, name: signer.fullName },
      multipliers: Object.entries(spec.multipliers ?? {}).map(([k, multiplier]) => ({
        recipientId: found(
          recipients.find((r) => r.nominationId === dossier.nominees[k]),
          'Người trong danh sách mẫu',
          k,
        ).id,
        multiplier,
      })),
    });
    const edited = await this.decisions.update(tx, edit.id, edit.version, edit);
    const issue = await demoInput(AwardDecisionRefInput, {
      id: edited.id,
      version: edited.version,
    });
    const issued = await this.decisions.issue(tx, issue.id, issue.version);
    const job = await this.files.printCertificates(tx, issued.id, DEMO_ORIGIN);
    return {
      key: spec.key,
      id: issued.id,
      symbol: issued.symbol,
      recipients: spec.nominees.length,
      certificatesJobId: job.id,
    };
  }
}
