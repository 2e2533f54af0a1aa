import { bacKanToTrinh } from '@thidua/documents';
import { asciiName, disposition, documentHash, textBlocks } from './award-document-render';

describe('award document rendering helpers', () => {
  it('reads a text box as paragraphs and bulleted lists', () => {
    expect(
      textBlocks(
        'Tham mưu tổ chức Đại hội.\n\n- Giải quyết 1.250 hồ sơ;\n+ đúng hạn 100%.\nKết thúc.',
      ),
    ).toEqual([
      'Tham mưu tổ chức Đại hội.',
      { kind: 'list', items: ['Giải quyết 1.250 hồ sơ;', 'đúng hạn 100%.'] },
      'Kết thúc.',
    ]);
    expect(textBlocks('  \n ')).toEqual([]);
  });

  it('names files in ASCII every system takes', () => {
    expect(asciiName('Nguyễn Thị Hoa')).toBe('Nguyen-Thi-Hoa');
    expect(asciiName('Đỗ Văn Đức / Tổ "Một cửa"')).toBe('Do-Van-Duc-To-Mot-cua');
    expect(asciiName('!!!')).toBe('tai-lieu');
    expect(asciiName('a'.repeat(80))).toHaveLength(60);
    expect(disposition('Báo cáo thành tích Nguyễn Thị Hoa.docx')).toBe(
      `attachment; filename="Bao-cao-thanh-tich-Nguyen-Thi-Hoa.docx"; filename*=UTF-8''${encodeURIComponent('Báo cáo thành tích Nguyễn Thị Hoa.docx')}`,
    );
  });

  it('hashes a document by its data, whatever order jsonb gives its keys back in', () => {
    const reordered = JSON.parse(
      JSON.stringify(bacKanToTrinh, (_, v: unknown) =>
        v && typeof v === 'object' && !Array.isArray(v)
          ? Object.fromEntries(Object.entries(v).reverse())
          : v,
      ),
    ) as typeof bacKanToTrinh;
    expect(Object.keys(reordered)).not.toEqual(Object.keys(bacKanToTrinh));
    expect(documentHash(reordered)).toBe(documentHash(bacKanToTrinh));
    expect(documentHash({ ...bacKanToTrinh, number: 5 })).not.toBe(documentHash(bacKanToTrinh));
  });
});
