import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bacKanOfficePlan } from './fixtures/bac-kan-office-plan';
import {
  DEFAULT_PDF_WORKERS,
  LibreOfficeMissingError,
  PdfBusyError,
  PdfConversionError,
  PdfConverter,
} from './pdf';
import { buildPlanDocx } from './plan/build-plan';

const work = mkdtempSync(join(tmpdir(), 'thidua-pdf-spec-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * A stand-in for soffice that takes the same arguments: it logs when it starts and ends (and with which
 * profile), waits, then writes "document.pdf" into --outdir, or exits with a status.
 */
function fakeSoffice(
  name: string,
  body: { sleep: number; exit?: number },
): { path: string; log: string } {
  const path = join(work, name);
  const log = join(work, `${name}.log`);
  writeFileSync(
    path,
    `#!/bin/sh
profile="$1"
while [ "$#" -gt 1 ]; do [ "$1" = "--outdir" ] && out="$2"; shift; done
echo "start $(date +%s%N) $profile $$" >> "${log}"
sleep ${body.sleep}
${body.exit ? `exit ${body.exit}` : 'printf "%%PDF-fake" > "$out/document.pdf"'}
echo "end $(date +%s%N) $$" >> "${log}"
`,
  );
  chmodSync(path, 0o755);
  return { path, log };
}

/**
 * Each run's span, its start and end paired by the process id: runs in parallel may end in another
 * order than they started (a loaded CI runner paired one run's start with its neighbour's end).
 */
function intervals(log: string): { start: number; end: number; profile: string }[] {
  const lines = readFileSync(log, 'utf8').trim().split('\n');
  const starts = lines.filter((l) => l.startsWith('start')).map((l) => l.split(' '));
  const ends = new Map(
    lines
      .filter((l) => l.startsWith('end'))
      .map((l) => l.split(' '))
      .map(([, at, pid]) => [pid, Number(at)] as const),
  );
  return starts.map((s) => ({
    start: Number(s[1]),
    end: ends.get(s[3]) ?? Infinity,
    profile: s[2] ?? '',
  }));
}

/** The most conversions running at one moment. */
function maxOverlap(spans: { start: number; end: number }[]): number {
  const events = spans.flatMap((s) => [
    [s.start, 1],
    [s.end, -1],
  ]);
  events.sort((a, b) => (a[0] as number) - (b[0] as number) || (a[1] as number) - (b[1] as number));
  let now = 0;
  let max = 0;
  for (const [, d] of events) max = Math.max(max, (now += d as number));
  return max;
}

const docx = new Uint8Array([1, 2, 3]);

describe('PdfConverter without LibreOffice', () => {
  it('says clearly that LibreOffice is absent, whether given a path or a name to look up', async () => {
    for (const soffice of [join(work, 'no-such-soffice'), 'thidua-no-such-soffice']) {
      const converter = new PdfConverter({ soffice, workDir: work });
      expect(await converter.available()).toBe(false);
      const error = await converter.convert(docx).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LibreOfficeMissingError);
      expect((error as Error).message).toBe(
        'LibreOffice không có trên máy này: không tạo được bản PDF, hãy tải bản .docx.',
      );
    }
  });
});

