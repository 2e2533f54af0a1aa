import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  bacKanCouncilMinutes,
  bacKanGiayKhenCertificates,
  bacKanGiayKhenDecision,
  bacKanTallyMinutes,
} from '../fixtures/bac-kan-council';
import { PdfConverter } from '../pdf';
import { CERTIFICATE_LIMITS, buildCertificates } from './certificate';
import { buildAwardDecision } from './decision';
import { buildCouncilMinutes } from './minutes';
import { buildTallyMinutes } from './tally-minutes';

function which(program: string): string | undefined {
  try {
    return execFileSync('which', [program], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

const soffice = which('soffice');
const poppler = which('pdftotext') && which('pdfinfo');

const work = mkdtempSync(join(tmpdir(), 'thidua-councils-pdf-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The text of page `n` (or all pages), runs of white space made one space: lines wrap where they wrap. */
function pageText(file: string, n?: number): string {
  const range = n === undefined ? [] : ['-f', String(n), '-l', String(n)];
  return execFileSync('pdftotext', [...range, file, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  );
}

/** Pages and the size of the first, in points, rounded. */
function info(file: string): { pages: number; width: number; height: number } {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(out) ?? [];
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(out)?.[1]),
    width: Math.round(Number(w)),
    height: Math.round(Number(h)),
  };
}

const HASH = '5d41402abc4b2a76b9719d911017c592ae2f1c3b8d6e7f8091a2b3c4d5e6f708';

describe.skipIf(!soffice || !poppler)(
  'PDF of the Bắc Kạn council’s minutes, decision and certificates through LibreOffice (skipped: needs soffice and pdftotext, `apt-get install libreoffice-writer-nogui poppler-utils`)',
  () => {
    it('reads as the documents: the minutes and the tally portrait, the decision with its list, one landscape page per certificate', async () => {
      const converter = new PdfConverter({ workDir: work, concurrency: 1 });
      const file = (name: string) => join(work, `${name}.pdf`);
      const longest = bacKanGiayKhenCertificates.certificates[0]!;
      try {
        const docs: [string, Uint8Array][] = [
          [
            'minutes',
            await buildCouncilMinutes({
              ...bacKanCouncilMinutes,
              method: 'ELECTRONIC_BALLOT',
              closeHash: HASH,
            }),
          ],
          ['tally', await buildTallyMinutes(bacKanTallyMinutes)],
          ['decision', await buildAwardDecision(bacKanGiayKhenDecision)],
          ['certificates', await buildCertificates(bacKanGiayKhenCertificates)],
          [
            // every field at its limit, a Party issuer, a danh hiệu: still one page
            'longest',
            await buildCertificates({
              ...bacKanGiayKhenCertificates,
              tree: 'PARTY',
              decider: 'Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh Bắc Kạn',
              awardKind: 'TITLE',
              award: 'Chiến sĩ thi đua cơ sở',
              signature: {
                on: [{ mode: 'TM', of: 'Ban Thường vụ' }],
                title: 'Phó Bí thư Thường trực',
                name: 'Vũ Đức Chính',
              },
              certificates: [
                {
                  ...longest,
                  name: 'Trung tâm Phục vụ hành chính công tỉnh Bắc Kạn '
                    .repeat(2)
                    .slice(0, CERTIFICATE_LIMITS.name),
                  detail:
                    'Đơn vị sự nghiệp công lập trực thuộc Văn phòng Ủy ban nhân dân tỉnh Bắc Kạn; '
                      .repeat(3)
                      .slice(0, CERTIFICATE_LIMITS.detail),
                  achievement:
                    `${longest.achievement} và phong trào thi đua chuyển đổi số của tỉnh Bắc Kạn năm 2025 `
                      .repeat(2)
                      .slice(0, CERTIFICATE_LIMITS.achievement),
                },
              ],
            }),
          ],
        ];
        for (const [name, docx] of docs) writeFileSync(file(name), await converter.convert(docx));
      } finally {
        await converter.dispose();
      }

      expect(info(file('minutes'))).toMatchObject({ width: 595, height: 842 });
      const minutes = pageText(file('minutes'));
      for (const phrase of [
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Số: 03/BB-HĐTĐKT',
        'BIÊN BẢN HỌP HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
        'Chủ trì: Đ/c Vũ Đức Chính, Chánh Văn phòng, Chủ tịch Hội đồng.',
        'Thành viên Hội đồng vắng mặt:',
        'có ý kiến bằng văn bản: đồng ý với danh sách đề nghị khen thưởng',
        'Khách mời (tham dự, phát biểu ý kiến, không biểu quyết):',
        'Hội đồng bỏ phiếu kín bằng phiếu điện tử',
        '88,88%',
        'Đạt tỷ lệ, ngoài số lượng',
        `Mã kiểm chứng kết quả bỏ phiếu: ${HASH}`,
        'Cuộc họp kết thúc hồi 10 giờ 30 phút cùng ngày./.',
        'THƯ KÝ',
        'CHỦ TỊCH HỘI ĐỒNG',
      ]) {
        expect(minutes).toContain(phrase);
      }

      const tally = pageText(file('tally'));
      for (const phrase of [
        'BIÊN BẢN KIỂM PHIẾU',
        '- Số phiếu phát ra: 07;',
        '- Số phiếu không hợp lệ: 00;',
        '44,44%',
        'TRƯỞNG BAN KIỂM PHIẾU',
        'Triệu Thị Mai',
      ]) {
        expect(tally).toContain(phrase);
      }

      const decision = info(file('decision'));
      expect(decision).toMatchObject({ width: 595, height: 842 });
      const letter = pageText(file('decision'), 1);
      for (const phrase of [
        'Số: 25/QĐ-VP',
        'QUYẾT ĐỊNH',
        'CHÁNH VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH BẮC KẠN',
        'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
        'QUYẾT ĐỊNH:',
        'Điều 1. Tặng Giấy khen cho 01 tập thể và 02 cá nhân (có danh sách kèm theo)',
        'Tổng số tiền thưởng là 2.830.000 đồng',
      ]) {
        expect(letter).toContain(phrase);
      }
      const list = pageText(file('decision'), decision.pages);
      for (const phrase of [
        'DANH SÁCH ĐƯỢC TẶNG GIẤY KHEN',
        '(Kèm theo Quyết định số 25/QĐ-VP ngày 10/10/2025',
        'Bà Lương Thị Thu',
        'Tổng cộng 2.830.000',
      ]) {
        expect(list).toContain(phrase);
      }
      expect(list).not.toContain('Điều 1.');

      const certificates = info(file('certificates'));
      expect(certificates).toEqual({ pages: 3, width: 842, height: 595 });
      bacKanGiayKhenCertificates.certificates.forEach((c, i) => {
        const page = pageText(file('certificates'), i + 1);
        for (const phrase of [
          'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
          'CHÁNH VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH BẮC KẠN',
          'TẶNG GIẤY KHEN',
          c.name,
          'Số quyết định: 25/QĐ-VP, ngày 10 tháng 10 năm 2025',
          `Số sổ vàng: ${c.goldenBook}`,
          `Mã xác thực: ${c.code}`,
          'CHÁNH VĂN PHÒNG Vũ Đức Chính',
        ]) {
          expect(page).toContain(phrase);
        }
      });
      expect(info(file('longest'))).toEqual({ pages: 1, width: 842, height: 595 });
      expect(pageText(file('longest'))).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    }, 180_000);
  },
);
