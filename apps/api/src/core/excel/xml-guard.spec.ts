import {
  DEFAULT_XML_GUARD_LIMITS,
  EXCEL_MAX_CELL_CHARS,
  XmlGuard,
  XmlGuardError,
  type XmlGuardProblem,
} from './xml-guard';

const SMALL = { maxTextChars: 5, maxMarkupBytes: 40 };

/** Feeds the XML one byte at a time (the worst split of chunks) and in one piece; both must agree. */
function check(xml: string, limits = SMALL): XmlGuardProblem | 'ok' {
  const results = [1, xml.length * 4].map((size) => {
    const guard = new XmlGuard(limits);
    const bytes = Buffer.from(xml);
    try {
      for (let at = 0; at < bytes.length; at += size) guard.write(bytes.subarray(at, at + size));
      return 'ok' as const;
    } catch (error) {
      if (error instanceof XmlGuardError) return error.problem;
      throw error;
    }
  });
  expect(results[0]).toBe(results[1]);
  return results[0];
}

describe('XmlGuard', () => {
  it("uses Excel's limit of 32,767 characters by default", () => {
    const cell = (n: number) => `<sst><si><t>${'x'.repeat(n)}</t></si></sst>`;
    expect(check(cell(EXCEL_MAX_CELL_CHARS), DEFAULT_XML_GUARD_LIMITS)).toBe('ok');
    expect(check(cell(EXCEL_MAX_CELL_CHARS + 1), DEFAULT_XML_GUARD_LIMITS)).toBe('text-too-long');
  });

  it('counts characters as JavaScript does: Vietnamese letters one, emoji two, entities what they stand for', () => {
    expect(check('<t>ạạạạạ</t>')).toBe('ok');
    expect(check('<t>ạạạạạạ</t>')).toBe('text-too-long');
    expect(check('<t>😀😀</t>')).toBe('ok');
    expect(check('<t>😀😀😀</t>')).toBe('text-too-long');
    expect(check('<t>&amp;&lt;&#272;&#x1EA1;a</t>')).toBe('ok');
    expect(check('<t>&amp;&lt;&#272;&#x1EA1;ab</t>')).toBe('text-too-long');
    expect(check('<t>&#x1F600;&#128512;a</t>')).toBe('ok');
    expect(check('<t>&#x1F600;&#128512;ab</t>')).toBe('text-too-long');
  });

  it('sums the runs of one rich-text string, not its phonetic guide, and restarts at the next string', () => {
    expect(check('<si><r><t>abc</t></r><r><t>de</t></r></si><si><t>fghij</t></si>')).toBe('ok');
    expect(check('<si><r><t>abc</t></r><r><rPr/><t>def</t></r></si>')).toBe('text-too-long');
    expect(check('<x:is><x:r><x:t>abc</x:t></x:r><x:r><x:t>def</x:t></x:r></x:is>')).toBe(
      'text-too-long',
    );
    expect(check('<si><t>abc</t><rPh sb="0"><t>defgh</t></rPh><t/></si>')).toBe('ok');
    expect(check('<si>\n  <t>abcde</t>\n  </si>')).toBe('ok');
  });

  it('counts CDATA sections as text', () => {
    expect(check('<si><t><![CDATA[a<b]]></t></si>')).toBe('ok');
    expect(check('<si><t><![CDATA[abc]]><![CDATA[def]]></t></si>')).toBe('text-too-long');
  });

  it('bounds every text run, inside cells or not', () => {
    expect(check('<c><v>123456</v></c>')).toBe('text-too-long');
    expect(check('<c><f>SUM(A1)</f></c>')).toBe('text-too-long');
    expect(check('<row>12345<c/>12345</row>')).toBe('ok');
  });

  it('bounds tags, attribute values (">" included), comments and processing instructions', () => {
    expect(check('<?xml version="1.0"?><!-- a > b --><x a=">>>>>"/>')).toBe('ok');
    expect(check(`<x a="${'y'.repeat(50)}"/>`)).toBe('markup-too-long');
    expect(check(`<x a='${'>'.repeat(50)}'/>`)).toBe('markup-too-long');
    expect(check(`<!-- ${'-> '.repeat(20)} -->`)).toBe('markup-too-long');
    expect(check(`<?pi ${'> '.repeat(30)}?>`)).toBe('markup-too-long');
  });

  it('refuses a DOCTYPE (entity expansion)', () => {
    expect(check('<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>')).toBe('doctype');
  });

  // About 0.1 s on an idle machine (linear: each byte is looked at once); how fast is bench's business.
  it('lets 10 MB of ordinary sheet XML through', () => {
    const row = (r: number) =>
      `<row r="${r}"><c r="A${r}" t="s"><v>${r}</v></c><c r="B${r}" t="inlineStr"><is><t>Nguyễn Văn ${r}</t></is></c></row>`;
    const chunk = Buffer.from(Array.from({ length: 1_000 }, (_, i) => row(i + 1)).join(''));
    const guard = new XmlGuard();
    let bytes = 0;
    while (bytes < 10 * 1024 * 1024) {
      expect(() => guard.write(chunk)).not.toThrow();
      bytes += chunk.length;
    }
    expect(bytes).toBeGreaterThanOrEqual(10 * 1024 * 1024);
  });
});
