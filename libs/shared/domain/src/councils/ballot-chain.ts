/**
 * Tamper evidence for a council's voting round (issue 12; domain reference §12; architecture decision
 * 13): the round's events form an append-only hash chain hᵢ = SHA-256(hᵢ₋₁ ‖ canonical JSON of eventᵢ),
 * h₋₁ = 64 zeros, with checkpoints at OPEN, CLOSE and TALLY that the API signs with its Ed25519 key.
 * An exported bundle lets anyone recompute the chain and the tally, here (SPA, API) or with the
 * independent tools/verify-ballots.mjs, which must print the same first problem: its messages and
 * arithmetic mirror this file's, and a spec runs it on bundles built here.
 *
 * Ballot order. A ballot row has a random id and no member id and no time. Its chain event is NOT
 * appended when it is cast: the casting order is what a person in the room sees (who walked to the
 * screen first), and a member's ballots on five candidates cast one after the other would sit side by
 * side, fingerprinting the member. So the round's BALLOT events are appended when the round closes,
 * all at once, in ascending ballot id (random, so unrelated to the casting order), followed by CLOSE
 * with their count; the verifier checks that order. What this leaves open during the round (the live
 * count of ballots cast is the members' check there) and what it never gives (coercion resistance,
 * secrecy of a unanimous result, a hostile live server) is stated in the ADR and domain reference §12.
 *
 * Pure apart from the hash, which is injected (default: Web Crypto, present in Node 20 and browsers);
 * signing stays in the API, verifying a signature is injected too.
 */
import {
  BALLOT_CHOICES,
  formatPercentHundredths,
  passesVote,
  percentHundredths,
  type BallotChoice,
  type CouncilCandidate,
  type Fraction,
  type VotingMode,
} from './voting';

export const ZERO_HASH = '0'.repeat(64);

/** SHA-256 of the bytes; sync or async, so the API may pass node:crypto and the SPA Web Crypto. */
export type HashFn = (data: Uint8Array) => Promise<Uint8Array> | Uint8Array;

/** Web Crypto SHA-256 (`crypto.subtle` exists in Node 20 and in a browser on HTTPS or localhost). */
export const sha256: HashFn = async (data) =>
  new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>));

// ---- canonical JSON -------------------------------------------------------------------------------

/**
 * Deterministic JSON: object keys sorted (by UTF-16 code unit, JavaScript's default sort), no spaces,
 * properties whose value is undefined left out, strings escaped as JSON.stringify does, numbers only
 * as safe integers (a float prints differently across languages, so percentages travel in hundredths).
 * Throws on anything else (NaN, 0.5, undefined in an array, Date, Map, bigint): a value that cannot be
 * written the same way by the verifier must never reach the chain.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isSafeInteger(value))
        throw new TypeError(`JSON chuẩn hóa chỉ nhận số nguyên (nhận được ${value}).`);
      return String(value);
    case 'string':
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value))
        return `[${value
          .map((v: unknown) => {
            if (v === undefined)
              throw new TypeError('JSON chuẩn hóa không nhận phần tử undefined trong mảng.');
            return canonicalJson(v);
          })
          .join(',')}]`;
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null)
        throw new TypeError('JSON chuẩn hóa chỉ nhận đối tượng thuần (không nhận Date, Map…).');
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record)
        .filter((k) => record[k] !== undefined)
        .sort();
      return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
    }
    default:
      throw new TypeError(`JSON chuẩn hóa không nhận giá trị kiểu ${typeof value}.`);
  }
}

const encoder = new TextEncoder();

function hex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}

// ---- events ---------------------------------------------------------------------------------------

/** The round opens: everything the tally depends on is fixed here. */
export interface OpenEvent {
  readonly kind: 'OPEN';
  readonly roundId: string;
  /** "Xét tặng danh hiệu Chiến sĩ thi đua cơ sở năm 2025" */
  readonly title: string;
  /** 1, or 2 for a second round */
  readonly roundNo: number;
  readonly mode: VotingMode;
  /** the council's total membership: the base of every percentage */
  readonly members: number;
  /** members whose vote counts (present, counted proxies, absentees' written opinions) */
  readonly voters: number;
  /** share of the membership to reach; null: majority of the voters */
  readonly threshold: Fraction | null;
  readonly candidates: readonly CouncilCandidate[];
  /** ISO 8601 */
  readonly openedAt: string;
}

