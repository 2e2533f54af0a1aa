import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { isoToVn, type IsoDate } from '@thidua/shared-domain';
import type { RequestContext } from '../../core/context/request-context';
import { TransactionRunner, type Tx } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import {
  AwardDossierRoutingService,
  type CouncilNomineeOutcome,
} from '../awards/award-dossier-routing.service';
import { AwardRoundService } from '../awards/award-round.service';
import { FILE_MEDIA_TYPES, FilesService } from '../files/files.service';
import { PdfService } from '../files/pdf.service';
import { OrgService } from '../org/org.service';
import { councilSessionTarget } from './council-audit';
import {
  councilIssuer,
  minutesDocument,
  outcomeOf,
  renderMinutes,
  renderTallyMinutes,
  tallyDocument,
  vnTime,
  votesLine,
} from './council-minutes-render';
import {
  CouncilAgendaItemEntity,
  CouncilSessionEntity,
  CouncilSessionGuestEntity,
  CouncilSessionMemberEntity,
  type AgendaOutcome,
} from './council-session.entity';
import { CouncilSessionService } from './council-session.service';
import {
  CouncilPaperEntryEntity,
  CouncilRoundCandidateEntity,
  CouncilSpentTokenEntity,
  CouncilTokenIssuanceEntity,
  CouncilVotingCodeEntity,
  CouncilVotingRoundEntity,
  CouncilWrittenOpinionEntity,
  type StoredRoundResult,
} from './council-voting.entity';
import { CouncilVotingService, type ScanUpload } from './council-voting.service';
import { agendaItemLabel, DEFAULT_COUNCIL_NAME } from './council-vocabulary';
import type { CouncilEntity } from './council.entity';

const WHAT = 'Phiên họp Hội đồng';

export interface MinutesFile {
  name: string;
  bytes: Uint8Array;
  type: string;
}

