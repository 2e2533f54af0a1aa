import { createHash, createPublicKey } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ZERO_HASH,
  appendEvent,
  canonicalJson,
  chainHash,
  checkpointBytes,
  orderBallotsForChain,
  verifyBundle,
  type BallotBundle,
  type BallotEvent,
  type ChainEvent,
  type TallyEvent,
} from './ballot-chain';
import {
  AGREE,
  CANDIDATES,
  castBallots,
  copy,
  makeBundle,
  makeKey,
  nodeVerifier,
  openEvent,
  rechain,
  signWith,
  type TestKey,
} from './ballot-fixtures';

const nodeSha = (data: Uint8Array) => new Uint8Array(createHash('sha256').update(data).digest());

describe('canonicalJson', () => {
  it('sorts keys at every depth, without spaces, leaving out undefined properties', () => {
    expect(canonicalJson({ b: 1, a: [{ z: true, y: null }, 'x'], c: undefined })).toBe(
      '{"a":[{"y":null,"z":true},"x"],"b":1}',
    );
  });

  it('escapes strings as JSON does and keeps Vietnamese as is', () => {
    expect(canonicalJson({ t: 'Ủy viên "thư ký"\n' })).toBe('{"t":"Ủy viên \\"thư ký\\"\\n"}');
  });

  it('writes integers only, -0 as 0', () => {
    expect(canonicalJson([-0, 8966, -3])).toBe('[0,8966,-3]');
    for (const bad of [0.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])
      expect(() => canonicalJson({ x: bad })).toThrow(TypeError);
  });

  it('refuses what another language could write differently', () => {
    expect(() => canonicalJson([undefined])).toThrow(TypeError);
    expect(() => canonicalJson({ at: new Date(0) })).toThrow(TypeError);
    expect(() => canonicalJson({ n: BigInt(1) })).toThrow(TypeError);
  });
});

describe('the chain', () => {
  it('hashes the previous hex hash followed by the canonical event, from 64 zeros', async () => {
    const open = openEvent();
    const expected = createHash('sha256')
      .update(ZERO_HASH + canonicalJson(open), 'utf8')
      .digest('hex');
    expect(await chainHash(ZERO_HASH, open)).toBe(expected);
    // an injected synchronous hash (node:crypto in the API) gives the same link
    expect(await chainHash(ZERO_HASH, open, nodeSha)).toBe(expected);
    const first = await appendEvent([], open);
    expect(first).toEqual({ prev: ZERO_HASH, hash: expected, event: open });
    const second = await appendEvent([first], castBallots()[0] as BallotEvent);
    expect(second.prev).toBe(expected);
  });

  it('orders ballots by their random id, not by the casting order', () => {
    const cast = castBallots();
    const ordered = orderBallotsForChain(cast);
    const ids = ordered.map((b) => b.ballotId);
    expect(ids).toEqual([...ids].sort());
    // the first member's five ballots were cast side by side; in the chain they are spread out
    const firstMember = new Set(cast.slice(0, 5).map((b) => b.ballotId));
    const positions = ordered.flatMap((b, i) => (firstMember.has(b.ballotId) ? [i] : []));
    expect(Math.max(...positions) - Math.min(...positions)).toBeGreaterThan(5);
  });
});