/** One ballot on one candidate: a random id, no member, no time (see the file's comment). */
export interface BallotEvent {
  readonly kind: 'BALLOT';
  readonly ballotId: string;
  readonly candidateId: string;
  readonly choice: BallotChoice;
  /** an absent member's written opinion, entered by the secretary (NĐ 98/2023 Điều 30 k.7) */
  readonly written?: true;
}

export interface CloseEvent {
  readonly kind: 'CLOSE';
  /** BALLOT events in the chain */
  readonly ballots: number;
  readonly closedAt: string;
}

export interface TallyLine {
  readonly candidateId: string;
  readonly agree: number;
  readonly disagree: number;
  /** of the total membership, hundredths of a percent (8966 = 89,66%) */
  readonly percentHundredths: number;
  readonly passed: boolean;
}

export interface TallyEvent {
  readonly kind: 'TALLY';
  readonly results: readonly TallyLine[];
  readonly talliedAt: string;
}

export type RoundEvent = OpenEvent | BallotEvent | CloseEvent | TallyEvent;
export type RoundEventKind = RoundEvent['kind'];

/** The events the API signs, and their names in messages. */
export const CHECKPOINT_KINDS = {
  OPEN: 'mở vòng bỏ phiếu',
  CLOSE: 'đóng vòng bỏ phiếu',
  TALLY: 'kết quả kiểm phiếu',
} as const satisfies Partial<Record<RoundEventKind, string>>;
export type CheckpointKind = keyof typeof CHECKPOINT_KINDS;

export function isCheckpointKind(kind: string): kind is CheckpointKind {
  return Object.prototype.hasOwnProperty.call(CHECKPOINT_KINDS, kind);
}

/** What the API signs: the chain head right after the checkpoint event, and where it is. */
export interface CheckpointPayload {
  readonly roundId: string;
  /** the event's index in the chain, 0-based */
  readonly seq: number;
  readonly kind: CheckpointKind;
  /** the event's own hash (the close hash is the one printed in the biên bản) */
  readonly head: string;
}

export interface Checkpoint {
  readonly payload: CheckpointPayload;
  /** Ed25519 over checkpointBytes(payload), base64 */
  readonly signature: string;
}

/** One link as stored and exported. The hash covers `prev` and `event`; the checkpoint sits beside. */
export interface ChainEvent {
  readonly prev: string;
  readonly hash: string;
  readonly event: RoundEvent;
  readonly checkpoint?: Checkpoint;
}

/** An Ed25519 public key as a JWK (RFC 8037). */
export interface Ed25519Jwk {
  readonly kty: 'OKP';
  readonly crv: 'Ed25519';
  readonly x: string;
}

/** SPKI PEM ("-----BEGIN PUBLIC KEY-----…") or JWK. */
export type BundlePublicKey = string | Ed25519Jwk;

export interface BallotBundle {
  readonly version: 1;
  /** repeated from the OPEN event for a reader; the verifier checks they agree */
  readonly round: { readonly id: string; readonly title: string; readonly roundNo: number };
  readonly events: readonly ChainEvent[];
  readonly publicKey: BundlePublicKey;
}

/** hex SHA-256 of (prev hex ‖ canonicalJson(event)), UTF-8. */
export async function chainHash(
  prev: string,
  event: RoundEvent,
  hash: HashFn = sha256,
): Promise<string> {
  return hex(await hash(encoder.encode(prev + canonicalJson(event))));
}

/** The link that follows `chain` (not appended: the caller stores it). */
export async function appendEvent(
  chain: readonly ChainEvent[],
  event: RoundEvent,
  hash: HashFn = sha256,
): Promise<ChainEvent> {
  const prev = chain.length ? (chain[chain.length - 1] as ChainEvent).hash : ZERO_HASH;
  return { prev, hash: await chainHash(prev, event, hash), event };
}

/** The payload to sign for the checkpoint event at `seq`. */
export function checkpointPayload(
  roundId: string,
  seq: number,
  link: ChainEvent,
): CheckpointPayload {
  if (!isCheckpointKind(link.event.kind))
    throw new TypeError(`Sự kiện ${link.event.kind} không có chữ ký.`);
  return { roundId, seq, kind: link.event.kind, head: link.hash };
}

/** The exact bytes signed and verified: UTF-8 of the payload's canonical JSON. */
export function checkpointBytes(payload: CheckpointPayload): Uint8Array {
  return encoder.encode(canonicalJson(payload));
}

