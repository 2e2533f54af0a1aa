import { Injectable } from '@nestjs/common';
import {
  createHash,
  generateKeyPairSync,
  randomInt,
  randomUUID,
  sign as signBytes,
  type KeyObject,
} from 'node:crypto';
import { In } from 'typeorm';
import {
  appendEvent,
  awardFormKey,
  base64UrlToBytes,
  blindTokenId,
  bytesToBase64Url,
  chainHash,
  checkpointBytes,
  checkpointPayload,
  closeEvent,
  compareDoubleEntry,
  decodeBlindToken,
  formatNumber,
  MAX_VOTING_ROUNDS,
  orderBallotsForChain,
  paperTallyProblems,
  rankPassed,
  roundResults,
  secondRoundCandidates,
  tallyEvent,
  toFraction,
  VOTING_MODES,
  type BallotBundle,
  type BallotChoice,
  type BallotEvent,
  type ChainEvent,
  type CouncilCandidate,
  type Ed25519Jwk,
  type Fraction,
  type OpenEvent,
  type RankCandidate,
  type RoundEvent,
  type TallyEvent,
  type VotingMode,
} from '@thidua/shared-domain';
import { Actor } from '../../core/auth/actor';
import type { RequestState } from '../../core/auth/request-state';
import type { AuditTarget } from '../../core/audit/audit.writer';
import type { RequestContext } from '../../core/context/request-context';
import {
  blindSign,
  generateBlindSigningKeys,
  verifyBlindToken,
} from '../../core/crypto/blind-signer';
import { TransactionRunner, type Tx } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import { AwardRoundService } from '../awards/award-round.service';
import { FilesService, type FileMediaType } from '../files/files.service';
import {
  CouncilAgendaItemEntity,
  CouncilSessionEntity,
  CouncilSessionMemberEntity,
} from './council-session.entity';
import { CouncilSessionService } from './council-session.service';
import {
  CouncilBallotEntity,
  CouncilPaperEntryEntity,
  CouncilRoundCandidateEntity,
  CouncilRoundEventEntity,
  CouncilSpentTokenEntity,
  CouncilVotingCodeEntity,
  CouncilVotingRoundEntity,
  CouncilWrittenOpinionEntity,
  type StoredPaperTally,
  type StoredRoundResult,
} from './council-voting.entity';
import { CouncilEntity, CouncilMemberEntity } from './council.entity';
import { CouncilService } from './council.service';
import { councilSessionTarget } from './council-audit';
import { agendaItemLabel } from './council-vocabulary';

const WHAT = 'Vòng bỏ phiếu';

/** Who casts a ballot: nobody, as far as the server records (not the caller even if signed in). */
const ANONYMOUS_VOTER = 'Thành viên bỏ phiếu kín (ẩn danh)';

/** One answer for a wrong code, a used one and a round no longer open (councilBallotPaper). */
export const BALLOT_PAPER_REFUSED =
  'Mã bỏ phiếu không đúng, đã được dùng, hoặc vòng bỏ phiếu không còn mở.';

/**
 * Room codes: 10 characters from 31 (no 0/O, 1/I/L, which are misread on paper): 31¹⁰ ≈ 8·10¹⁴,
 * so guessing one of ≤ 30 unused codes of a round is hopeless within the minutes the round is open.
 */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 10;

export interface ChoiceItem {
  agendaItemId: string;
  choice: BallotChoice;
}

/** A scan sent as a file (the councils' upload routes): PDF or an image, checked by module files. */
export interface ScanUpload {
  bytes: Uint8Array;
  mediaType: FileMediaType;
}

export interface CastCredential {
  code?: string | null;
  token?: { message: string; signature: string } | null;
}

export function votingRoundTarget(
  r: Pick<CouncilVotingRoundEntity, 'id' | 'title'>,
  c: Pick<CouncilEntity, 'name' | 'unitId'>,
): AuditTarget {
  return {
    entityType: 'CouncilVotingRound',
    entityId: r.id,
    label: `${r.title} — ${c.name}`,
    scopeUnitId: c.unitId,
  };
}

