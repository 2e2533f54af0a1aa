/**
 * tools/verify-ballots.mjs is the independent verifier: it must reach the same verdict, in the same
 * words, as verifyBundle on every bundle built here, good or tampered. Each case runs the script as
 * a member of the public would (`node tools/verify-ballots.mjs bundle.json`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appendEvent,
  verifyBundle,
  type BallotBundle,
  type BallotEvent,
  type ChainEvent,
  type TallyEvent,
} from './ballot-chain';
import {
  castBallots,
  copy,
  makeBundle,
  makeKey,
  nodeVerifier,
  openEvent,
  rechain,
  type TestKey,
} from './ballot-fixtures';
import { formatPercentHundredths } from './voting';

const SCRIPT = fileURLToPath(new URL('../../../../../tools/verify-ballots.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'verify-ballots-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
function run(bundle: unknown, ...args: string[]) {
  const file = join(dir, `bundle-${++n}.json`);
  writeFileSync(file, JSON.stringify(bundle));
  const r = spawnSync(process.execPath, [SCRIPT, file, ...args], { encoding: 'utf8' });
  const lines = r.stdout.split('\n');
  const first = lines.find((l) => l.startsWith('KHÔNG HỢP LỆ: '));
  const problems = first
    ? [
        first.slice('KHÔNG HỢP LỆ: '.length),
        ...lines.filter((l) => l.startsWith('  - ')).map((l) => l.slice(4)),
      ]
    : [];
  return { status: r.status, stdout: r.stdout, problems };
}

/** Both verifiers on one bundle: same verdict, same problems in the same order, same counts. */
async function agree(bundle: BallotBundle, expectedCloseHash?: string) {
  const ts = await verifyBundle(bundle, { verifySignature: nodeVerifier, expectedCloseHash });
  const script = run(bundle, ...(expectedCloseHash ? ['--close-hash', expectedCloseHash] : []));
  expect(script.status).toBe(ts.ok ? 0 : 1);
  expect(script.problems).toEqual(ts.problems.map((p) => p.message));
  for (const c of ts.counts)
    expect(script.stdout).toContain(
      `  ${c.label}: đồng ý ${c.agree}, không đồng ý ${c.disagree} (${formatPercentHundredths(c.percentHundredths)}, ${c.passed ? 'đạt' : 'không đạt'})`,
    );
  expect(script.stdout).toContain(`Mã băm khi đóng vòng: ${ts.closeHash ?? 'không có'}`);
  return { ts, script };
}

describe('tools/verify-ballots.mjs', () => {
  let key: TestKey;
  let good: BallotBundle;
  beforeAll(async () => {
    key = makeKey();
    good = await makeBundle(key);
  });

  it('prints the round, the recount and HỢP LỆ for a good bundle, and exits 0', async () => {
    const { script } = await agree(good);
    expect(script.stdout).toContain(
      'Vòng bỏ phiếu: Xét tặng danh hiệu Chiến sĩ thi đua cơ sở năm 2025 (vòng 1, mã r-2025-cstdcs-1)',
    );
    expect(script.stdout).toContain('Đạt khi từ 90% tổng số thành viên đồng ý');
    expect(script.stdout).toContain('  Trần Văn Bình: đồng ý 27, không đồng ý 3 (90%, đạt)');
    expect(script.stdout.trimEnd().endsWith('HỢP LỆ')).toBe(true);
    await agree(good, good.events[151]?.hash);
  });

  it('agrees on an altered, an added and a deleted ballot, and on two swapped', async () => {
    const altered = copy(good);
    const e = altered.events[17] as ChainEvent;
    const b = e.event as BallotEvent;
    altered.events[17] = {
      ...e,
      event: { ...b, choice: b.choice === 'AGREE' ? 'DISAGREE' : 'AGREE' },
    };
    expect((await agree(altered)).script.problems[0]).toMatch(/^Phiếu thứ 17 bị sửa: /);

    const added = copy(good);
    const extra: BallotEvent = {
      kind: 'BALLOT',
      ballotId: 'ffff',
      candidateId: 'c1',
      choice: 'AGREE',
    };
    added.events.splice(30, 0, await appendEvent(added.events.slice(0, 30), extra));
    expect((await agree(added)).script.problems[0]).toMatch(/^Phiếu thứ 30 bị thêm vào: /);

    const deleted = copy(good);
    deleted.events.splice(100, 1);
    expect((await agree(deleted)).script.problems[0]).toBe(
      'Một phiếu bị xóa ngay trước phiếu thứ 100: chuỗi bị đứt.',
    );

    const swapped = copy(good);
    [swapped.events[8], swapped.events[60]] = [
      swapped.events[60] as ChainEvent,
      swapped.events[8] as ChainEvent,
    ];
    expect((await agree(swapped)).script.problems[0]).toMatch(/^Thứ tự bị đảo tại phiếu thứ 8: /);
  });

  it('agrees on a changed tally, a rebuilt chain, a foreign key and a wrong close hash', async () => {
    const tallied = copy(good);
    const t = tallied.events[152] as ChainEvent;
    const tally = t.event as TallyEvent;
    tallied.events[152] = {
      ...t,
      event: { ...tally, results: tally.results.map((r) => ({ ...r, passed: true })) },
    };
    expect((await agree(tallied)).script.problems[0]).toBe(
      'Sự kiện kết quả kiểm phiếu bị sửa: nội dung không khớp mã băm đã ghi.',
    );

    const rebuilt = copy(good);
    rebuilt.events.splice(50, 1);
    rebuilt.events = await rechain(rebuilt.events);
    expect((await agree(rebuilt)).script.problems[0]).toBe(
      'Chữ ký tại sự kiện đóng vòng bỏ phiếu ghi vị trí 152, nay ở vị trí 151: có sự kiện bị thêm hoặc xóa trước nó.',
    );

    const foreign = await makeBundle(makeKey(), { publicKey: key.publicKeyPem });
    expect((await agree(foreign)).script.problems[0]).toBe(
      'Chữ ký số tại sự kiện mở vòng bỏ phiếu không hợp lệ với khóa công khai của tệp.',
    );

    const { script } = await agree(good, '0'.repeat(64));
    expect(script.problems[0]).toMatch(
      /^Mã băm khi đóng vòng bỏ phiếu \([0-9a-f]{64}\) khác mã ghi trong biên bản/,
    );
  });

  it('agrees on a majority round, a paper round and a file that is not a bundle', async () => {
    const majority = await makeBundle(key, {
      open: openEvent({ threshold: null, voters: 28 }),
      ballots: castBallots(28),
    });
    const { script } = await agree(majority);
    expect(script.stdout).toContain('Đạt khi quá nửa số thành viên biểu quyết đồng ý');
    await agree(await makeBundle(key, { open: openEvent({ mode: 'PAPER' }), ballots: [] }));
    await agree({ ...good, version: 2 as 1 });
    const broken = copy(good);
    (broken.events[0] as { prev: unknown }).prev = 7;
    await agree(broken);
    const raw = join(dir, 'not-json.json');
    writeFileSync(raw, '{');
    const unreadable = spawnSync(process.execPath, [SCRIPT, raw], { encoding: 'utf8' });
    expect(unreadable.status).toBe(1);
    expect(unreadable.stdout).toMatch(/^KHÔNG HỢP LỆ: không đọc được tệp /);
    expect(spawnSync(process.execPath, [SCRIPT], { encoding: 'utf8' }).status).toBe(1);
  });
});