/** The ballots in chain order: ascending id, compared by UTF-16 code unit as the verifier does. */
export function orderBallotsForChain(ballots: readonly BallotEvent[]): BallotEvent[] {
  return [...ballots].sort((a, b) =>
    a.ballotId < b.ballotId ? -1 : a.ballotId > b.ballotId ? 1 : 0,
  );
}

export interface RecountLine {
  readonly id: string;
  readonly label: string;
  readonly agree: number;
  readonly disagree: number;
  readonly percentHundredths: number;
  readonly passed: boolean;
}

/** Counts the ballots per candidate of `open`; a ballot for another candidate is not counted. */
export function recountBallots(open: OpenEvent, ballots: readonly BallotEvent[]): RecountLine[] {
  return open.candidates.map((c) => {
    let agree = 0;
    let disagree = 0;
    for (const b of ballots) {
      if (b.candidateId !== c.id) continue;
      if (b.choice === 'AGREE') agree += 1;
      else if (b.choice === 'DISAGREE') disagree += 1;
    }
    return {
      id: c.id,
      label: c.label,
      agree,
      disagree,
      percentHundredths: percentHundredths(agree, open.members),
      passed: passesVote(agree, open.members, open.voters, open.threshold),
    };
  });
}

export function closeEvent(ballots: readonly BallotEvent[], closedAt: string): CloseEvent {
  return { kind: 'CLOSE', ballots: ballots.length, closedAt };
}

export function tallyEvent(
  open: OpenEvent,
  ballots: readonly BallotEvent[],
  talliedAt: string,
): TallyEvent {
  return {
    kind: 'TALLY',
    results: recountBallots(open, ballots).map((r) => ({
      candidateId: r.id,
      agree: r.agree,
      disagree: r.disagree,
      percentHundredths: r.percentHundredths,
      passed: r.passed,
    })),
    talliedAt,
  };
}

/** Signs a checkpoint's bytes; returns the base64 signature (the API's Ed25519 key). */
export type CheckpointSigner = (data: Uint8Array) => Promise<string> | string;

export interface BuildRoundInput {
  readonly open: OpenEvent;
  /** the round's ballots in any order: they are chained in ballot-id order */
  readonly ballots: readonly BallotEvent[];
  readonly closedAt: string;
  readonly talliedAt: string;
  readonly sign: CheckpointSigner;
  readonly hash?: HashFn;
}

/** A whole round's chain at once, signed at OPEN, CLOSE and TALLY (for the API's close and for tests). */
export async function buildRoundChain(input: BuildRoundInput): Promise<ChainEvent[]> {
  const hash = input.hash ?? sha256;
  const ordered = orderBallotsForChain(input.ballots);
  const events: RoundEvent[] = [
    input.open,
    ...ordered,
    closeEvent(ordered, input.closedAt),
    tallyEvent(input.open, ordered, input.talliedAt),
  ];
  const chain: ChainEvent[] = [];
  for (const event of events) {
    let link = await appendEvent(chain, event, hash);
    if (isCheckpointKind(event.kind)) {
      const payload = checkpointPayload(input.open.roundId, chain.length, link);
      link = {
        ...link,
        checkpoint: { payload, signature: await input.sign(checkpointBytes(payload)) },
      };
    }
    chain.push(link);
  }
  return chain;
}

// ---- verification ---------------------------------------------------------------------------------

export const BUNDLE_PROBLEMS = {
  FORMAT: 'Tệp không đúng định dạng',
  ALTERED: 'Sự kiện bị sửa',
  ADDED: 'Sự kiện bị thêm',
  REMOVED: 'Sự kiện bị xóa',
  REORDERED: 'Thứ tự bị đảo',
  SEQUENCE: 'Sai trình tự sự kiện',
  ROUND_MISMATCH: 'Thông tin vòng bỏ phiếu không khớp',
  BALLOT_INVALID: 'Phiếu không hợp lệ',
  BALLOT_ORDER: 'Phiếu không theo thứ tự mã',
  CHECKPOINT_MISSING: 'Thiếu chữ ký',
  CHECKPOINT_MISPLACED: 'Chữ ký sai vị trí',
  CHECKPOINT_HEAD: 'Chữ ký xác nhận chuỗi khác',
  SIGNATURE: 'Chữ ký số không hợp lệ',
  CLOSE_HASH: 'Mã băm khác biên bản',
  CLOSE_COUNT: 'Số phiếu khi đóng vòng không khớp',
  TALLY_MISMATCH: 'Kết quả kiểm phiếu không khớp',
} as const satisfies Record<string, string>;
export type BundleProblemCode = keyof typeof BUNDLE_PROBLEMS;