/** A code as typed: case and separators do not matter ("abcd-efgh-jk" is "ABCDEFGHJK"). */
export function normaliseCode(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

export function codeHash(code: string): string {
  return createHash('sha256').update(normaliseCode(code), 'utf8').digest('hex');
}

function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function thresholdOf(r: CouncilVotingRoundEntity): Fraction | null {
  return r.thresholdNumerator !== null && r.thresholdDenominator !== null
    ? { numerator: r.thresholdNumerator, denominator: r.thresholdDenominator }
    : null;
}

/**
 * Voting rounds of a council session (issue 12, "Voting"; ADR 0023): open (quorum), the three ways to
 * vote (ROOM codes, REMOTE blind tokens, PAPER double entry), the close that chains the ballots, the
 * tally on the total membership with absentees' written opinions, the chair's pick on a tie over the
 * quota, a second round, and the exported bundle. Managed with COUNCIL_MANAGE at the council's unit,
 * read with COUNCIL_READ there (NOT_FOUND outside), through the session's council (CouncilService).
 */
@Injectable()
export class CouncilVotingService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly councils: CouncilService,
    private readonly sessions: CouncilSessionService,
    private readonly awardRounds: AwardRoundService,
    private readonly files: FilesService,
  ) {}

  // ---------------------------------------------------------------------------------------------------
  // access

  /** The round if the caller reads its council, else NOT_FOUND. */
  async get(ctx: RequestContext, id: string): Promise<CouncilVotingRoundEntity> {
    const r = await this.db.repo(CouncilVotingRoundEntity).findOneBy({ id });
    if (!r) throw AppError.notFound(WHAT, id);
    await this.sessions.get(ctx, r.sessionId).catch(() => {
      throw AppError.notFound(WHAT, id);
    });
    return r;
  }

  /** The round for a reader of its council or a member of its session (who needs the blind key). */
  async getForMember(ctx: RequestContext, id: string): Promise<CouncilVotingRoundEntity> {
    const r = await this.db.repo(CouncilVotingRoundEntity).findOneBy({ id });
    if (!r) throw AppError.notFound(WHAT, id);
    const reader = await this.sessions
      .get(ctx, r.sessionId)
      .then(() => true)
      .catch(() => false);
    if (reader) return r;
    if (ctx.actor.type === 'USER' && ctx.actor.id) {
      const mine = await this.db
        .repo(CouncilSessionMemberEntity)
        .createQueryBuilder('sm')
        .innerJoin(CouncilMemberEntity, 'm', 'm.id = sm.member_id')
        .where('sm.session_id = :s AND m.user_id = :u', { s: r.sessionId, u: ctx.actor.id })
        .getCount();
      if (mine) return r;
    }
    throw AppError.notFound(WHAT, id);
  }

  async listForSession(sessionId: string): Promise<CouncilVotingRoundEntity[]> {
    return this.db.repo(CouncilVotingRoundEntity).find({
      where: { sessionId },
      order: { openedAt: 'ASC' },
    });
  }

  async candidatesOf(roundId: string): Promise<CouncilAgendaItemEntity[]> {
    const links = await this.db.repo(CouncilRoundCandidateEntity).find({
      where: { roundId },
      order: { position: 'ASC' },
    });
    const items = await this.db
      .repo(CouncilAgendaItemEntity)
      .findBy({ id: In(links.map((l) => l.agendaItemId)) });
    const byId = new Map(items.map((i) => [i.id, i]));
    return links.flatMap((l) => byId.get(l.agendaItemId) ?? []);
  }

  /** A paper round's saved entries (which of the two, by whom), never their figures. */
  async paperEntriesOf(roundId: string): Promise<{ entry: number; userName: string }[]> {
    const rows = await this.db.repo(CouncilPaperEntryEntity).find({
      where: { roundId },
      order: { entry: 'ASC' },
      select: { entry: true, userName: true, roundId: true },
    });
    return rows.map((r) => ({ entry: r.entry, userName: r.userName }));
  }

  /** Ballots cast so far (ROOM: codes used; REMOTE: tokens spent; PAPER: null): never per candidate. */
  async castCount(r: CouncilVotingRoundEntity): Promise<number | null> {
    if (r.mode === 'ROOM')
      return this.db.repo(CouncilVotingCodeEntity).countBy({ roundId: r.id, used: true });
    if (r.mode === 'REMOTE')
      return this.db.repo(CouncilSpentTokenEntity).countBy({ roundId: r.id });
    return null;
  }

  /**
   * The ballot paper a room code opens (public, no sign-in): the round's candidates, only while the
   * round is OPEN and the code unused. Reads only: no audit row, no lock, nothing about the caller.
   * Every refusal is the same NOT_FOUND (BALLOT_PAPER_REFUSED), so the answer never tells a wrong code
   * from a used one or from a closed round. The cast checks the code again (that is the one-time use).
   */
  async ballotPaper(
    roundId: string,
    code: string,
  ): Promise<{
    round: CouncilVotingRoundEntity;
    sessionTitle: string;
    candidates: CouncilAgendaItemEntity[];
  }> {
    const refused = () => new AppError('NOT_FOUND', BALLOT_PAPER_REFUSED);
    // the cast's own limit on a typed code (CouncilVotingCredentialInput: 40 characters)
    if (!code || code.length > 40 || !normaliseCode(code)) throw refused();
    const round = await this.db.repo(CouncilVotingRoundEntity).findOneBy({ id: roundId });
    if (!round || round.mode !== 'ROOM' || round.status !== 'OPEN') throw refused();
    const valid = await this.db
      .repo(CouncilVotingCodeEntity)
      .existsBy({ roundId: round.id, codeHash: codeHash(code), used: false });
    if (!valid) throw refused();
    const session = await this.db
      .repo(CouncilSessionEntity)
      .findOneByOrFail({ id: round.sessionId });
    return { round, sessionTitle: session.title, candidates: await this.candidatesOf(round.id) };
  }

  private async sessionManaged(
    tx: Tx,
    sessionId: string,
  ): Promise<{ session: CouncilSessionEntity; council: CouncilEntity }> {
    const found = await tx.em.findOneBy(CouncilSessionEntity, { id: sessionId });
    const council = found ? await tx.em.findOneBy(CouncilEntity, { id: found.councilId }) : null;
    if (!found || !council || !(await this.councils.readableUnit(tx.ctx, council)))
      throw AppError.notFound('Phiên họp Hội đồng', sessionId);
    const managed = await this.councils.manageable(tx, council.id);
    const session = await tx.em
      .getRepository(CouncilSessionEntity)
      .createQueryBuilder('s')
      .setLock('pessimistic_write')
      .where('s.id = :id', { id: sessionId })
      .getOneOrFail();
    return { session, council: managed.council };
  }

  /** The round locked for a change, if the caller manages its council. */
  private async roundManaged(
    tx: Tx,
    roundId: string,
  ): Promise<{
    round: CouncilVotingRoundEntity;
    session: CouncilSessionEntity;
    council: CouncilEntity;
  }> {
    const found = await tx.em.findOneBy(CouncilVotingRoundEntity, { id: roundId });
    if (!found) throw AppError.notFound(WHAT, roundId);
    const { session, council } = await this.sessionManaged(tx, found.sessionId).catch(
      (e: unknown) => {
        if (e instanceof AppError && e.code === 'NOT_FOUND') throw AppError.notFound(WHAT, roundId);
        throw e;
      },
    );
    const round = await tx.em
      .getRepository(CouncilVotingRoundEntity)
      .createQueryBuilder('r')
      .setLock('pessimistic_write')
      .where('r.id = :id', { id: roundId })
      .getOneOrFail();
    return { round, session, council };
  }

  private assertStatus(
    r: CouncilVotingRoundEntity,
    status: CouncilVotingRoundEntity['status'],
    doing: string,
  ): void {
    const names = { OPEN: 'đang mở', CLOSED: 'đã đóng', TALLIED: 'đã kiểm phiếu' } as const;
    if (r.status !== status)
      throw AppError.field('roundId', `Vòng bỏ phiếu ${names[r.status]}: không ${doing} được.`);
  }

  // ---------------------------------------------------------------------------------------------------
  // open

  async open(
    tx: Tx,
    d: { sessionId: string; mode: VotingMode; agendaItemIds: readonly string[] },
  ): Promise<CouncilVotingRoundEntity> {
    const { session, council } = await this.sessionManaged(tx, d.sessionId);
    return this.createRound(tx, session, council, d.mode, d.agendaItemIds, null);
  }

  /** Vòng 2: the tied (and those the secretary lists) of a tallied round; refused after MAX_VOTING_ROUNDS. */
  async openSecondRound(
    tx: Tx,
    d: { roundId: string; mode: VotingMode; alsoRevote?: readonly string[] | null },
  ): Promise<CouncilVotingRoundEntity> {
    const { round: prev, session, council } = await this.roundManaged(tx, d.roundId);
    this.assertStatus(prev, 'TALLIED', 'mở vòng tiếp theo');
    const results = prev.results ?? [];
    const items = await this.candidatesOfTx(tx, prev.id);
    const ranked = this.rankInput(results, items);
    const next = secondRoundCandidates(
      ranked,
      prev.quota ?? results.filter((r) => r.passed).length,
      { round: prev.number, alsoRevote: d.alsoRevote ?? [], maxRounds: MAX_VOTING_ROUNDS },
    );
    if (next.problems.length) throw AppError.field('alsoRevote', next.problems.join(' '));
    if (next.refused || !next.candidates.length) throw AppError.field('roundId', next.message);
    return this.createRound(
      tx,
      session,
      council,
      d.mode,
      next.candidates,
      prev,
      this.placesLeft(prev.quota, ranked, next.candidates),
    );
  }

  /**
   * The quota of a second round: the places the first round left (TT 01/2024/TT-TANDTC, ADR 0023).
   * Those the first round put within the quota without a tie keep their places unless re-voted, so
   * quota 2 with A 5 votes and B, C 4 each leaves 1 place for the round over B and C; re-voting the
   * whole plan quota instead would pass both and the close would find 3 passed for 2 places. The
   * chair's pick is ignored here: a second round is the other way to break the tie.
   */
  private placesLeft(
    quota: number | null,
    ranked: readonly RankCandidate[],
    revoted: readonly string[],
  ): number | null {
    if (quota === null) return null;
    const kept = rankPassed(ranked, quota, null).ranking.filter(
      (k) => k.withinQuota && !revoted.includes(k.id),
    ).length;
    return Math.max(0, quota - kept);
  }

  private async candidatesOfTx(tx: Tx, roundId: string): Promise<CouncilAgendaItemEntity[]> {
    const links = await tx.em.find(CouncilRoundCandidateEntity, {
      where: { roundId },
      order: { position: 'ASC' },
    });
    const items = await tx.em.findBy(CouncilAgendaItemEntity, {
      id: In(links.map((l) => l.agendaItemId)),
    });
    const byId = new Map(items.map((i) => [i.id, i]));
    return links.flatMap((l) => byId.get(l.agendaItemId) ?? []);
  }

  private async createRound(
    tx: Tx,
    session: CouncilSessionEntity,
    council: CouncilEntity,
    mode: VotingMode,
    agendaItemIds: readonly string[],
    previous: CouncilVotingRoundEntity | null,
    /** a second round's places left (placesLeft); a first round reads the plan's quota */
    placesLeft: number | null = null,
  ): Promise<CouncilVotingRoundEntity> {
    if (session.status !== 'IN_PROGRESS')
      throw AppError.field(
        'sessionId',
        'Phiên họp chưa bắt đầu hoặc đã kết thúc: chỉ mở vòng bỏ phiếu khi phiên họp đang diễn ra.',
      );
    const members = await tx.em.findBy(CouncilSessionMemberEntity, { sessionId: session.id });
    const quorum = this.sessions.quorumOf(council, session, members);
    if (!quorum.met)
      throw AppError.field('sessionId', `Chưa mở được vòng bỏ phiếu: ${quorum.explanation}`);
    const ids = [...new Set(agendaItemIds)];
    if (!ids.length || ids.length !== agendaItemIds.length)
      throw AppError.field(
        'agendaItemIds',
        'Hãy chọn các nội dung đưa ra bỏ phiếu, mỗi nội dung một lần.',
      );
    const items = await tx.em.findBy(CouncilAgendaItemEntity, {
      id: In(ids),
      sessionId: session.id,
    });
    if (items.length !== ids.length)
      throw AppError.field(
        'agendaItemIds',
        'Nội dung không có trong chương trình của phiên họp này.',
      );
    const ordered = ids.map((id) => items.find((i) => i.id === id) as CouncilAgendaItemEntity);
    // one threshold per round: the OPEN event, the verifier and the minutes carry the round's
    const shares = new Set(
      ordered.map((i) => (i.threshold === null ? 'null' : String(i.threshold))),
    );
    if (shares.size > 1)
      throw AppError.field(
        'agendaItemIds',
        'Các nội dung của một vòng bỏ phiếu phải cùng tỷ lệ phiếu đồng ý yêu cầu: hãy tách thành các vòng riêng.',
      );
    const first = ordered[0] as CouncilAgendaItemEntity;
    const threshold = first.threshold === null ? null : toFraction(first.threshold);
    const number = previous ? previous.number + 1 : 1;
    if (number > MAX_VOTING_ROUNDS)
      throw AppError.field(
        'roundId',
        `Tối đa ${MAX_VOTING_ROUNDS} vòng bỏ phiếu (TT 01/2024/TT-TANDTC): người đứng đầu cơ quan, đơn vị có thẩm quyền quyết định.`,
      );
    const written = members.filter((m) => m.attendance === 'ABSENT_WRITTEN').length;
    const voters = quorum.attending + written;
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const jwk = publicKey.export({ format: 'jwk' });
    const signingPublicKey: Ed25519Jwk = { kty: 'OKP', crv: 'Ed25519', x: String(jwk.x) };
    const blind = mode === 'REMOTE' ? await generateBlindSigningKeys() : null;
    const title = `${session.title} — bỏ phiếu vòng ${number}`;
    const openedAt = new Date();
    const repo = tx.em.getRepository(CouncilVotingRoundEntity);
    const saved = await repo.save(
      repo.create({
        sessionId: session.id,
        number,
        previousRoundId: previous?.id ?? null,
        title,
        mode,
        status: 'OPEN',
        members: quorum.members,
        voters,
        inRoom: quorum.attending,
        thresholdNumerator: threshold?.numerator ?? null,
        thresholdDenominator: threshold?.denominator ?? null,
        signingPublicKey,
        signingPrivateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
        blindPublicJwk: blind?.publicJwk ?? null,
        blindPrivatePem: blind?.privatePem ?? null,
        openedAt,
        closedAt: null,
        talliedAt: null,
        closeHash: null,
        quota: previous ? placesLeft : await this.quotaFor(session, ordered),
        chairPick: null,
        results: null,
        paperTally: null,
        paperScanSha256: null,
      }),
    );
    await tx.em
      .getRepository(CouncilRoundCandidateEntity)
      .insert(ordered.map((i, k) => ({ roundId: saved.id, agendaItemId: i.id, position: k + 1 })));
    const open: OpenEvent = {
      kind: 'OPEN',
      roundId: saved.id,
      title,
      roundNo: number,
      mode,
      members: quorum.members,
      voters,
      threshold,
      candidates: ordered.map((i) => ({ id: i.id, label: agendaItemLabel(i) })),
      openedAt: openedAt.toISOString(),
    };
    await this.append(tx, saved, [], [open], privateKey);
    await tx.audit.event('councilVoting.open', votingRoundTarget(saved, council), [
      { field: 'votingMode', after: VOTING_MODES[mode] },
      { field: 'votingCandidates', after: ordered.map(agendaItemLabel).join('; ') },
      { field: 'attendance', after: quorum.explanation },
    ]);
    return saved;
  }

  /**
   * The award round's quota for these candidates: the plan's lines for their award (by name, as plans
   * and officers write it — "UBND" for "Ủy ban nhân dân" — or by code), collectives and individuals
   * together; null when the session has no round or the plan sets none. A round's ranking has one
   * quota, so candidates of several awards where one of them has a quota are refused: the demo's
   * office round mixed Giấy khen and Bằng khen and ranked the Bằng khen against both lines.
   */
  private async quotaFor(
    session: CouncilSessionEntity,
    items: readonly CouncilAgendaItemEntity[],
  ): Promise<number | null> {
    if (!session.awardRoundId) return null;
    const round = await this.awardRounds.get(session.awardRoundId).catch(() => null);
    const forms = new Map(items.map((i) => [awardFormKey(i.awardName), i]));
    const codes = new Set(items.flatMap((i) => (i.awardCode ? [i.awardCode] : [])));
    const lines = (round?.quotas ?? []).filter(
      (q) => forms.has(awardFormKey(q.form)) || codes.has(q.form),
    );
    if (!lines.length) return null;
    if (forms.size > 1)
      throw AppError.field(
        'agendaItemIds',
        `Đợt khen thưởng giới hạn số lượng "${lines.map((q) => q.form).join('", "')}": mỗi vòng chỉ xét một hình thức, hãy mở vòng riêng cho ${[...forms.values()].map((i) => `"${i.awardName}"`).join(', ')}.`,
      );
    return lines.reduce(
      (sum, q) => sum + (q.either ?? (q.individuals ?? 0) + (q.collectives ?? 0)),
      0,
    );
  }

  /** Appends events to the round's chain, signing the checkpoints with the round's key. */
  private async append(
    tx: Tx,
    round: CouncilVotingRoundEntity,
    chain: ChainEvent[],
    events: readonly RoundEvent[],
    key: KeyObject | string,
  ): Promise<ChainEvent[]> {
    const rows: Pick<
      CouncilRoundEventEntity,
      'roundId' | 'seq' | 'kind' | 'payload' | 'prev' | 'hash' | 'signature'
    >[] = [];
    for (const event of events) {
      let link = await appendEvent(chain, event);
      let signature: string | null = null;
      if (event.kind !== 'BALLOT') {
        const payload = checkpointPayload(round.id, chain.length, link);
        signature = signBytes(null, checkpointBytes(payload), key).toString('base64');
        link = { ...link, checkpoint: { payload, signature } };
      }
      rows.push({
        roundId: round.id,
        seq: chain.length,
        kind: event.kind,
        // a ballot's content stays in council_ballots (read back at export): see the entity
        payload: event.kind === 'BALLOT' ? { kind: 'BALLOT', ballotId: event.ballotId } : event,
        prev: link.prev,
        hash: link.hash,
        signature,
      });
      chain.push(link);
    }
    for (let i = 0; i < rows.length; i += 1000)
      await tx.em.getRepository(CouncilRoundEventEntity).insert(rows.slice(i, i + 1000));
    return chain;
  }

  // ---------------------------------------------------------------------------------------------------
  // ROOM: codes

  /** The one-time codes for the members in the room, returned once for printing; only hashes are kept. */
  async generateCodes(tx: Tx, roundId: string): Promise<string[]> {
    const { round, council } = await this.roundManaged(tx, roundId);
    if (round.mode !== 'ROOM')
      throw AppError.field('roundId', 'Chỉ vòng bỏ phiếu tại phòng họp bằng mã mới in mã.');
    this.assertStatus(round, 'OPEN', 'in mã');
    if (await tx.em.countBy(CouncilVotingCodeEntity, { roundId: round.id }))
      throw AppError.field(
        'roundId',
        'Mã bỏ phiếu của vòng này đã được in: mã chỉ hiện một lần và không in lại.',
      );
    const codes: string[] = [];
    const seen = new Set<string>();
    while (codes.length < round.inRoom) {
      let c = '';
      for (let i = 0; i < CODE_LENGTH; i += 1) c += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
      if (seen.has(c)) continue;
      seen.add(c);
      codes.push(`${c.slice(0, 5)}-${c.slice(5)}`);
    }
    await tx.em
      .getRepository(CouncilVotingCodeEntity)
      .insert(
        shuffled(codes).map((c) => ({ roundId: round.id, codeHash: codeHash(c), used: false })),
      );
    await tx.audit.event('councilVoting.codes', votingRoundTarget(round, council), [
      { field: 'votingCodes', after: codes.length },
    ]);
    return codes;
  }

  // ---------------------------------------------------------------------------------------------------
  // REMOTE: blind tokens

  /**
   * A blind signature for a member of the session present (or holding a proxy), once per member and
   * round: the caller's own if present, then each proxy given to them. The issuance names the member
   * (that they received a ballot, as the law allows); the signed token itself is never seen.
   */
  async issueToken(ctx: RequestContext, roundId: string, blindedMessage: string): Promise<string> {
    return this.db.run(ctx, async (tx) => {
      const round = await tx.em
        .getRepository(CouncilVotingRoundEntity)
        .createQueryBuilder('r')
        .setLock('pessimistic_read')
        .where('r.id = :id', { id: roundId })
        .getOne();
      if (!round || ctx.actor.type !== 'USER' || !ctx.actor.id)
        throw AppError.notFound(WHAT, roundId);
      const rows: {
        member_id: string;
        attendance: string | null;
        proxy_member_id: string | null;
        person_name: string;
        mine: boolean;
      }[] = await tx.em.query(
        `SELECT sm.member_id, sm.attendance, sm.proxy_member_id, sm.person_name, (m.user_id = $2) AS mine
             FROM council_session_members sm JOIN council_members m ON m.id = sm.member_id
            WHERE sm.session_id = $1 ORDER BY sm.position`,
        [round.sessionId, ctx.actor.id],
      );
      const me = rows.find((r) => r.mine);
      if (!me) throw AppError.notFound(WHAT, roundId);
      if (round.mode !== 'REMOTE' || !round.blindPrivatePem)
        throw AppError.field('roundId', 'Vòng bỏ phiếu này không bỏ phiếu từ xa.');
      this.assertStatus(round, 'OPEN', 'nhận phiếu bầu');
      const session = await tx.em.findOneByOrFail(CouncilSessionEntity, { id: round.sessionId });
      const council = await tx.em.findOneByOrFail(CouncilEntity, { id: session.councilId });
      const eligible = [
        ...(me.attendance === 'PRESENT' ? [me] : []),
        ...(council.proxiesAllowed && me.attendance === 'PRESENT'
          ? rows.filter((r) => r.attendance === 'PROXY' && r.proxy_member_id === me.member_id)
          : []),
      ];
      if (!eligible.length)
        throw AppError.field(
          'roundId',
          'Chỉ thành viên có mặt tại phiên họp (hoặc người nhận ủy quyền) mới nhận phiếu bầu.',
        );
      let issuedFor: (typeof rows)[number] | null = null;
      for (const m of eligible) {
        const inserted: unknown[] = await tx.em.query(
          `INSERT INTO council_token_issuances (round_id, member_id) VALUES ($1, $2)
           ON CONFLICT DO NOTHING RETURNING member_id`,
          [round.id, m.member_id],
        );
        if (inserted.length) {
          issuedFor = m;
          break;
        }
      }
      if (!issuedFor)
        throw AppError.field('roundId', 'Bạn đã nhận phiếu bầu của vòng bỏ phiếu này.');
      let blinded: Uint8Array;
      try {
        blinded = base64UrlToBytes(blindedMessage);
      } catch {
        throw AppError.field('blindedMessage', 'Yêu cầu ký mù không đúng định dạng base64url.');
      }
      const signature = blindSign(round.blindPrivatePem, blinded);
      await tx.audit.event('councilVoting.token', votingRoundTarget(round, council), [
        {
          field: 'votingMember',
          after:
            issuedFor === me
              ? issuedFor.person_name
              : `${issuedFor.person_name} (ủy quyền cho ${me.person_name})`,
        },
      ]);
      return bytesToBase64Url(signature);
    });
  }

  // ---------------------------------------------------------------------------------------------------
  // casting

  /**
   * A ballot, anonymously: the request's session is ignored and the audit row names no one, keeps no
   * address and no browser. One cast per credential (the code's row updated once, the token's id
   * inserted once: of two at the same time exactly one succeeds), every candidate answered once, the
   * rows inserted in a shuffled order.
   */
  async cast(
    state: RequestState,
    roundId: string,
    credential: CastCredential,
    choices: readonly ChoiceItem[],
  ): Promise<number> {
    const ctx: RequestContext = {
      actor: new Actor('USER', null, ANONYMOUS_VOTER, null, []),
      requestId: state.requestId,
      ipAddress: null,
      userAgent: null,
    };
    return this.db.run(ctx, async (tx) => {
      const round = await tx.em
        .getRepository(CouncilVotingRoundEntity)
        .createQueryBuilder('r')
        .setLock('pessimistic_read')
        .where('r.id = :id', { id: roundId })
        .getOne();
      if (!round) throw AppError.notFound(WHAT, roundId);
      if (round.mode === 'PAPER')
        throw AppError.field('roundId', 'Vòng bỏ phiếu này dùng phiếu giấy.');
      this.assertStatus(round, 'OPEN', 'bỏ phiếu');
      const candidates = await tx.em.findBy(CouncilRoundCandidateEntity, { roundId: round.id });
      const wanted = new Set(candidates.map((c) => c.agendaItemId));
      const answered = new Set<string>();
      for (const [i, c] of choices.entries()) {
        if (!wanted.has(c.agendaItemId))
          throw AppError.field(
            `choices.${i}.agendaItemId`,
            'Nội dung không thuộc vòng bỏ phiếu này.',
          );
        if (answered.has(c.agendaItemId))
          throw AppError.field(`choices.${i}.agendaItemId`, 'Mỗi nội dung chỉ chọn một lần.');
        answered.add(c.agendaItemId);
      }
      if (answered.size !== wanted.size)
        throw AppError.field(
          'choices',
          `Hãy chọn đồng ý hoặc không đồng ý cho cả ${formatNumber(wanted.size)} nội dung.`,
        );
      if (round.mode === 'ROOM') {
        if (!credential.code) throw AppError.field('code', 'Hãy nhập mã bỏ phiếu.');
        const res: [unknown[], number] = await tx.em.query(
          `UPDATE council_voting_codes SET used = true
            WHERE round_id = $1 AND code_hash = $2 AND used = false`,
          [round.id, codeHash(credential.code)],
        );
        if (!res[1]) throw AppError.field('code', 'Mã bỏ phiếu không đúng hoặc đã được dùng.');
      } else {
        const token = credential.token;
        if (!token) throw AppError.field('token', 'Thiếu phiếu bầu từ xa (mã ký mù).');
        let decoded: { message: Uint8Array; signature: Uint8Array };
        try {
          decoded = decodeBlindToken(token);
        } catch {
          throw AppError.field('token', 'Phiếu bầu từ xa không hợp lệ.');
        }
        if (
          !round.blindPublicJwk ||
          !verifyBlindToken(round.blindPublicJwk, decoded.message, decoded.signature)
        )
          throw AppError.field('token', 'Phiếu bầu từ xa không hợp lệ.');
        const inserted: unknown[] = await tx.em.query(
          `INSERT INTO council_spent_tokens (round_id, token_id) VALUES ($1, $2)
           ON CONFLICT DO NOTHING RETURNING token_id`,
          [round.id, await blindTokenId(decoded.message)],
        );
        if (!inserted.length)
          throw AppError.field('token', 'Phiếu bầu này đã được dùng để bỏ phiếu.');
      }
      await tx.em.getRepository(CouncilBallotEntity).insert(
        shuffled(
          choices.map((c) => ({
            id: randomUUID(),
            roundId: round.id,
            agendaItemId: c.agendaItemId,
            choice: c.choice,
            written: false,
          })),
        ),
      );
      const session = await tx.em.findOneByOrFail(CouncilSessionEntity, { id: round.sessionId });
      const council = await tx.em.findOneByOrFail(CouncilEntity, { id: session.councilId });
      await tx.audit.event('councilVoting.cast', votingRoundTarget(round, council));
      return choices.length;
    });
  }

  // ---------------------------------------------------------------------------------------------------
  // close

  /**
   * Closes the round: absentees' written opinions become ballots (marked written), then every ballot
   * is chained in ascending random id (never the casting order) and CLOSE is signed; the REMOTE
   * signing key is erased (no token can be issued any more).
   */
  async close(tx: Tx, roundId: string): Promise<CouncilVotingRoundEntity> {
    const { round, council } = await this.roundManaged(tx, roundId);
    this.assertStatus(round, 'OPEN', 'đóng');
    if (!round.signingPrivateKey) throw new Error('round signing key missing before the tally');
    const events = await this.storedChain(tx, round.id);
    const closedAt = new Date();
    let ballots: BallotEvent[] = [];
    if (round.mode !== 'PAPER') {
      const opinions = await this.writtenFor(tx, round);
      if (opinions.length)
        await tx.em.getRepository(CouncilBallotEntity).insert(
          shuffled(
            opinions.map((o) => ({
              id: randomUUID(),
              roundId: round.id,
              agendaItemId: o.agendaItemId,
              choice: o.choice,
              written: true,
            })),
          ),
        );
      ballots = orderBallotsForChain(
        (await tx.em.findBy(CouncilBallotEntity, { roundId: round.id })).map(ballotEvent),
      );
    }
    const chain = await this.append(
      tx,
      round,
      events,
      [...ballots, closeEvent(ballots, closedAt.toISOString())],
      round.signingPrivateKey,
    );
    const closeHash = (chain[chain.length - 1] as ChainEvent).hash;
    await tx.em.getRepository(CouncilVotingRoundEntity).update(
      { id: round.id },
      {
        status: 'CLOSED',
        closedAt,
        closeHash,
        blindPrivatePem: null,
        version: round.version + 1,
      },
    );
    await tx.audit.event('councilVoting.close', votingRoundTarget(round, council), [
      { field: 'status', before: 'OPEN', after: 'CLOSED' },
      { field: 'ballots', after: ballots.length },
      { field: 'closeHash', after: closeHash },
    ]);
    return tx.em.findOneByOrFail(CouncilVotingRoundEntity, { id: round.id });
  }

  /** Written opinions of members absent with a written opinion, on this round's candidates. */
  private async writtenFor(
    tx: Tx,
    round: CouncilVotingRoundEntity,
  ): Promise<CouncilWrittenOpinionEntity[]> {
    return tx.em
      .getRepository(CouncilWrittenOpinionEntity)
      .createQueryBuilder('o')
      .innerJoin(
        CouncilRoundCandidateEntity,
        'c',
        'c.agenda_item_id = o.agenda_item_id AND c.round_id = :r',
        { r: round.id },
      )
      .innerJoin(
        CouncilSessionMemberEntity,
        'sm',
        `sm.session_id = o.session_id AND sm.member_id = o.member_id AND sm.attendance = 'ABSENT_WRITTEN'`,
      )
      .where('o.session_id = :s', { s: round.sessionId })
      .getMany();
  }

  private async storedChain(tx: Tx, roundId: string): Promise<ChainEvent[]> {
    const rows = await tx.em.find(CouncilRoundEventEntity, {
      where: { roundId },
      order: { seq: 'ASC' },
    });
    return rows.map((r) => ({
      prev: r.prev,
      hash: r.hash,
      event: r.payload as unknown as RoundEvent,
    }));
  }

  // ---------------------------------------------------------------------------------------------------
  // paper

  async enterPaperTally(
    tx: Tx,
    roundId: string,
    entry: number,
    tally: StoredPaperTally,
  ): Promise<CouncilVotingRoundEntity> {
    const { round, council } = await this.roundManaged(tx, roundId);
    if (round.mode !== 'PAPER')
      throw AppError.field('roundId', 'Chỉ vòng bỏ phiếu giấy mới nhập kết quả kiểm phiếu.');
    this.assertStatus(round, 'CLOSED', 'nhập kết quả kiểm phiếu');
    if (round.paperTally) throw AppError.field('roundId', 'Kết quả kiểm phiếu đã được xác nhận.');
    const userId = tx.ctx.actor.id;
    if (tx.ctx.actor.type !== 'USER' || !userId)
      throw AppError.forbidden('Chỉ người dùng đăng nhập mới nhập kết quả kiểm phiếu.');
    const entries = await tx.em.findBy(CouncilPaperEntryEntity, { roundId: round.id });
    const other = entries.find((e) => e.entry !== entry);
    if (other && other.userId === userId)
      throw AppError.field(
        'entry',
        'Lần nhập thứ hai phải do một người khác với người nhập lần thứ nhất thực hiện.',
      );
    if (entries.some((e) => e.entry === entry))
      await tx.em.getRepository(CouncilPaperEntryEntity).delete({ roundId: round.id, entry });
    await tx.em.getRepository(CouncilPaperEntryEntity).insert({
      roundId: round.id,
      entry,
      userId,
      userName: tx.ctx.actor.displayName,
      tally,
    });
    await tx.audit.event('councilVoting.paperEntry', votingRoundTarget(round, council), [
      { field: 'paperEntry', after: entry },
    ]);
    return round;
  }

  /** Compares the two entries and checks the invariants; the agreed figures become the round's. */
  async confirmPaperTally(tx: Tx, roundId: string): Promise<CouncilVotingRoundEntity> {
    const { round, council } = await this.roundManaged(tx, roundId);
    if (round.mode !== 'PAPER')
      throw AppError.field('roundId', 'Chỉ vòng bỏ phiếu giấy mới nhập kết quả kiểm phiếu.');
    this.assertStatus(round, 'CLOSED', 'xác nhận kết quả kiểm phiếu');
    const entries = await tx.em.find(CouncilPaperEntryEntity, {
      where: { roundId: round.id },
      order: { entry: 'ASC' },
    });
    const [a, b] = entries;
    if (!a || !b)
      throw AppError.field(
        'roundId',
        'Cần hai lần nhập kết quả kiểm phiếu do hai người thực hiện.',
      );
    const candidates: CouncilCandidate[] = (await this.candidatesOfTx(tx, round.id)).map((i) => ({
      id: i.id,
      label: agendaItemLabel(i),
    }));
    const differ = compareDoubleEntry(a.tally, b.tally, candidates);
    if (differ.length)
      throw AppError.field('roundId', `Hai lần nhập không khớp: ${differ.join(' ')}`);
    const problems = paperTallyProblems(a.tally, round.inRoom, candidates);
    if (problems.length) throw AppError.field('roundId', problems.join(' '));
    await tx.em
      .getRepository(CouncilVotingRoundEntity)
      .update({ id: round.id }, { paperTally: a.tally, version: round.version + 1 });
    await tx.audit.event('councilVoting.paperConfirm', votingRoundTarget(round, council), [
      {
        field: 'votingResults',
        after: a.tally.candidates
          .map((c) => {
            const l = candidates.find((x) => x.id === c.id)?.label ?? c.id;
            return `${l}: đồng ý ${c.agree}, không đồng ý ${c.disagree}`;
          })
          .join('; '),
      },
    ]);
    return tx.em.findOneByOrFail(CouncilVotingRoundEntity, { id: round.id });
  }

  /**
   * The scanned biên bản kiểm phiếu of a closed paper round: a file already stored (by its hash) or
   * the bytes of an upload (POST /api/council-rounds/:id/paper-scan), stored only once the caller is
   * known to manage the round, in the same transaction as the attach and its audit row.
   */
  async attachPaperScan(
    tx: Tx,
    roundId: string,
    scan: string | ScanUpload,
  ): Promise<CouncilVotingRoundEntity> {
    const { round, council } = await this.roundManaged(tx, roundId);
    if (round.mode !== 'PAPER')
      throw AppError.field('roundId', 'Chỉ vòng bỏ phiếu giấy mới đính kèm biên bản kiểm phiếu.');
    if (round.status === 'OPEN')
      throw AppError.field(
        'roundId',
        'Hãy đóng vòng bỏ phiếu trước khi đính kèm biên bản kiểm phiếu.',
      );
    let sha256: string;
    if (typeof scan === 'string') {
      if (!(await this.files.exists(scan)))
        throw AppError.field('fileSha256', 'Tệp chưa được tải lên.');
      sha256 = scan;
    } else sha256 = (await this.files.put(scan.bytes, scan.mediaType)).sha256;
    await tx.em
      .getRepository(CouncilVotingRoundEntity)
      .update({ id: round.id }, { paperScanSha256: sha256, version: round.version + 1 });
    await tx.audit.event('councilVoting.paperScan', votingRoundTarget(round, council), [
      { field: 'paperScan', before: round.paperScanSha256, after: sha256 },
    ]);
    return tx.em.findOneByOrFail(CouncilVotingRoundEntity, { id: round.id });
  }

  // ---------------------------------------------------------------------------------------------------
  // tally

  /**
   * Kiểm phiếu: each candidate on the total membership (roundResults; written opinions are already
   * ballots of an electronic round, added to the paper figures of a paper one), the over-quota ranking
   * with the chair's pick, the TALLY checkpoint; the round's Ed25519 key is erased afterwards.
   */
  async tally(tx: Tx, roundId: string): Promise<CouncilVotingRoundEntity> {
    const { round, council } = await this.roundManaged(tx, roundId);
    this.assertStatus(round, 'CLOSED', 'kiểm phiếu');
    if (!round.signingPrivateKey) throw new Error('round signing key missing before the tally');
    const chain = await this.storedChain(tx, round.id);
    const open = (chain[0] as ChainEvent).event as OpenEvent;
    const items = await this.candidatesOfTx(tx, round.id);
    const talliedAt = new Date();
    let event: TallyEvent;
    if (round.mode === 'PAPER') {
      if (!round.paperTally)
        throw AppError.field(
          'roundId',
          'Chưa xác nhận kết quả kiểm phiếu giấy (hai lần nhập khớp nhau).',
        );
      const written = await this.writtenFor(tx, round);
      const counts = items.map((i) => {
        const p = round.paperTally?.candidates.find((c) => c.id === i.id);
        const w = written.filter((o) => o.agendaItemId === i.id);
        return {
          id: i.id,
          agree: (p?.agree ?? 0) + w.filter((o) => o.choice === 'AGREE').length,
          disagree: (p?.disagree ?? 0) + w.filter((o) => o.choice === 'DISAGREE').length,
        };
      });
      const results = roundResults({
        candidates: counts,
        members: round.members,
        voters: round.voters,
        threshold: thresholdOf(round),
      });
      event = {
        kind: 'TALLY',
        results: results.map((r) => ({
          candidateId: r.id,
          agree: r.agree,
          disagree: r.disagree,
          percentHundredths: r.percentHundredths,
          passed: r.passed,
        })),
        talliedAt: talliedAt.toISOString(),
      };
    } else {
      const ballots = (await tx.em.findBy(CouncilBallotEntity, { roundId: round.id })).map(
        ballotEvent,
      );
      event = tallyEvent(open, ballots, talliedAt.toISOString());
    }
    const results = this.rank(round, items, event, round.chairPick);
    await this.append(tx, round, chain, [event], round.signingPrivateKey);
    await tx.em.getRepository(CouncilVotingRoundEntity).update(
      { id: round.id },
      {
        status: 'TALLIED',
        talliedAt,
        results: results.lines,
        signingPrivateKey: null,
        version: round.version + 1,
      },
    );
    await tx.audit.event('councilVoting.tally', votingRoundTarget(round, council), [
      { field: 'status', before: 'CLOSED', after: 'TALLIED' },
      { field: 'votingResults', after: results.lines.map((l) => l.explanation).join('; ') },
    ]);
    return tx.em.findOneByOrFail(CouncilVotingRoundEntity, { id: round.id });
  }

  /** The stored lines: each candidate's result and, with a quota, its rank (rankPassed). */
  private rank(
    round: CouncilVotingRoundEntity,
    items: readonly CouncilAgendaItemEntity[],
    event: TallyEvent,
    chairPick: readonly string[] | null,
  ): { lines: StoredRoundResult[]; problems: string[]; message: string | null } {
    const results = roundResults({
      candidates: event.results.map((l) => ({
        id: l.candidateId,
        agree: l.agree,
        disagree: l.disagree,
      })),
      members: round.members,
      voters: round.voters,
      threshold: thresholdOf(round),
    });
    const ranked =
      round.quota === null
        ? null
        : rankPassed(
            results.map((r) => rankCandidate(r.id, r, items)),
            round.quota,
            chairPick,
          );
    const lines = results.map((r) => {
      const k = ranked?.ranking.find((x) => x.id === r.id);
      return {
        agendaItemId: r.id,
        agree: r.agree,
        disagree: r.disagree,
        percentHundredths: r.percentHundredths,
        passed: r.passed,
        rank: k?.rank ?? null,
        withinQuota: k ? k.withinQuota : null,
        explanation: k ? `${r.explanation} ${k.reason}` : r.explanation,
      };
    });
    return { lines, problems: ranked?.problems ?? [], message: ranked?.message ?? null };
  }

  private rankInput(
    results: readonly StoredRoundResult[],
    items: readonly CouncilAgendaItemEntity[],
  ): RankCandidate[] {
    return results.map((r) => rankCandidate(r.agendaItemId, r, items));
  }

  /** The Chủ tịch's pick among the candidates tied at the quota's last place (TT 25/2025/TT-BKHCN Điều 23). */
  async decideTie(
    tx: Tx,
    roundId: string,
    agendaItemIds: readonly string[],
  ): Promise<CouncilVotingRoundEntity> {
    const { round, session, council } = await this.roundManaged(tx, roundId);
    this.assertStatus(round, 'TALLIED', 'quyết định khi bằng phiếu');
    // the minutes froze the results at the session's close
    if (session.status !== 'IN_PROGRESS')
      throw AppError.field(
        'roundId',
        'Phiên họp đã kết thúc: kết quả bỏ phiếu không thay đổi được.',
      );
    if (round.quota === null)
      throw AppError.field(
        'roundId',
        'Đợt xét không có số lượng được khen: không có bằng phiếu cần quyết định.',
      );
    const items = await this.candidatesOfTx(tx, round.id);
    const event: TallyEvent = {
      kind: 'TALLY',
      results: (round.results ?? []).map((r) => ({
        candidateId: r.agendaItemId,
        agree: r.agree,
        disagree: r.disagree,
        percentHundredths: r.percentHundredths,
        passed: r.passed,
      })),
      talliedAt: '',
    };
    const before = this.rank(round, items, event, null);
    if (!before.message)
      throw AppError.field('agendaItemIds', 'Không có ứng viên bằng phiếu ở suất cuối cùng.');
    const after = this.rank(round, items, event, agendaItemIds);
    if (after.problems.length) throw AppError.field('agendaItemIds', after.problems.join(' '));
    await tx.em
      .getRepository(CouncilVotingRoundEntity)
      .update(
        { id: round.id },
        { chairPick: [...agendaItemIds], results: after.lines, version: round.version + 1 },
      );
    await tx.audit.event('councilVoting.tie', votingRoundTarget(round, council), [
      {
        field: 'chairPick',
        after: agendaItemIds
          .map((id) => items.find((i) => i.id === id))
          .flatMap((i) => (i ? [agendaItemLabel(i)] : []))
          .join('; '),
      },
    ]);
    return tx.em.findOneByOrFail(CouncilVotingRoundEntity, { id: round.id });
  }

  // ---------------------------------------------------------------------------------------------------
  // written opinions

  /** An absent member's written opinion per agenda item (NĐ 98/2023 Điều 30 k.7), counted at the tally. */
  async recordWrittenOpinions(
    tx: Tx,
    sessionId: string,
    memberId: string,
    opinions: readonly ChoiceItem[],
  ): Promise<CouncilSessionEntity> {
    const { session, council } = await this.sessionManaged(tx, sessionId);
    if (session.status !== 'PLANNED' && session.status !== 'IN_PROGRESS')
      throw AppError.field('sessionId', 'Phiên họp đã kết thúc: không ghi ý kiến được.');
    const member = await tx.em.findOneBy(CouncilSessionMemberEntity, {
      sessionId: session.id,
      memberId,
    });
    if (!member)
      throw AppError.field(
        'memberId',
        'Thành viên không có trong danh sách Hội đồng của phiên họp.',
      );
    if (member.attendance !== 'ABSENT_WRITTEN')
      throw AppError.field(
        'memberId',
        `${member.personName} chưa được điểm danh "Vắng, có ý kiến bằng văn bản".`,
      );
    const items = await tx.em.findBy(CouncilAgendaItemEntity, {
      id: In(opinions.map((o) => o.agendaItemId)),
      sessionId: session.id,
    });
    const seen = new Set<string>();
    for (const [i, o] of opinions.entries()) {
      if (!items.some((x) => x.id === o.agendaItemId))
        throw AppError.field(
          `opinions.${i}.agendaItemId`,
          'Nội dung không có trong chương trình của phiên họp này.',
        );
      if (seen.has(o.agendaItemId))
        throw AppError.field(`opinions.${i}.agendaItemId`, 'Mỗi nội dung chỉ ghi một ý kiến.');
      seen.add(o.agendaItemId);
    }
    // a round already closed on an item has counted the opinion as it was: it cannot change afterwards
    const closed: unknown[] = await tx.em.query(
      `SELECT 1 FROM council_round_candidates c JOIN council_voting_rounds r ON r.id = c.round_id
        WHERE r.session_id = $1 AND r.status <> 'OPEN' AND c.agenda_item_id = ANY($2::uuid[]) LIMIT 1`,
      [session.id, [...seen]],
    );
    if (closed.length)
      throw AppError.field('opinions', 'Nội dung đã được kiểm phiếu: không sửa ý kiến được nữa.');
    const repo = tx.em.getRepository(CouncilWrittenOpinionEntity);
    await repo.delete({ sessionId: session.id, memberId, agendaItemId: In([...seen]) });
    if (opinions.length)
      await repo.insert(
        opinions.map((o) => ({
          sessionId: session.id,
          memberId,
          agendaItemId: o.agendaItemId,
          choice: o.choice,
        })),
      );
    await tx.audit.event('councilSession.writtenOpinions', councilSessionTarget(session, council), [
      {
        field: 'writtenOpinions',
        after: `${member.personName}: ${opinions
          .map((o) => {
            const it = items.find((x) => x.id === o.agendaItemId) as CouncilAgendaItemEntity;
            return `${agendaItemLabel(it)} — ${o.choice === 'AGREE' ? 'đồng ý' : 'không đồng ý'}`;
          })
          .join('; ')}`,
      },
    ]);
    return session;
  }

  // ---------------------------------------------------------------------------------------------------
  // bundle

  /**
   * The exported bundle: the stored chain, each BALLOT event's content read from council_ballots (a
   * changed row shows as an altered event, a deleted one as a gap, an added one as a link that the
   * next one skips), the checkpoints as signed, and the round's public key.
   */
  async bundle(ctx: RequestContext, roundId: string): Promise<BallotBundle> {
    const round = await this.get(ctx, roundId);
    if (round.status === 'OPEN')
      throw AppError.field('roundId', 'Vòng bỏ phiếu đang mở: gói phiếu bầu có sau khi đóng vòng.');
    const rows = await this.db.repo(CouncilRoundEventEntity).find({
      where: { roundId: round.id },
      order: { seq: 'ASC' },
    });
    const ballots = await this.db.repo(CouncilBallotEntity).findBy({ roundId: round.id });
    const byId = new Map(ballots.map((b) => [b.id, b]));
    const chained = new Set(
      rows.flatMap((r) =>
        r.kind === 'BALLOT' ? [String((r.payload as { ballotId?: string }).ballotId)] : [],
      ),
    );
    const extra = orderBallotsForChain(ballots.filter((b) => !chained.has(b.id)).map(ballotEvent));
    const events: ChainEvent[] = [];
    const pushExtraBefore = async (limit: string | null) => {
      while (extra.length && (limit === null || (extra[0] as BallotEvent).ballotId < limit)) {
        const e = extra.shift() as BallotEvent;
        const prev = events.length
          ? (events[events.length - 1] as ChainEvent).hash
          : '0'.repeat(64);
        events.push({ prev, hash: await chainHash(prev, e), event: e });
      }
    };
    for (const r of rows) {
      if (r.kind === 'BALLOT') {
        const id = String((r.payload as { ballotId?: string }).ballotId);
        await pushExtraBefore(id);
        const b = byId.get(id);
        if (!b) continue;
        events.push({ prev: r.prev, hash: r.hash, event: ballotEvent(b) });
        continue;
      }
      if (r.kind === 'CLOSE') await pushExtraBefore(null);
      const event = r.payload as unknown as RoundEvent;
      events.push({
        prev: r.prev,
        hash: r.hash,
        event,
        ...(r.signature
          ? {
              checkpoint: {
                payload: {
                  roundId: round.id,
                  seq: r.seq,
                  kind: r.kind as 'OPEN' | 'CLOSE' | 'TALLY',
                  head: r.hash,
                },
                signature: r.signature,
              },
            }
          : {}),
      });
    }
    return {
      version: 1,
      round: { id: round.id, title: round.title, roundNo: round.number },
      events,
      publicKey: round.signingPublicKey,
    };
  }
}

function ballotEvent(b: CouncilBallotEntity): BallotEvent {
  return {
    kind: 'BALLOT',
    ballotId: b.id,
    candidateId: b.agendaItemId,
    choice: b.choice,
    ...(b.written ? { written: true as const } : {}),
  };
}

/** A result as the ranking over the quota reads it, with the item's snapshot for the women's priority. */
function rankCandidate(
  id: string,
  result: { agree: number; passed: boolean },
  items: readonly CouncilAgendaItemEntity[],
): RankCandidate {
  const item = items.find((i) => i.id === id);
  return {
    id,
    label: item ? agendaItemLabel(item) : id,
    agree: result.agree,
    passed: result.passed,
    subject: (item?.subject ?? 'INDIVIDUAL') as RankCandidate['subject'],
    female: item?.female ?? null,
    womenShare: item?.womenShare ?? null,
  };
}