describe('PdfConverter queue (with a stand-in soffice)', () => {
  it('runs one conversion at a time with one worker, all in the same profile', async () => {
    const fake = fakeSoffice('serial', { sleep: 0.2 });
    const converter = new PdfConverter({ soffice: fake.path, workDir: work, concurrency: 1 });
    const out = await Promise.all([1, 2, 3].map(() => converter.convert(docx)));
    expect(out.map((b) => new TextDecoder().decode(b))).toEqual(Array(3).fill('%PDF-fake'));
    const spans = intervals(fake.log);
    expect(spans).toHaveLength(3);
    expect(maxOverlap(spans)).toBe(1);
    expect(new Set(spans.map((s) => s.profile)).size).toBe(1);
    expect(spans[0]?.profile).toMatch(/^-env:UserInstallation=file:\/\/\/.*\/profile-0$/);
    await converter.dispose();
  });

  it('runs up to N at once, each worker with its own profile', async () => {
    const fake = fakeSoffice('parallel', { sleep: 0.4 });
    const converter = new PdfConverter({ soffice: fake.path, workDir: work, concurrency: 2 });
    await Promise.all([1, 2, 3, 4].map(() => converter.convert(docx)));
    const spans = intervals(fake.log);
    expect(maxOverlap(spans)).toBe(2);
    const overlapping = spans.filter((s) =>
      spans.some((t) => t !== s && t.start < s.end && s.start < t.end),
    );
    for (const s of overlapping) {
      for (const t of overlapping) {
        if (t !== s && t.start < s.end && s.start < t.end) expect(t.profile).not.toBe(s.profile);
      }
    }
    expect(new Set(spans.map((s) => s.profile)).size).toBe(2);
    await converter.dispose();
  });

  it('has two workers by default (the two cores of our servers)', async () => {
    const fake = fakeSoffice('default', { sleep: 0.4 });
    const converter = new PdfConverter({ soffice: fake.path, workDir: work });
    expect(converter.concurrency).toBe(DEFAULT_PDF_WORKERS);
    expect(DEFAULT_PDF_WORKERS).toBe(2);
    await Promise.all([1, 2, 3, 4].map(() => converter.convert(docx)));
    expect(maxOverlap(intervals(fake.log))).toBe(2);
    await converter.dispose();
  });

  it('keeps at most maxWaiting conversions in line and refuses the next, clearly', async () => {
    const fake = fakeSoffice('bounded', { sleep: 0.3 });
    const converter = new PdfConverter({
      soffice: fake.path,
      workDir: work,
      concurrency: 1,
      maxWaiting: 2,
    });
    // one runs, two wait, the fourth is refused at once
    const results = await Promise.all(
      [1, 2, 3, 4].map((i) =>
        converter.convert(docx).then(
          () => `ok ${i}`,
          (e: unknown) => e,
        ),
      ),
    );
    expect(results.slice(0, 3)).toEqual(['ok 1', 'ok 2', 'ok 3']);
    expect(results[3]).toBeInstanceOf(PdfBusyError);
    expect((results[3] as PdfBusyError).code).toBe('PDF_FAILED');
    expect((results[3] as Error).message).toContain('vượt quá giới hạn hàng đợi');
    expect(converter.queued).toBe(0);
    // the line is free again
    expect(new TextDecoder().decode(await converter.convert(docx))).toBe('%PDF-fake');
    await converter.dispose();
  });

  it('starts a slot from a fresh profile after a failed run', async () => {
    const failing = fakeSoffice('wipe', { sleep: 0, exit: 2 });
    const root = mkdtempSync(join(work, 'wipe-'));
    const converter = new PdfConverter({ soffice: failing.path, workDir: root, concurrency: 1 });
    const profile = join(root, `thidua-pdf-${process.pid}`, 'profile-0');
    mkdirSync(profile, { recursive: true });
    writeFileSync(join(profile, 'left-over.lock'), 'x');
    await expect(converter.convert(docx)).rejects.toBeInstanceOf(PdfConversionError);
    expect(existsSync(profile)).toBe(false);
    await converter.dispose();
  });

  it('stops a conversion that outlives the timeout, and the queue goes on', async () => {
    const slow = fakeSoffice('slow', { sleep: 30 });
    const converter = new PdfConverter({
      soffice: slow.path,
      workDir: work,
      timeoutMs: 300,
      concurrency: 1,
    });
    const started = Date.now();
    // the second waits for the first's slot, which the timeout frees
    const errors = await Promise.all(
      [1, 2].map(() => converter.convert(docx).catch((e: unknown) => e)),
    );
    for (const error of errors) {
      expect(error).toBeInstanceOf(PdfConversionError);
      expect((error as Error).message).toContain('không chuyển xong sang PDF trong 1 giây');
    }
    expect(Date.now() - started).toBeLessThan(10_000);
    // the whole process group is gone: the script and its `sleep`
    const pid = Number(readFileSync(slow.log, 'utf8').trim().split(' ')[3]);
    expect(() => process.kill(pid, 0)).toThrow();
    await converter.dispose();
  });

  it('reports a failed run with its exit status', async () => {
    const failing = fakeSoffice('failing', { sleep: 0, exit: 3 });
    const converter = new PdfConverter({ soffice: failing.path, workDir: work, concurrency: 1 });
    await expect(converter.convert(docx)).rejects.toThrow(/mã thoát 3/);
    await converter.dispose();
  });
});

function which(program: string): string | undefined {
  try {
    return execFileSync('which', [program], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

const soffice = which('soffice');
const poppler = which('pdftotext') && which('pdfinfo');

describe.skipIf(!soffice || !poppler)(
  'PDF of the Bắc Kạn plan through LibreOffice (skipped: needs soffice and pdftotext, `apt-get install libreoffice-writer-nogui poppler-utils`)',
  () => {
    it('is an A4 PDF with the plan’s text, diacritics intact, numbered from page 2', async () => {
      const converter = new PdfConverter({ workDir: work });
      const pdf = await converter.convert(await buildPlanDocx(bacKanOfficePlan));
      await converter.dispose();
      const file = join(work, 'plan.pdf');
      writeFileSync(file, pdf);
      expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');

      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info) ?? [];
      expect(Math.round(Number(w))).toBe(595);
      expect(Math.round(Number(h))).toBe(842);
      const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
      expect(pages).toBeGreaterThanOrEqual(2);

      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      for (const line of [
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'UBND TỈNH BẮC KẠN',
        'KẾ HOẠCH',
        'I. MỤC ĐÍCH, YÊU CẦU',
        'Nơi nhận:',
        'CHÁNH VĂN PHÒNG',
        'Vũ Đức Chính',
        'nhuần nhuyễn',
      ]) {
        expect(text).toContain(line);
      }
      expect(text).toMatch(/Số:\s+\/KH-VP/);
      // page 1 has no number; page 2 starts with "2"
      const page = (n: number) =>
        execFileSync('pdftotext', ['-f', String(n), '-l', String(n), file, '-'], {
          encoding: 'utf8',
        })
          .trim()
          .split('\n')[0]
          ?.trim();
      expect(page(1)).not.toBe('1');
      expect(page(2)).toBe('2');
    }, 120_000);
  },
);
