#!/usr/bin/env node
// The verifier anyone can run on a council round's ballot bundle (issue 12, domain reference §12):
// recomputes the chain hᵢ = SHA-256(hᵢ₋₁ ‖ canonical JSON), checks the Ed25519 checkpoints, recounts.
// Node ≥ 18, no dependencies, none of the app's code on purpose: it re-implements
// libs/shared/domain/src/councils/ballot-chain.ts, whose sentences it must print byte for byte
// (councils/verify-ballots.spec.ts). Usage: node tools/verify-ballots.mjs bundle.json [--close-hash H]
import { createHash, createPublicKey, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';

const ZERO = '0'.repeat(64);
const V = 'vòng bỏ phiếu';
const KINDS = { OPEN: `mở ${V}`, CLOSE: `đóng ${V}`, TALLY: 'kết quả kiểm phiếu' };
const CHOICES = { AGREE: 'Đồng ý', DISAGREE: 'Không đồng ý' };
const MODES = { PAPER: 'phiếu giấy', ROOM: 'tại phòng họp bằng mã', REMOTE: 'từ xa' };
const has = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
/** Sorted keys, no spaces, undefined properties left out, safe integers only. */
function canonical(v) {
  if (v === null || typeof v === 'boolean' || Number.isSafeInteger(v)) return String(v);
  if (typeof v === 'string') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`; // undefined throws below
  if (typeof v !== 'object') throw new Error(`không ghi được ${typeof v} ${v}`);
  const keys = Object.keys(v).filter((k) => v[k] !== undefined);
  const pairs = keys.sort().map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`);
  return `{${pairs.join(',')}}`;
}

const sha = (data) => createHash('sha256').update(data).digest('hex');
const link = (prev, event) => sha(Buffer.from(prev + canonical(event), 'utf8'));
const pct = (h) =>
  `${Math.floor(h / 100)}${`,${String(h % 100).padStart(2, '0')}`.replace(/,?0+$/, '')}%`;
const verdict = (l) => `${pct(l.percentHundredths)}, ${l.passed ? 'đạt' : 'không đạt'}`;
const line = (l) =>
  l ? `đồng ý ${l.agree}, không đồng ý ${l.disagree} (${verdict(l)})` : 'không có';
const keyOf = (pk) => createPublicKey(typeof pk === 'string' ? pk : { key: pk, format: 'jwk' });
function signed(cp, pk) {
  try {
    const signature = Buffer.from(cp.signature, 'base64');
    return verify(null, Buffer.from(canonical(cp.payload)), keyOf(pk), signature);
  } catch {
    return false;
  }
}