describe('a round of 30 members × 5 candidates', () => {
  let key: TestKey;
  let good: BallotBundle;
  beforeAll(async () => {
    key = makeKey();
    good = await makeBundle(key);
  });
  const check = (b: BallotBundle, extra: { expectedCloseHash?: string } = {}) =>
    verifyBundle(b, { verifySignature: nodeVerifier, ...extra });

  it('builds OPEN, 150 ballots, CLOSE and TALLY, signed at OPEN, CLOSE and TALLY', () => {
    const kinds = good.events.map((e) => e.event.kind);
    expect(kinds.length).toBe(153);
    expect(kinds.filter((k) => k === 'BALLOT').length).toBe(150);
    expect(good.events.filter((e) => e.checkpoint).map((e) => e.event.kind)).toEqual([
      'OPEN',
      'CLOSE',
      'TALLY',
    ]);
    const close = good.events[151] as ChainEvent;
    expect(close.event).toMatchObject({ kind: 'CLOSE', ballots: 150 });
    expect(close.checkpoint?.payload).toEqual({
      roundId: 'r-2025-cstdcs-1',
      seq: 151,
      kind: 'CLOSE',
      head: close.hash,
    });
    const tally = (good.events[152] as ChainEvent).event as TallyEvent;
    expect(tally.results.map((r) => [r.agree, r.percentHundredths, r.passed])).toEqual([
      [30, 10000, true],
      [27, 9000, true],
      [24, 8000, false],
      [26, 8667, false],
      [15, 5000, false],
    ]);
  });

  it('verifies, recounts every candidate and gives the close hash of the minutes', async () => {
    const v = await check(good);
    expect(v.problems).toEqual([]);
    expect(v.ok).toBe(true);
    expect(v.signaturesChecked).toBe(true);
    expect(v.counts.map((c) => c.agree)).toEqual(AGREE);
    expect(v.counts.map((c) => c.disagree)).toEqual(AGREE.map((a) => 30 - a));
    expect(v.counts[0]?.label).toBe(CANDIDATES[0]?.label);
    expect(v.closeHash).toBe(good.events[151]?.hash);
    expect((await check(good, { expectedCloseHash: v.closeHash?.toUpperCase() })).ok).toBe(true);
  });

  it('accepts the key as a JWK too', async () => {
    const jwk = createPublicKey(key.publicKeyPem).export({ format: 'jwk' });
    const b = {
      ...good,
      publicKey: { kty: 'OKP' as const, crv: 'Ed25519' as const, x: jwk.x as string },
    };
    expect((await check(b)).ok).toBe(true);
  });

  it('finds a ballot whose choice was changed, and the tally it no longer matches', async () => {
    const b = copy(good);
    const e = b.events[17] as ChainEvent; // the 17th ballot
    const before = e.event as BallotEvent;
    (b.events[17] as ChainEvent) = {
      ...e,
      event: { ...before, choice: before.choice === 'AGREE' ? 'DISAGREE' : 'AGREE' },
    };
    const v = await check(b);
    expect(v.ok).toBe(false);
    const label = CANDIDATES.find((c) => c.id === before.candidateId)?.label;
    const now = before.choice === 'AGREE' ? 'Không đồng ý' : 'Đồng ý';
    expect(v.problems[0]).toEqual({
      code: 'ALTERED',
      index: 17,
      message: `Phiếu thứ 17 bị sửa: nội dung hiện tại (ứng viên "${label}", ${now}) không khớp mã băm đã ghi.`,
    });
    expect(v.problems.map((p) => p.code)).toContain('TALLY_MISMATCH');
    expect(v.problems.find((p) => p.code === 'TALLY_MISMATCH')?.message).toContain(
      `Kết quả kiểm phiếu của ứng viên "${label}" không khớp phiếu đếm lại: ghi đồng ý`,
    );
  });

  it('finds an added ballot, linked properly or not', async () => {
    const extra: BallotEvent = {
      kind: 'BALLOT',
      ballotId: (good.events[16]?.event as BallotEvent).ballotId + '0',
      candidateId: 'c3',
      choice: 'AGREE',
    };
    // linked into the chain by someone who knows the scheme
    const b = copy(good);
    const inserted = await appendEvent(b.events.slice(0, 17), extra);
    b.events.splice(17, 0, inserted);
    let v = await check(b);
    expect(v.problems[0]).toEqual({
      code: 'ADDED',
      index: 17,
      message: 'Phiếu thứ 17 bị thêm vào: sự kiện kế tiếp nối thẳng với sự kiện trước nó.',
    });
    expect(v.problems.map((p) => p.message)).toContain(
      'Sự kiện đóng vòng bỏ phiếu ghi 150 phiếu, đếm lại được 151 phiếu.',
    );
    // a row inserted with a made-up hash
    const naive = copy(good);
    naive.events.splice(17, 0, { prev: 'ab'.repeat(32), hash: 'cd'.repeat(32), event: extra });
    v = await check(naive);
    expect(v.problems[0]?.code).toBe('ADDED');
    expect(v.problems[0]?.message).toMatch(/^Phiếu thứ 17 bị thêm vào/);
  });

  it('finds a deleted ballot', async () => {
    const b = copy(good);
    b.events.splice(17, 1);
    const v = await check(b);
    expect(v.problems[0]).toEqual({
      code: 'REMOVED',
      index: 17,
      message: 'Một phiếu bị xóa ngay trước phiếu thứ 17: chuỗi bị đứt.',
    });
    expect(v.problems.some((p) => p.code === 'CLOSE_COUNT')).toBe(true);
  });

  it('finds two ballots swapped', async () => {
    const b = copy(good);
    const [x, y] = [b.events[3] as ChainEvent, b.events[4] as ChainEvent];
    b.events[3] = y;
    b.events[4] = x;
    const v = await check(b);
    expect(v.problems[0]).toEqual({
      code: 'REORDERED',
      index: 3,
      message: 'Thứ tự bị đảo tại phiếu thứ 3: sự kiện này nối sau một sự kiện đứng sau nó.',
    });
    // the ballot count and the tally are unchanged: only the chain sees it
    expect(v.problems.some((p) => p.code === 'TALLY_MISMATCH')).toBe(false);
  });

  it('finds a changed tally', async () => {
    const b = copy(good);
    const e = b.events[152] as ChainEvent;
    const tally = e.event as TallyEvent;
    b.events[152] = {
      ...e,
      event: {
        ...tally,
        results: tally.results.map((r) =>
          r.candidateId === 'c3'
            ? { ...r, agree: 27, disagree: 3, percentHundredths: 9000, passed: true }
            : r,
        ),
      },
    };
    const v = await check(b);
    expect(v.problems[0]).toEqual({
      code: 'ALTERED',
      index: 152,
      message: 'Sự kiện kết quả kiểm phiếu bị sửa: nội dung không khớp mã băm đã ghi.',
    });
    expect(v.problems.map((p) => p.message)).toContain(
      'Kết quả kiểm phiếu của ứng viên "Lê Thị Hoa" không khớp phiếu đếm lại: ghi đồng ý 27, không đồng ý 3 (90%, đạt); đếm lại được đồng ý 24, không đồng ý 6 (80%, không đạt).',
    );
  });

  it('rejects checkpoints signed by another key', async () => {
    const other = await makeBundle(makeKey(), { publicKey: key.publicKeyPem });
    const v = await check(other);
    expect(v.problems[0]).toEqual({
      code: 'SIGNATURE',
      index: 0,
      message: 'Chữ ký số tại sự kiện mở vòng bỏ phiếu không hợp lệ với khóa công khai của tệp.',
    });
    expect(v.problems.map((p) => p.code)).toEqual(['SIGNATURE', 'SIGNATURE', 'SIGNATURE']);
    // without a verifier the signatures are not checked, and the result says so
    const unchecked = await verifyBundle(other);
    expect(unchecked.ok).toBe(true);
    expect(unchecked.signaturesChecked).toBe(false);
  });

  it('catches a chain rebuilt after a change: by the signed heads, or the signature', async () => {
    const b = copy(good);
    const e = b.events[40] as ChainEvent;
    const ballot = e.event as BallotEvent;
    b.events[40] = {
      ...e,
      event: { ...ballot, choice: ballot.choice === 'AGREE' ? 'DISAGREE' : 'AGREE' },
    };
    b.events = await rechain(b.events);
    let v = await check(b);
    expect(v.problems[0]).toEqual({
      code: 'CHECKPOINT_HEAD',
      index: 151,
      message:
        'Chữ ký tại sự kiện đóng vòng bỏ phiếu xác nhận mã băm khác với chuỗi tính lại: dữ liệu đã bị sửa sau khi ký.',
    });
    // the heads rewritten too: only the key can sign them
    for (const [i, l] of b.events.entries())
      if (l.checkpoint)
        b.events[i] = {
          ...l,
          checkpoint: { ...l.checkpoint, payload: { ...l.checkpoint.payload, head: l.hash } },
        };
    v = await check(b);
    expect(v.problems[0]?.code).toBe('SIGNATURE');
    expect(v.problems[0]?.message).toBe(
      'Chữ ký số tại sự kiện đóng vòng bỏ phiếu không hợp lệ với khóa công khai của tệp.',
    );
    // and the close hash printed in the minutes differs
    const minutes = good.events[151]?.hash as string;
    v = await check(b, { expectedCloseHash: minutes });
    expect(v.problems.find((p) => p.code === 'CLOSE_HASH')?.message).toBe(
      `Mã băm khi đóng vòng bỏ phiếu (${b.events[151]?.hash}) khác mã ghi trong biên bản (${minutes}).`,
    );
  });

  it('reports a missing signature and a checkpoint moved to another event', async () => {
    const b = copy(good);
    const { checkpoint: _dropped, ...bare } = b.events[0] as ChainEvent;
    b.events[0] = bare;
    const moved = good.events[151]?.checkpoint;
    b.events[152] = { ...(b.events[152] as ChainEvent), checkpoint: moved };
    const v = await check(b);
    expect(v.problems.map((p) => p.message)).toEqual([
      'Thiếu chữ ký tại sự kiện mở vòng bỏ phiếu.',
      'Chữ ký tại sự kiện kết quả kiểm phiếu không thuộc vị trí này của chuỗi.',
    ]);
  });

  it('refuses a ballot for a candidate outside the round, and ballots out of id order', async () => {
    const ballots = castBallots();
    ballots[0] = { ...(ballots[0] as BallotEvent), candidateId: 'c9' };
    const b = await makeBundle(key, { ballots });
    let v = await check(b);
    expect(v.problems[0]?.code).toBe('BALLOT_INVALID');
    expect(v.problems[0]?.message).toMatch(
      /^Phiếu thứ \d+ không hợp lệ: ứng viên hoặc lựa chọn không có trong vòng bỏ phiếu\.$/,
    );
    // swapped and rechained and re-signed by the server itself: the id order still shows it
    const swapped = copy(good);
    const [x, y] = [swapped.events[3] as ChainEvent, swapped.events[4] as ChainEvent];
    swapped.events[3] = y;
    swapped.events[4] = x;
    const sign = signWith(key);
    const relinked = await rechain(swapped.events);
    swapped.events = relinked.map((l) =>
      l.checkpoint
        ? {
            ...l,
            checkpoint: {
              payload: { ...l.checkpoint.payload, head: l.hash },
              signature: sign(checkpointBytes({ ...l.checkpoint.payload, head: l.hash })),
            },
          }
        : l,
    );
    v = await check(swapped);
    expect(v.problems.map((p) => p.message)).toEqual([
      'Phiếu thứ 4 không theo thứ tự mã phiếu (trùng mã hoặc bị đảo vị trí).',
    ]);
  });

  it('keeps a paper round verifiable without recounting', async () => {
    const open = openEvent({ mode: 'PAPER' });
    const b = await makeBundle(key, { open, ballots: [] });
    const v = await check(b);
    expect(v.ok).toBe(true);
    expect(v.recounted).toBe(false);
    expect(v.counts).toEqual([]);
  });

  it('says when the file is not a bundle', async () => {
    const v = await check({ ...good, version: 2 as 1 });
    expect(v.problems).toEqual([
      {
        code: 'FORMAT',
        index: null,
        message: 'Tệp không đúng định dạng gói phiếu bầu (phiên bản 1): sai số phiên bản.',
      },
    ]);
    const b = copy(good);
    (b.events[152] as ChainEvent) = {
      ...(b.events[152] as ChainEvent),
      event: { kind: 'TALLY', results: [], talliedAt: 0.5 as unknown as string },
    };
    expect((await check(b)).problems[0]?.message).toBe(
      'Tệp không đúng định dạng gói phiếu bầu (phiên bản 1): sự kiện thứ 153 có dữ liệu không hợp lệ.',
    );
  });
});
