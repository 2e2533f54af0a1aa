import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bacKanCollectiveCampaignReport, bacKanToTrinh } from '../fixtures/bac-kan-dossier';
import { PdfConverter } from '../pdf';
import { buildAchievementReport } from './achievement-report';
import { buildToTrinh } from './to-trinh';

function which(program: string): string | undefined {
  try {
    return execFileSync('which', [program], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

const soffice = which('soffice');
const poppler = which('pdftotext') && which('pdfinfo');

const work = mkdtempSync(join(tmpdir(), 'thidua-awards-pdf-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The text of page `n` (or all pages), runs of white space made one space: lines wrap where they wrap. */
function pageText(file: string, n?: number): string {
  const range = n === undefined ? [] : ['-f', String(n), '-l', String(n)];
  return execFileSync('pdftotext', [...range, file, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  );
}

describe.skipIf(!soffice || !poppler)(
  'PDF of the Bắc Kạn tờ trình and báo cáo thành tích through LibreOffice (skipped: needs soffice and pdftotext, `apt-get install libreoffice-writer-nogui poppler-utils`)',
  () => {
    it('reads as the documents: A4, the letter on page 1, the list on its own page, the report signed', async () => {
      const converter = new PdfConverter({ workDir: work, concurrency: 1 });
      const toTrinh = join(work, 'to-trinh.pdf');
      const report = join(work, 'bao-cao.pdf');
      try {
        writeFileSync(toTrinh, await converter.convert(await buildToTrinh(bacKanToTrinh)));
        writeFileSync(
          report,
          await converter.convert(await buildAchievementReport(bacKanCollectiveCampaignReport)),
        );
      } finally {
        await converter.dispose();
      }

      const info = execFileSync('pdfinfo', [toTrinh], { encoding: 'utf8' });
      const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info) ?? [];
      expect(Math.round(Number(w))).toBe(595);
      expect(Math.round(Number(h))).toBe(842);
      expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(2);
      const letter = pageText(toTrinh, 1);
      for (const phrase of [
        'Mẫu số 01',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'TỜ TRÌNH',
        'Kính gửi: Chánh Văn phòng UBND tỉnh Bắc Kạn.',
        'Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng Văn phòng ngày 06/10/2025;',
        'khen thưởng cho 02 tập thể và 03 cá nhân (có danh sách kèm theo), cụ thể:',
        '- Giấy khen của Chánh Văn phòng: 01 tập thể và 02 cá nhân.',
        'Kính trình Chánh Văn phòng xem xét, quyết định./.',
        'Nơi nhận:',
        'TRƯỞNG PHÒNG',
      ]) {
        expect(letter).toContain(phrase);
      }
      expect(letter).toMatch(/Số: \/TTr-HCTC/);
      expect(letter).not.toContain('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG');
      const list = pageText(toTrinh, 2);
      for (const phrase of [
        'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG',
        'BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH',
        'GIẤY KHEN CỦA CHÁNH VĂN PHÒNG',
        'Bà Lương Thị Thu',
      ]) {
        expect(list).toContain(phrase);
      }

      const text = pageText(report);
      for (const phrase of [
        'Mẫu số 08',
        'BÁO CÁO THÀNH TÍCH',
        'ĐỀ NGHỊ BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH',
        'Tên tập thể: Trung tâm Phục vụ hành chính công tỉnh Bắc Kạn',
        'I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH',
        '3. Kết quả đạt được',
        'Chưa báo cáo',
        '4. Bài học kinh nghiệm',
        'Chưa có hình thức khen thưởng nào.',
        'XÁC NHẬN CỦA CẤP TRÌNH',
        'THỦ TRƯỞNG ĐƠN VỊ',
        'Hà Văn Quân',
      ]) {
        expect(text).toContain(phrase);
      }
    }, 120_000);
  },
);