function check(bundle, given) {
  const problems = [];
  const say = (m) => problems.push(m);
  const result = { problems, counts: [], closeHash: null, open: null };
  const format = (d) => {
    say(`Tệp không đúng định dạng gói phiếu bầu (phiên bản 1): ${d}.`);
    return result;
  };
  if (bundle?.version !== 1) return format('sai số phiên bản');
  const links = bundle.events;
  if (!Array.isArray(links) || !links.length) return format('không có sự kiện nào');
  const [own, re] = [[], []]; // each link's hash from its own prev; the chain recomputed from 0
  const str = (x) => typeof x === 'string';
  for (const [i, l] of links.entries()) {
    if (!str(l?.prev) || !str(l.hash) || !str(l.event?.kind))
      return format(`sự kiện thứ ${i + 1} thiếu mã băm hoặc nội dung`);
    try {
      const prev = i ? re[i - 1] : ZERO;
      own.push(link(l.prev, l.event));
      re.push(prev === l.prev ? own[i] : link(prev, l.event));
    } catch {
      return format(`sự kiện thứ ${i + 1} có dữ liệu không hợp lệ`);
    }
  }
  const events = links.map((l) => l.event);
  const kinds = events.map((e) => e.kind);
  const open = (result.open = kinds[0] === 'OPEN' ? events[0] : null);
  const ballotNo = (i) => kinds.slice(0, i + 1).filter((k) => k === 'BALLOT').length;
  const other = (i) =>
    has(KINDS, kinds[i]) ? `sự kiện ${KINDS[kinds[i]]}` : `sự kiện thứ ${i + 1}`;
  const label = (i) => (kinds[i] === 'BALLOT' ? `phiếu thứ ${ballotNo(i)}` : other(i));
  const expected = (i) => (i > 0 ? links[i - 1].hash : ZERO);
  const added = (j) =>
    say(`${cap(label(j))} bị thêm vào: sự kiện kế tiếp nối thẳng với sự kiện trước nó.`);
  // (a) the first broken link, classified
  for (const [i, l] of links.entries()) {
    const linked = l.prev === expected(i);
    if (linked && l.hash === own[i]) continue;
    if (!linked && links.slice(i + 1).some((o) => o.hash === l.prev))
      say(`Thứ tự bị đảo tại ${label(i)}: sự kiện này nối sau một sự kiện đứng sau nó.`);
    else if (i + 1 < links.length && links[i + 1].prev === expected(i)) added(i);
    else if (!linked && i > 0 && l.prev === expected(i - 1)) added(i - 1);
    else if (!linked) {
      const gap =
        ['BALLOT', 'CLOSE'].includes(kinds[i]) && ['OPEN', 'BALLOT'].includes(kinds[i - 1]);
      say(`Một ${gap ? 'phiếu' : 'sự kiện'} bị xóa ngay trước ${label(i)}: chuỗi bị đứt.`);
    } else if (kinds[i] === 'BALLOT') {
      const { candidateId: id, choice: c } = l.event;
      const who = open?.candidates.find((x) => x.id === id)?.label ?? id;
      const now = `ứng viên "${who}", ${has(CHOICES, c) ? CHOICES[c] : String(c)}`;
      say(`Phiếu thứ ${ballotNo(i)} bị sửa: nội dung hiện tại (${now}) không khớp mã băm đã ghi.`);
    } else say(`${cap(label(i))} bị sửa: nội dung không khớp mã băm đã ghi.`);
    break;
  }
  // (b) order of events, the header, each ballot
  const close = kinds.indexOf('CLOSE');
  if (!/^OPEN(,BALLOT)*,CLOSE,TALLY$/.test(kinds.join(',')))
    say('Các sự kiện không theo trình tự: mở vòng, các phiếu, đóng vòng, kết quả kiểm phiếu.');
  const r = bundle.round;
  if (open && (r?.id !== open.roundId || r.title !== open.title || r.roundNo !== open.roundNo))
    say(`Thông tin ${V} ở đầu tệp không khớp sự kiện mở ${V}.`);
  const ballots = events.filter((e) => e.kind === 'BALLOT');
  const known = (b) => open?.candidates.some((c) => c.id === b.candidateId);
  const invalid = ballots.findIndex((b) => !known(b) || !has(CHOICES, b.choice));
  if (invalid >= 0)
    say(`Phiếu thứ ${invalid + 1} không hợp lệ: ứng viên hoặc lựa chọn không có trong ${V}.`);
  const unordered = ballots.findIndex((b, k) => k > 0 && !(ballots[k - 1].ballotId < b.ballotId));
  if (unordered > 0)
    say(`Phiếu thứ ${unordered + 1} không theo thứ tự mã phiếu (trùng mã hoặc bị đảo vị trí).`);
  // (c) the signed checkpoints
  for (const [i, l] of links.entries()) {
    if (!has(KINDS, l.event.kind)) continue;
    const [what, cp, p] = [KINDS[l.event.kind], l.checkpoint, l.checkpoint?.payload];
    const at = `Chữ ký tại sự kiện ${what}`;
    if (!p || !str(cp.signature)) say(`Thiếu chữ ký tại sự kiện ${what}.`);
    else if (p.kind !== l.event.kind || p.roundId !== open?.roundId)
      say(`${at} không thuộc vị trí này của chuỗi.`);
    else if (p.seq !== i)
      say(
        `${at} ghi vị trí ${p.seq + 1}, nay ở vị trí ${i + 1}: có sự kiện bị thêm hoặc xóa trước nó.`,
      );
    else if (p.head !== re[i])
      say(`${at} xác nhận mã băm khác với chuỗi tính lại: dữ liệu đã bị sửa sau khi ký.`);
    else if (!signed(cp, bundle.publicKey))
      say(`Chữ ký số tại sự kiện ${what} không hợp lệ với khóa công khai của tệp.`);
  }
  // (d) the close hash printed in the minutes
  const head = (result.closeHash = close >= 0 ? re[close] : null);
  if (given !== undefined && given.toLowerCase() !== head)
    say(`Mã băm khi đóng ${V} (${head ?? 'không có'}) khác mã ghi trong biên bản (${given}).`);
  // (e) the recount (a paper round has no ballots: its tally is the ban kiểm phiếu's)
  if (!open || open.mode === 'PAPER') return result;
  const { members, voters, threshold: t } = open;
  result.counts = open.candidates.map(({ id, label }) => {
    const agree = ballots.filter((b) => b.candidateId === id && b.choice === 'AGREE').length;
    const disagree = ballots.filter((b) => b.candidateId === id && b.choice === 'DISAGREE').length;
    const percentHundredths = Math.floor((agree * 20000 + members) / (2 * members));
    const passed = t ? agree * t.denominator >= t.numerator * members : agree * 2 > voters;
    return { id, label, agree, disagree, percentHundredths, passed };
  });
  const cast = events[close]?.ballots;
  if (close >= 0 && cast !== ballots.length)
    say(`Sự kiện đóng ${V} ghi ${cast} phiếu, đếm lại được ${ballots.length} phiếu.`);
  const tally = events.find((e) => e.kind === 'TALLY');
  const lines = Array.isArray(tally?.results) ? tally.results : [];
  for (const c of tally ? result.counts : []) {
    const l = lines.find((x) => x?.candidateId === c.id);
    const who = `Kết quả kiểm phiếu của ứng viên "${c.label}"`;
    if (!l || ['agree', 'disagree', 'percentHundredths', 'passed'].some((k) => l[k] !== c[k]))
      say(`${who} không khớp phiếu đếm lại: ghi ${line(l)}; đếm lại được ${line(c)}.`);
  }
  return result;
}