export interface BundleProblem {
  readonly code: BundleProblemCode;
  /** the sentence the officer reads: "Phiếu thứ 17 bị sửa: …" */
  readonly message: string;
  /** the event's index in `events`, when the problem has one */
  readonly index: number | null;
}

export type SignatureVerifier = (
  data: Uint8Array,
  signature: string,
  publicKey: BundlePublicKey,
) => Promise<boolean> | boolean;

export interface VerifyOptions {
  /** checks each checkpoint's Ed25519 signature; without it only the signed heads are compared */
  readonly verifySignature?: SignatureVerifier;
  readonly hash?: HashFn;
  /** the close hash printed in the biên bản: the anchor that does not depend on the bundle's key */
  readonly expectedCloseHash?: string;
}

export interface BundleVerification {
  readonly ok: boolean;
  /** in the order found: chain, structure, signatures, the close hash, the recount */
  readonly problems: BundleProblem[];
  /** the ballots recounted per candidate of the OPEN event ([] without one, or for a paper round) */
  readonly counts: RecountLine[];
  /** the recomputed hash of the CLOSE event */
  readonly closeHash: string | null;
  readonly signaturesChecked: boolean;
  /** false for a paper round: its tally comes from the ban kiểm phiếu, there are no ballots to count */
  readonly recounted: boolean;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function linesText(l: TallyLine | RecountLine | undefined): string {
  if (!l) return 'không có';
  return `đồng ý ${l.agree}, không đồng ý ${l.disagree} (${formatPercentHundredths(l.percentHundredths)}, ${l.passed ? 'đạt' : 'không đạt'})`;
}

/**
 * The checks of an exported bundle: (a) every link recomputed, the first broken one classified as an
 * altered, added or removed event or a changed order; (b) the order of events and ballots, and each
 * ballot's candidate; (c) each checkpoint's head against the recomputed chain, and its signature when
 * a verifier is given; (d) the close hash of the minutes when given; (e) the ballots recounted per
 * candidate against CLOSE and TALLY. Numbers in messages are plain digits: tools/verify-ballots.mjs
 * prints the same sentences byte for byte.
 */
export async function verifyBundle(
  bundle: BallotBundle,
  options: VerifyOptions = {},
): Promise<BundleVerification> {
  const hash = options.hash ?? sha256;
  const problems: BundleProblem[] = [];
  const add = (code: BundleProblemCode, message: string, index: number | null = null) =>
    problems.push({ code, message, index });
  const fail = (detail: string): BundleVerification => {
    add('FORMAT', `Tệp không đúng định dạng gói phiếu bầu (phiên bản 1): ${detail}.`);
    return {
      ok: false,
      problems,
      counts: [],
      closeHash: null,
      signaturesChecked: false,
      recounted: false,
    };
  };

  if (bundle?.version !== 1) return fail('sai số phiên bản');
  const links = bundle.events;
  if (!Array.isArray(links) || !links.length) return fail('không có sự kiện nào');
  // each link's own hash, and the chain recomputed from the start
  const own: string[] = [];
  const recomputed: string[] = [];
  for (let i = 0; i < links.length; i++) {
    const l = links[i] as ChainEvent;
    if (
      typeof l?.prev !== 'string' ||
      typeof l.hash !== 'string' ||
      typeof l.event?.kind !== 'string'
    )
      return fail(`sự kiện thứ ${i + 1} thiếu mã băm hoặc nội dung`);
    try {
      own.push(await chainHash(l.prev, l.event, hash));
      const prev = i ? (recomputed[i - 1] as string) : ZERO_HASH;
      recomputed.push(prev === l.prev ? (own[i] as string) : await chainHash(prev, l.event, hash));
    } catch {
      return fail(`sự kiện thứ ${i + 1} có dữ liệu không hợp lệ`);
    }
  }

  const events = links.map((l) => l.event);
  const first = events[0];
  const open: OpenEvent | null = first?.kind === 'OPEN' ? first : null;
  const candidateLabel = (id: string) => open?.candidates.find((c) => c.id === id)?.label ?? id;
  const ballotNo = (i: number) => events.slice(0, i + 1).filter((e) => e.kind === 'BALLOT').length;
  const label = (i: number) => {
    const e = events[i] as RoundEvent;
    if (e.kind === 'BALLOT') return `phiếu thứ ${ballotNo(i)}`;
    return isCheckpointKind(e.kind)
      ? `sự kiện ${CHECKPOINT_KINDS[e.kind]}`
      : `sự kiện thứ ${i + 1}`;
  };
  const expectedPrev = (i: number) => (i > 0 ? (links[i - 1] as ChainEvent).hash : ZERO_HASH);

  // (a) the first broken link
  for (let i = 0; i < links.length; i++) {
    const l = links[i] as ChainEvent;
    const linked = l.prev === expectedPrev(i);
    if (linked && l.hash === own[i]) continue;
    if (!linked && links.slice(i + 1).some((o) => o.hash === l.prev)) {
      add(
        'REORDERED',
        `Thứ tự bị đảo tại ${label(i)}: sự kiện này nối sau một sự kiện đứng sau nó.`,
        i,
      );
    } else if (i + 1 < links.length && (links[i + 1] as ChainEvent).prev === expectedPrev(i)) {
      add(
        'ADDED',
        `${cap(label(i))} bị thêm vào: sự kiện kế tiếp nối thẳng với sự kiện trước nó.`,
        i,
      );
    } else if (!linked && i > 0 && l.prev === expectedPrev(i - 1)) {
      add(
        'ADDED',
        `${cap(label(i - 1))} bị thêm vào: sự kiện kế tiếp nối thẳng với sự kiện trước nó.`,
        i - 1,
      );
    } else if (!linked) {
      const prevKind = i > 0 ? (events[i - 1] as RoundEvent).kind : null;
      const ballotGap =
        (l.event.kind === 'BALLOT' || l.event.kind === 'CLOSE') &&
        (prevKind === 'OPEN' || prevKind === 'BALLOT');
      add(
        'REMOVED',
        `Một ${ballotGap ? 'phiếu' : 'sự kiện'} bị xóa ngay trước ${label(i)}: chuỗi bị đứt.`,
        i,
      );
    } else if (l.event.kind === 'BALLOT') {
      const choice = Object.prototype.hasOwnProperty.call(BALLOT_CHOICES, l.event.choice)
        ? BALLOT_CHOICES[l.event.choice]
        : String(l.event.choice);
      add(
        'ALTERED',
        `Phiếu thứ ${ballotNo(i)} bị sửa: nội dung hiện tại (ứng viên "${candidateLabel(l.event.candidateId)}", ${choice}) không khớp mã băm đã ghi.`,
        i,
      );
    } else {
      add('ALTERED', `${cap(label(i))} bị sửa: nội dung không khớp mã băm đã ghi.`, i);
    }
    break;
  }

  // (b) order of events, the round's header, each ballot
  const kinds = events.map((e) => e.kind);
  const firstClose = kinds.indexOf('CLOSE');
  if (!/^OPEN(,BALLOT)*,CLOSE,TALLY$/.test(kinds.join(',')))
    add(
      'SEQUENCE',
      'Các sự kiện không theo trình tự: mở vòng, các phiếu, đóng vòng, kết quả kiểm phiếu.',
    );
  if (
    open &&
    (bundle.round?.id !== open.roundId ||
      bundle.round.title !== open.title ||
      bundle.round.roundNo !== open.roundNo)
  )
    add('ROUND_MISMATCH', 'Thông tin vòng bỏ phiếu ở đầu tệp không khớp sự kiện mở vòng bỏ phiếu.');
  const ballotIdx = kinds.flatMap((k, i) => (k === 'BALLOT' ? [i] : []));
  const ballots = ballotIdx.map((i) => events[i] as BallotEvent);
  const invalid = ballotIdx.find((i) => {
    const b = events[i] as BallotEvent;
    return (
      !open?.candidates.some((c) => c.id === b.candidateId) ||
      !Object.prototype.hasOwnProperty.call(BALLOT_CHOICES, b.choice)
    );
  });
  if (invalid !== undefined)
    add(
      'BALLOT_INVALID',
      `Phiếu thứ ${ballotNo(invalid)} không hợp lệ: ứng viên hoặc lựa chọn không có trong vòng bỏ phiếu.`,
      invalid,
    );
  const unordered = ballotIdx.findIndex(
    (i, k) =>
      k > 0 && !((ballots[k - 1] as BallotEvent).ballotId < (events[i] as BallotEvent).ballotId),
  );
  if (unordered > 0)
    add(
      'BALLOT_ORDER',
      `Phiếu thứ ${unordered + 1} không theo thứ tự mã phiếu (trùng mã hoặc bị đảo vị trí).`,
      ballotIdx[unordered] as number,
    );

  // (c) checkpoints
  const signatureOk = async (cp: Checkpoint): Promise<boolean> => {
    try {
      return (
        (await options.verifySignature?.(
          checkpointBytes(cp.payload),
          cp.signature,
          bundle.publicKey,
        )) === true
      );
    } catch {
      return false;
    }
  };
  for (let i = 0; i < links.length; i++) {
    const l = links[i] as ChainEvent;
    if (!isCheckpointKind(l.event.kind)) continue;
    const what = CHECKPOINT_KINDS[l.event.kind];
    const cp = l.checkpoint;
    if (!cp?.payload || typeof cp.signature !== 'string') {
      add('CHECKPOINT_MISSING', `Thiếu chữ ký tại sự kiện ${what}.`, i);
    } else if (cp.payload.kind !== l.event.kind || cp.payload.roundId !== open?.roundId) {
      add(
        'CHECKPOINT_MISPLACED',
        `Chữ ký tại sự kiện ${what} không thuộc vị trí này của chuỗi.`,
        i,
      );
    } else if (cp.payload.seq !== i) {
      // signed at another position: events were added or removed before it, and the chain rebuilt
      add(
        'CHECKPOINT_MISPLACED',
        `Chữ ký tại sự kiện ${what} ghi vị trí ${cp.payload.seq + 1}, nay ở vị trí ${i + 1}: có sự kiện bị thêm hoặc xóa trước nó.`,
        i,
      );
    } else if (cp.payload.head !== recomputed[i]) {
      add(
        'CHECKPOINT_HEAD',
        `Chữ ký tại sự kiện ${what} xác nhận mã băm khác với chuỗi tính lại: dữ liệu đã bị sửa sau khi ký.`,
        i,
      );
    } else if (options.verifySignature && !(await signatureOk(cp))) {
      add('SIGNATURE', `Chữ ký số tại sự kiện ${what} không hợp lệ với khóa công khai của tệp.`, i);
    }
  }

  // (d) the close hash of the minutes
  const closeHash = firstClose >= 0 ? (recomputed[firstClose] as string) : null;
  if (
    options.expectedCloseHash !== undefined &&
    options.expectedCloseHash.toLowerCase() !== closeHash
  )
    add(
      'CLOSE_HASH',
      `Mã băm khi đóng vòng bỏ phiếu (${closeHash ?? 'không có'}) khác mã ghi trong biên bản (${options.expectedCloseHash}).`,
      firstClose >= 0 ? firstClose : null,
    );

  // (e) the recount
  const recounted = !!open && open.mode !== 'PAPER';
  const counts = open && recounted ? recountBallots(open, ballots) : [];
  if (open && recounted) {
    const close = firstClose >= 0 ? (events[firstClose] as CloseEvent) : null;
    if (close && close.ballots !== ballots.length)
      add(
        'CLOSE_COUNT',
        `Sự kiện đóng vòng bỏ phiếu ghi ${close.ballots} phiếu, đếm lại được ${ballots.length} phiếu.`,
        firstClose,
      );
    const tallyAt = kinds.indexOf('TALLY');
    const tally = tallyAt >= 0 ? (events[tallyAt] as TallyEvent) : null;
    if (tally) {
      const lines = Array.isArray(tally.results) ? tally.results : [];
      for (const c of counts) {
        const line = lines.find((x) => x?.candidateId === c.id);
        if (
          !line ||
          line.agree !== c.agree ||
          line.disagree !== c.disagree ||
          line.percentHundredths !== c.percentHundredths ||
          line.passed !== c.passed
        )
          add(
            'TALLY_MISMATCH',
            `Kết quả kiểm phiếu của ứng viên "${c.label}" không khớp phiếu đếm lại: ghi ${linesText(line)}; đếm lại được ${linesText(c)}.`,
            tallyAt,
          );
      }
    }
  }

  return {
    ok: problems.length === 0,
    problems,
    counts,
    closeHash,
    signaturesChecked: !!options.verifySignature,
    recounted,
  };
}