/** "2025-12-10" → "10-12-2025": a date a file name takes. */
function fileDate(date: IsoDate): string {
  return isoToVn(date).replace(/\//g, '-');
}

/**
 * The end of a council session (issue 12, "Minutes and decisions"; ADR 0023): the close writes each
 * agenda item's outcome from the round that decided it, renders the biên bản họp and one biên bản
 * kiểm phiếu per tallied round from what the session recorded, freezes them in module files (by
 * SHA-256, on the session and the rounds), and hands the verdicts to module awards, which marks the
 * nominees, attaches the minutes to their dossiers and writes their history. The signature then
 * records the paper minutes signed (with its scan, optionally). The files are served as stored, and as
 * PDF through the process's conversion pool. Managed and read exactly as the session.
 */
@Injectable()
export class CouncilMinutesService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly sessions: CouncilSessionService,
    private readonly voting: CouncilVotingService,
    private readonly routing: AwardDossierRoutingService,
    private readonly awardRounds: AwardRoundService,
    private readonly org: OrgService,
    private readonly files: FilesService,
    private readonly pdf: PdfService,
  ) {}

  // ---------------------------------------------------------------------------------------------------
  // close

  /**
   * Kết thúc phiên họp: refused while a round is open, closed but not tallied, or tied at the quota's
   * last place without the Chủ tịch's pick, and while an agenda item has no tallied round; otherwise,
   * in the caller's transaction, everything above, then CLOSED and one audit row.
   */
  async close(tx: Tx, id: string, version: number): Promise<CouncilSessionEntity> {
    const { session, council } = await this.sessions.manageable(tx, id, version);
    this.sessions.assertStatus(session, ['IN_PROGRESS'], 'kết thúc');
    const rounds = await tx.em.find(CouncilVotingRoundEntity, {
      where: { sessionId: session.id },
      order: { number: 'ASC', openedAt: 'ASC' },
    });
    const open = rounds.filter((r) => r.status === 'OPEN');
    if (open.length)
      throw AppError.field(
        'id',
        `Vòng bỏ phiếu đang mở: ${open.map((r) => r.title).join('; ')}. Hãy đóng và kiểm phiếu trước khi kết thúc phiên họp.`,
      );
    const untallied = rounds.filter((r) => r.status === 'CLOSED');
    if (untallied.length)
      throw AppError.field(
        'id',
        `Vòng bỏ phiếu đã đóng nhưng chưa kiểm phiếu: ${untallied.map((r) => r.title).join('; ')}.`,
      );
    const items = await tx.em.find(CouncilAgendaItemEntity, {
      where: { sessionId: session.id },
      order: { position: 'ASC', createdAt: 'ASC' },
    });
    const links = rounds.length
      ? await tx.em.findBy(CouncilRoundCandidateEntity, { roundId: In(rounds.map((r) => r.id)) })
      : [];
    // the round that decides an item is its last one (a second round re-votes the tied)
    const decided = new Map<string, { round: CouncilVotingRoundEntity; line: StoredRoundResult }>();
    for (const r of rounds)
      for (const l of links.filter((x) => x.roundId === r.id)) {
        const line = r.results?.find((x) => x.agendaItemId === l.agendaItemId);
        if (line) decided.set(l.agendaItemId, { round: r, line });
      }
    const unvoted = items.filter((i) => !decided.has(i.id));
    if (unvoted.length)
      throw AppError.field(
        'id',
        `Còn ${unvoted.length} nội dung chưa được bỏ phiếu: ${unvoted.map(agendaItemLabel).join('; ')}.`,
      );
    const tied = items.filter((i) => {
      const d = decided.get(i.id);
      return d && d.round.quota !== null && d.line.passed && d.line.withinQuota === null;
    });
    if (tied.length)
      throw AppError.field(
        'id',
        `Có trường hợp bằng phiếu ở suất cuối chưa được Chủ tịch Hội đồng quyết định (hoặc bỏ phiếu vòng 2): ${tied.map(agendaItemLabel).join('; ')}.`,
      );

    const outcomes = new Map<string, { outcome: AgendaOutcome; agree: number; roundId: string }>();
    for (const i of items) {
      const d = decided.get(i.id) as { round: CouncilVotingRoundEntity; line: StoredRoundResult };
      outcomes.set(i.id, { outcome: outcomeOf(d.line), agree: d.line.agree, roundId: d.round.id });
    }
    const tallied = rounds.filter((r) => r.status === 'TALLIED');
    const frame = await this.frame(session, council);
    const closedAt = new Date();
    const members = await tx.em.find(CouncilSessionMemberEntity, {
      where: { sessionId: session.id },
      order: { position: 'ASC', createdAt: 'ASC' },
    });
    const minutes = await renderMinutes(
      minutesDocument({
        ...frame,
        session,
        endTime: vnTime(closedAt),
        members,
        guests: await tx.em.find(CouncilSessionGuestEntity, {
          where: { sessionId: session.id },
          order: { position: 'ASC', createdAt: 'ASC' },
        }),
        items,
        rounds: tallied,
        written: await tx.em.findBy(CouncilWrittenOpinionEntity, { sessionId: session.id }),
        notices: await this.routing.noticeResultsOf(
          items.flatMap((i) => (i.nominationId ? [i.nominationId] : [])),
        ),
        outcomes,
      }),
    );
    const secretary = members.find((m) => m.memberId === session.secretaryMemberId);
    const tallies: { round: CouncilVotingRoundEntity; sha256: string }[] = [];
    for (const round of tallied) {
      const bytes = await renderTallyMinutes(
        tallyDocument({
          ...frame,
          round,
          items,
          date: session.date,
          head: secretary
            ? { name: secretary.personName, title: secretary.title }
            : { name: '', title: '' },
          board: await this.paperBoard(tx, round, secretary?.personName ?? null),
          ballots: await this.ballotCounts(tx, round),
        }),
      );
      tallies.push({ round, sha256: (await this.files.put(bytes, FILE_MEDIA_TYPES.DOCX)).sha256 });
    }
    const stored = await this.files.put(minutes, FILE_MEDIA_TYPES.DOCX);

    for (const i of items) {
      const o = outcomes.get(i.id) as { outcome: AgendaOutcome; agree: number; roundId: string };
      const line = decided.get(i.id)?.line as StoredRoundResult;
      await tx.em.getRepository(CouncilAgendaItemEntity).update(
        { id: i.id },
        {
          outcome: o.outcome,
          outcomeAgree: o.agree,
          outcomePercentHundredths: line.percentHundredths,
          outcomeRoundId: o.roundId,
        },
      );
    }
    for (const t of tallies)
      await tx.em
        .getRepository(CouncilVotingRoundEntity)
        .update({ id: t.round.id }, { tallyMinutesSha256: t.sha256, version: t.round.version + 1 });
    await tx.updateVersioned(
      CouncilSessionEntity,
      session.id,
      version,
      { status: 'CLOSED', closedAt, minutesSha256: stored.sha256 },
      { what: WHAT, label: session.title, entityType: 'CouncilSession' },
    );

    const label = `phiên họp "${session.title}" ngày ${isoToVn(session.date)} của ${council.name}`;
    const verdicts: CouncilNomineeOutcome[] = items.flatMap((i) => {
      const d = decided.get(i.id) as { round: CouncilVotingRoundEntity; line: StoredRoundResult };
      return i.nominationId
        ? [
            {
              nominationId: i.nominationId,
              passed: outcomeOf(d.line) === 'PASSED',
              votes: votesLine(d.line.agree, d.round.members, d.line.percentHundredths),
            },
          ]
        : [];
    });
    const dossiers = await this.routing.recordCouncilOutcome(
      tx,
      {
        sessionId: session.id,
        label: `Hội đồng Thi đua - Khen thưởng xét tại ${label}`,
        minutes: {
          sha256: stored.sha256,
          name: this.minutesName(session),
          size: stored.size,
          mediaType: FILE_MEDIA_TYPES.DOCX,
        },
      },
      verdicts,
    );
    const names = { PASSED: 'đạt', FAILED: 'không đạt', OVER_QUOTA: 'đạt tỷ lệ, ngoài số lượng' };
    await tx.audit.event('councilSession.close', councilSessionTarget(session, council), [
      { field: 'status', before: session.status, after: 'CLOSED' },
      {
        field: 'agendaOutcomes',
        after: items
          .map((i) => {
            const o = outcomes.get(i.id) as { outcome: AgendaOutcome; agree: number };
            return `${agendaItemLabel(i)}: ${names[o.outcome]} (${o.agree} phiếu đồng ý)`;
          })
          .join('; '),
      },
      { field: 'minutesSha256', after: stored.sha256 },
      ...(tallies.length
        ? [{ field: 'tallyMinutesSha256', after: tallies.map((t) => t.sha256).join('; ') }]
        : []),
      { field: 'dossiersRecorded', after: dossiers },
    ]);
    return tx.em.findOneByOrFail(CouncilSessionEntity, { id: session.id });
  }

  /** What both documents share: the council's header, name, place (the province), subject, venue. */
  private async frame(session: CouncilSessionEntity, council: CouncilEntity) {
    const unit = await this.org.get(council.unitId);
    const parent = unit.parentId ? await this.org.findById(unit.parentId) : null;
    const province = await this.org.findById(this.org.rootIdOf(unit.path));
    const round = session.awardRoundId
      ? await this.awardRounds.get(session.awardRoundId).catch(() => null)
      : null;
    return {
      issuer: councilIssuer(unit, parent),
      councilName: council.name,
      // "Tỉnh Bắc Kạn" → "Bắc Kạn": the địa danh of the header's date line
      place:
        (province?.name ?? unit.name).replace(/^(tỉnh|thành phố)\s+/iu, '').trim() || unit.name,
      subject: round ? `xét, đề nghị khen thưởng ${round.title}` : session.title,
      venue: session.place ?? `trụ sở ${unit.name}`,
    };
  }

  /** A paper round's two officers who entered the count, beside the secretary heading the board. */
  private async paperBoard(
    tx: Tx,
    round: CouncilVotingRoundEntity,
    head: string | null,
  ): Promise<{ name: string; title: string }[]> {
    if (round.mode !== 'PAPER') return [];
    const entries = await tx.em.find(CouncilPaperEntryEntity, {
      where: { roundId: round.id },
      order: { entry: 'ASC' },
    });
    return [...new Set(entries.map((e) => e.userName))]
      .filter((n) => n !== head)
      .map((name) => ({ name, title: '' }));
  }

  /** ROOM: codes printed and used; REMOTE: ballots issued and cast; PAPER: the agreed figures. */
  private async ballotCounts(
    tx: Tx,
    round: CouncilVotingRoundEntity,
  ): Promise<{ issued: number; collected: number } | null> {
    if (round.mode === 'ROOM')
      return {
        issued: await tx.em.countBy(CouncilVotingCodeEntity, { roundId: round.id }),
        collected: await tx.em.countBy(CouncilVotingCodeEntity, { roundId: round.id, used: true }),
      };
    if (round.mode === 'REMOTE')
      return {
        issued: await tx.em.countBy(CouncilTokenIssuanceEntity, { roundId: round.id }),
        collected: await tx.em.countBy(CouncilSpentTokenEntity, { roundId: round.id }),
      };
    return null;
  }

  // ---------------------------------------------------------------------------------------------------
  // sign

  /**
   * The minutes signed on paper: CLOSED → SIGNED, with the scan if there is one: a file already
   * stored (by its hash) or the bytes of an upload (POST /api/council-sessions/:id/signed-minutes),
   * stored only after the caller is known to manage the session. A session signed without its scan
   * takes the scan later the same way (once: a scan attached is not replaced).
   */
  async sign(
    tx: Tx,
    id: string,
    version: number,
    scan: string | ScanUpload | null,
  ): Promise<CouncilSessionEntity> {
    const { session, council } = await this.sessions.manageable(tx, id, version);
    const addingScan = session.status === 'SIGNED' && !session.signedScanSha256 && scan !== null;
    if (!addingScan) this.sessions.assertStatus(session, ['CLOSED'], 'ghi nhận đã ký biên bản');
    let scanSha256: string | null = null;
    if (typeof scan === 'string') {
      if (!(await this.files.exists(scan)))
        throw AppError.field('scanFileSha256', 'Tệp chưa được tải lên.');
      scanSha256 = scan;
    } else if (scan) scanSha256 = (await this.files.put(scan.bytes, scan.mediaType)).sha256;
    await tx.updateVersioned(
      CouncilSessionEntity,
      session.id,
      version,
      addingScan
        ? { signedScanSha256: scanSha256 }
        : { status: 'SIGNED', signedAt: new Date(), signedScanSha256: scanSha256 },
      { what: WHAT, label: session.title, entityType: 'CouncilSession' },
    );
    await tx.audit.event('councilSession.sign', councilSessionTarget(session, council), [
      ...(addingScan ? [] : [{ field: 'status', before: session.status, after: 'SIGNED' }]),
      ...(scanSha256 ? [{ field: 'signedScanSha256', after: scanSha256 }] : []),
    ]);
    return tx.em.findOneByOrFail(CouncilSessionEntity, { id: session.id });
  }

  // ---------------------------------------------------------------------------------------------------
  // files

  private minutesName(s: Pick<CouncilSessionEntity, 'date'>): string {
    return `Biên bản họp Hội đồng TĐKT ${fileDate(s.date)}.docx`;
  }

  private async stored(sha256: string, name: string): Promise<MinutesFile> {
    const file = await this.files.get(sha256);
    if (!file) throw AppError.notFound('Tệp biên bản');
    return { name, bytes: file.bytes, type: FILE_MEDIA_TYPES.DOCX };
  }

  /** The frozen biên bản họp (COUNCIL_READ at the council's unit; NOT_FOUND before the close). */
  async sessionMinutes(
    ctx: RequestContext,
    id: string,
    kind: 'docx' | 'pdf',
  ): Promise<MinutesFile> {
    const s = await this.sessions.get(ctx, id);
    if (!s.minutesSha256) throw AppError.notFound('Biên bản họp Hội đồng');
    return this.as(await this.stored(s.minutesSha256, this.minutesName(s)), kind);
  }

  /** A round's frozen biên bản kiểm phiếu (as the round is read). */
  async roundTallyMinutes(
    ctx: RequestContext,
    roundId: string,
    kind: 'docx' | 'pdf',
  ): Promise<MinutesFile> {
    const r = await this.voting.get(ctx, roundId);
    if (!r.tallyMinutesSha256) throw AppError.notFound('Biên bản kiểm phiếu');
    const s = await this.sessions.get(ctx, r.sessionId);
    const name = `Biên bản kiểm phiếu vòng ${r.number} ${fileDate(s.date)}.docx`;
    return this.as(await this.stored(r.tallyMinutesSha256, name), kind);
  }

  /** The PDF of a stored .docx, converted now (a GET writes nothing; PDF_UNAVAILABLE without LibreOffice). */
  private async as(file: MinutesFile, kind: 'docx' | 'pdf'): Promise<MinutesFile> {
    if (kind === 'docx') return file;
    return {
      name: file.name.replace(/\.docx$/, '.pdf'),
      bytes: await this.pdf.convert(file.bytes),
      type: FILE_MEDIA_TYPES.PDF,
    };
  }

  // ---------------------------------------------------------------------------------------------------
  // module decisions

  /**
   * The căn cứ a quyết định cites for the nominees a council passed (module decisions): "Biên bản họp
   * Hội đồng Thi đua - Khen thưởng {body} ngày {date}", of the latest of the sessions named, closed.
   * Not scoped: the decision's issuer has decided its reach over the nominees.
   */
  async citation(sessionIds: readonly string[]): Promise<{ body: string; date: IsoDate } | null> {
    if (!sessionIds.length) return null;
    const s = await this.db.repo(CouncilSessionEntity).findOne({
      where: { id: In([...new Set(sessionIds)]), status: In(['CLOSED', 'SIGNED']) },
      relations: { council: true },
      order: { date: 'DESC', closedAt: 'DESC' },
    });
    if (!s?.council) return null;
    const prefix = new RegExp(`^${DEFAULT_COUNCIL_NAME.replace(/[-\s]+/g, '[-\\s]+')}\\s*`, 'iu');
    const body = s.council.name.replace(prefix, '').trim();
    const unit = body ? null : await this.org.findById(s.council.unitId);
    return { body: body || unit?.name || s.council.name, date: s.date };
  }
}
