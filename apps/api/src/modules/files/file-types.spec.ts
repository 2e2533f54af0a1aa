import { strToU8, zipSync } from 'fflate';
import { bacKanOfficePlan, buildPlanDocx } from '@thidua/documents';
import { DOCX_LIMITS, FILE_MEDIA_TYPES, MAX_STORED_FILE_BYTES, fileProblem } from './file-types';

const DOCX = FILE_MEDIA_TYPES.DOCX;
const PDF = FILE_MEDIA_TYPES.PDF;
const WORD_TYPES = `<?xml version="1.0"?><Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;

const pdf = (body = 'x') => strToU8(`%PDF-1.7\n${body}\n%%EOF\n`);

describe('fileProblem: what the file store accepts', () => {
  it('accepts a real .docx (a plan built by libs/documents) and a well-formed PDF', async () => {
    expect(await fileProblem(await buildPlanDocx(bacKanOfficePlan), DOCX)).toBeNull();
    expect(await fileProblem(pdf(), PDF)).toBeNull();
    expect(
      await fileProblem(
        new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]),
        'image/png',
      ),
    ).toBeNull();
    expect(
      await fileProblem(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0xff, 0xd9]), 'image/jpeg'),
    ).toBeNull();
  });

  it('refuses a PDF that does not start with %PDF- or was cut short', async () => {
    expect(await fileProblem(strToU8('<html>%%EOF'), PDF)).toBe(
      'Nội dung tệp không phải PDF hợp lệ: không bắt đầu bằng "%PDF-".',
    );
    expect(await fileProblem(strToU8('%PDF-1.7\n1 0 obj'), PDF)).toBe(
      'Nội dung tệp không phải PDF hợp lệ: thiếu dấu kết thúc "%%EOF" (tệp bị cắt cụt?).',
    );
  });

  it('refuses a .docx that is not a Word document: no zip, no word/document.xml, another main part, macros', async () => {
    const problem = (bytes: Uint8Array) => fileProblem(bytes, DOCX);
    expect(await problem(pdf())).toBe(
      'Nội dung tệp không phải Word (.docx) hợp lệ: không phải tệp nén zip.',
    );
    expect(
      await problem(
        zipSync({ '[Content_Types].xml': strToU8(WORD_TYPES), 'xl/workbook.xml': strToU8('<x/>') }),
      ),
    ).toBe('Nội dung tệp không phải Word (.docx) hợp lệ: thiếu phần nội dung word/document.xml.');
    expect(
      await problem(
        zipSync({
          '[Content_Types].xml': strToU8('<Types/>'),
          'word/document.xml': strToU8('<w:document/>'),
        }),
      ),
    ).toBe(
      'Nội dung tệp không phải Word (.docx) hợp lệ: phần nội dung chính không phải văn bản Word.',
    );
    expect(
      await problem(
        zipSync({
          '[Content_Types].xml': strToU8(WORD_TYPES),
          'word/document.xml': strToU8('<w:document/>'),
          'word/vbaProject.bin': new Uint8Array([1]),
        }),
      ),
    ).toBe('Nội dung tệp không phải Word (.docx) hợp lệ: tài liệu có chứa macro.');
    // a zip cut in half
    const whole = await buildPlanDocx(bacKanOfficePlan);
    expect(await problem(whole.subarray(0, whole.length / 2))).toBe(
      'Nội dung tệp không phải Word (.docx) hợp lệ: tệp nén zip bị hỏng hoặc quá lớn khi giải nén.',
    );
  });

  it('refuses a zip bomb before inflating it: too many parts, or more declared than a .docx holds', async () => {
    const parts: Record<string, Uint8Array> = { '[Content_Types].xml': strToU8(WORD_TYPES) };
    for (let i = 0; i <= DOCX_LIMITS.maxEntries; i++) parts[`word/p${i}.xml`] = strToU8('<x/>');
    parts['word/document.xml'] = strToU8('<w:document/>');
    const broken =
      'Nội dung tệp không phải Word (.docx) hợp lệ: tệp nén zip bị hỏng hoặc quá lớn khi giải nén.';
    expect(await fileProblem(zipSync(parts), DOCX)).toBe(broken);
    // one part that says it inflates to 200 MB (the central directory's size field, patched)
    const zip = zipSync({
      '[Content_Types].xml': strToU8(WORD_TYPES),
      'word/document.xml': new Uint8Array(1024),
    });
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    for (let at = 0; at < zip.length - 4; at++) {
      if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 200 * 1024 * 1024, true);
    }
    expect(await fileProblem(zip, DOCX)).toBe(broken);
  });

  it('refuses empty files, files over 10 MB and types it does not keep', async () => {
    expect(await fileProblem(new Uint8Array(0), PDF)).toBe('Tệp rỗng.');
    const big = new Uint8Array(MAX_STORED_FILE_BYTES + 1);
    big.set(pdf());
    expect(await fileProblem(big, PDF)).toBe('Tệp dung lượng 10 MB, vượt quá giới hạn 10 MB.');
    expect(await fileProblem(pdf(), 'text/html')).toBe(
      'Không lưu được loại tệp "text/html": chỉ nhận Word (.docx), PDF, ảnh PNG, ảnh JPEG.',
    );
    expect(await fileProblem(new Uint8Array([0xff, 0xd8, 0xff, 0]), 'image/jpeg')).toContain(
      'ảnh JPEG hợp lệ',
    );
  });
});
