/**
 * Test data only: signed ballot bundles built with ballot-chain.ts and a real Ed25519 key (node:crypto),
 * shared by ballot-chain.spec.ts and verify-ballots.spec.ts. The specs import it, the barrel does not,
 * so node:crypto never reaches the SPA bundle.
 */
import {
  createHash,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import {
  appendEvent,
  buildRoundChain,
  type BallotBundle,
  type BallotEvent,
  type BundlePublicKey,
  type ChainEvent,
  type OpenEvent,
  type SignatureVerifier,
} from './ballot-chain';
import type { VotingMode } from './voting';

export interface TestKey {
  readonly privateKey: KeyObject;
  readonly publicKeyPem: string;
}

export function makeKey(): TestKey {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { privateKey, publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString() };
}

export const signWith =
  (key: TestKey) =>
  (data: Uint8Array): string =>
    sign(null, data, key.privateKey).toString('base64');

/** The same check the API and the verifier script make, with node:crypto. */
export const nodeVerifier: SignatureVerifier = (data, signature, publicKey: BundlePublicKey) =>
  verify(
    null,
    data,
    typeof publicKey === 'string'
      ? createPublicKey(publicKey)
      : createPublicKey({ key: { ...publicKey }, format: 'jwk' }),
    Buffer.from(signature, 'base64'),
  );

/** A random-looking but reproducible ballot id. */
export const ballotId = (seed: string) =>
  createHash('sha256').update(seed).digest('hex').slice(0, 32);

export const CANDIDATES = [
  { id: 'c1', label: 'Nguyễn Thị Lan' },
  { id: 'c2', label: 'Trần Văn Bình' },
  { id: 'c3', label: 'Lê Thị Hoa' },
  { id: 'c4', label: 'Phạm Văn Đức' },
  { id: 'c5', label: 'Phòng Tổng hợp' },
];

/** Agreeing votes per candidate out of 30: 100%, 90% (passes 90% exactly), 80%, 86,67%, 50%. */
export const AGREE = [30, 27, 24, 26, 15];

export function openEvent(over: Partial<OpenEvent> = {}): OpenEvent {
  return {
    kind: 'OPEN',
    roundId: 'r-2025-cstdcs-1',
    title: 'Xét tặng danh hiệu Chiến sĩ thi đua cơ sở năm 2025',
    roundNo: 1,
    mode: 'ROOM' as VotingMode,
    members: 30,
    voters: 30,
    threshold: { numerator: 9, denominator: 10 },
    candidates: CANDIDATES,
    openedAt: '2025-12-20T08:30:00+07:00',
    ...over,
  };
}

/** 30 members × 5 candidates, cast member by member (the order the chain must not keep). */
export function castBallots(members = 30): BallotEvent[] {
  const out: BallotEvent[] = [];
  for (let m = 0; m < members; m++)
    CANDIDATES.forEach((c, k) =>
      out.push({
        kind: 'BALLOT',
        ballotId: ballotId(`${m}/${c.id}`),
        candidateId: c.id,
        choice: m < (AGREE[k] as number) ? 'AGREE' : 'DISAGREE',
      }),
    );
  return out;
}

export async function makeBundle(
  key: TestKey,
  options: { open?: OpenEvent; ballots?: BallotEvent[]; publicKey?: BundlePublicKey } = {},
): Promise<BallotBundle> {
  const open = options.open ?? openEvent();
  const events = await buildRoundChain({
    open,
    ballots: options.ballots ?? castBallots(),
    closedAt: '2025-12-20T09:10:00+07:00',
    talliedAt: '2025-12-20T09:12:00+07:00',
    sign: signWith(key),
  });
  return {
    version: 1,
    round: { id: open.roundId, title: open.title, roundNo: open.roundNo },
    events,
    publicKey: options.publicKey ?? key.publicKeyPem,
  };
}

/** A deep, mutable copy to tamper with. */
export type MutableBundle = { -readonly [K in keyof BallotBundle]: BallotBundle[K] } & {
  events: ChainEvent[];
};
export const copy = (b: BallotBundle): MutableBundle => JSON.parse(JSON.stringify(b));

/** Recomputes every hash from the start, as an attacker with database access would. */
export async function rechain(events: ChainEvent[]): Promise<ChainEvent[]> {
  const out: ChainEvent[] = [];
  for (const e of events) {
    const next = await appendEvent(out, e.event);
    out.push(e.checkpoint ? { ...next, checkpoint: e.checkpoint } : next);
  }
  return out;
}