function main(argv) {
  const say = (s) => process.stdout.write(`${s}\n`);
  const at = argv.indexOf('--close-hash');
  const file = argv.find((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1));
  let bundle;
  try {
    bundle = JSON.parse(readFileSync(file ?? '', 'utf8'));
  } catch (e) {
    say(`KHÔNG HỢP LỆ: không đọc được tệp ${file ?? ''} (${e.message}).`);
    say('Cách dùng: node tools/verify-ballots.mjs bundle.json [--close-hash <mã băm>]');
    return 1;
  }
  const { problems, counts, closeHash, open } = check(bundle, at >= 0 ? argv[at + 1] : undefined);
  if (open) {
    const { numerator: n, denominator: d } = open.threshold ?? {};
    const share = (n * 100) % d ? `${n}/${d}` : `${(n * 100) / d}%`;
    const rule = d ? `từ ${share} tổng số thành viên` : 'quá nửa số thành viên biểu quyết';
    say(`Vòng bỏ phiếu: ${open.title} (vòng ${open.roundNo}, mã ${open.roundId})`);
    say(`Hình thức: ${MODES[open.mode]}; ${open.voters}/${open.members} thành viên biểu quyết`);
    say(`Đạt khi ${rule} đồng ý`);
  }
  let fingerprint = 'không đọc được';
  try {
    fingerprint = sha(keyOf(bundle.publicKey).export({ type: 'spki', format: 'der' }));
  } catch {
    // an unreadable key fails every signature below
  }
  say(`Khóa công khai (SHA-256): ${fingerprint}`);
  say(`Mã băm khi đóng vòng: ${closeHash ?? 'không có'}`);
  for (const c of counts) say(`  ${c.label}: ${line(c)}`);
  if (!problems.length) {
    say('HỢP LỆ');
    return 0;
  }
  say(`KHÔNG HỢP LỆ: ${problems[0]}`);
  for (const p of problems.slice(1)) say(`  - ${p}`);
  return 1;
}

process.exitCode = main(process.argv.slice(2));
