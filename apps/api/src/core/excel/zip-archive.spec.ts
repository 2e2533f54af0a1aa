import { centralHeaders, patchCentralHeader } from './testing/xlsx-fixtures';
import {
  buildZip,
  crc32,
  inflateEntry,
  readZipDirectory,
  ZipError,
  type ZipLimits,
  type ZipProblem,
} from './zip-archive';

const LIMITS: ZipLimits = { maxEntries: 100, maxUncompressedBytes: 10 * 1024 * 1024 };

function problemOf(run: () => unknown): ZipProblem {
  try {
    run();
  } catch (error) {
    if (error instanceof ZipError) return error.problem;
    throw error;
  }
  throw new Error('expected a ZipError');
}

async function asyncProblemOf(run: () => Promise<unknown>): Promise<ZipProblem> {
  try {
    await run();
  } catch (error) {
    if (error instanceof ZipError) return error.problem;
    throw error;
  }
  throw new Error('expected a ZipError');
}

/** Appends a zip64 extended-information extra field to the first central header, as Excel 64-bit tools do. */
function withZip64Size(zip: Buffer, uncompressed: bigint): Buffer {
  const [header] = centralHeaders(zip);
  const nameLength = zip.readUInt16LE(header + 28);
  const extra = Buffer.alloc(12);
  extra.writeUInt16LE(0x0001, 0);
  extra.writeUInt16LE(8, 2);
  extra.writeBigUInt64LE(uncompressed, 4);
  const centralEnd = header + 46 + nameLength;
  const patched = Buffer.concat([zip.subarray(0, centralEnd), extra, zip.subarray(centralEnd)]);
  patched.writeUInt32LE(0xffffffff, header + 24);
  patched.writeUInt16LE(extra.length, header + 30);
  const eocd = patched.length - 22;
  patched.writeUInt32LE(patched.readUInt32LE(eocd + 12) + extra.length, eocd + 12);
  return patched;
}

describe('zip-archive', () => {
  it('reads back what buildZip writes, stored and deflated', async () => {
    const text = Buffer.from('Xin chào Việt Nam '.repeat(100));
    const zip = buildZip([
      { name: 'a.txt', data: text },
      { name: 'thư mục/b.xml', data: text, compress: true },
    ]);
    const directory = readZipDirectory(zip, LIMITS);
    expect(
      directory.entries.map((entry) => [entry.name, entry.method, entry.uncompressedSize]),
    ).toEqual([
      ['a.txt', 0, text.length],
      ['thư mục/b.xml', 8, text.length],
    ]);
    expect(directory.declaredUncompressedBytes).toBe(text.length * 2);
    for (const entry of directory.entries) {
      expect((await inflateEntry(zip, entry)).equals(text)).toBe(true);
      expect(entry.crc32).toBe(crc32(text));
    }
  });

  it('computes the standard CRC-32', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32(Buffer.alloc(0))).toBe(0);
  });

  it('refuses what is not a zip, truncated archives and broken offsets', () => {
    expect(problemOf(() => readZipDirectory(Buffer.from('hello world, not a zip'), LIMITS))).toBe(
      'not-zip',
    );
    const zip = buildZip([{ name: 'a.txt', data: Buffer.from('abc') }]);
    expect(problemOf(() => readZipDirectory(zip.subarray(0, zip.length - 5), LIMITS))).toBe(
      'corrupt',
    );
    const badOffset = patchCentralHeader(zip, /a\.txt/, (copy, header) =>
      copy.writeUInt32LE(9_999, header + 42),
    );
    expect(problemOf(() => readZipDirectory(badOffset, LIMITS))).toBe('corrupt');
    const badSize = patchCentralHeader(zip, /a\.txt/, (copy, header) =>
      copy.writeUInt32LE(9_999, header + 20),
    );
    expect(problemOf(() => readZipDirectory(badSize, LIMITS))).toBe('corrupt');
  });

  it('refuses duplicate names (case-insensitive, as OOXML part names are)', () => {
    const zip = buildZip([
      { name: 'xl/workbook.xml', data: Buffer.from('a') },
      { name: 'XL/Workbook.xml', data: Buffer.from('b') },
    ]);
    expect(problemOf(() => readZipDirectory(zip, LIMITS))).toBe('corrupt');
  });

  it('refuses too many entries and too large a declared total before inflating anything', () => {
    const many = buildZip(
      Array.from({ length: 101 }, (_, i) => ({ name: `${i}.txt`, data: Buffer.from('x') })),
    );
    expect(problemOf(() => readZipDirectory(many, LIMITS))).toBe('too-many-entries');
    const zip = buildZip([
      { name: 'a.bin', data: Buffer.alloc(6 * 1024 * 1024), compress: true },
      { name: 'b.bin', data: Buffer.alloc(5 * 1024 * 1024), compress: true },
    ]);
    expect(zip.length).toBeLessThan(100 * 1024);
    expect(problemOf(() => readZipDirectory(zip, LIMITS))).toBe('too-large-uncompressed');
    expect(
      readZipDirectory(zip, { ...LIMITS, maxUncompressedBytes: 11 * 1024 * 1024 }).entries,
    ).toHaveLength(2);
  });

  it('reads sizes from the zip64 extra field', () => {
    const zip = buildZip([{ name: 'a.txt', data: Buffer.from('abc') }]);
    expect(readZipDirectory(withZip64Size(zip, 3n), LIMITS).entries[0].uncompressedSize).toBe(3);
    expect(problemOf(() => readZipDirectory(withZip64Size(zip, 2n ** 40n), LIMITS))).toBe(
      'too-large-uncompressed',
    );
  });

  it('refuses encrypted entries and unknown compression methods', () => {
    const zip = buildZip([{ name: 'a.txt', data: Buffer.from('abc') }]);
    const encrypted = patchCentralHeader(zip, /a\.txt/, (copy, header) =>
      copy.writeUInt16LE(0x0801, header + 8),
    );
    expect(problemOf(() => readZipDirectory(encrypted, LIMITS))).toBe('encrypted');
    const bzip2 = patchCentralHeader(zip, /a\.txt/, (copy, header) =>
      copy.writeUInt16LE(12, header + 10),
    );
    expect(problemOf(() => readZipDirectory(bzip2, LIMITS))).toBe('unsupported-method');
  });

  it('stops inflating an entry as soon as it grows past its declared size', async () => {
    const big = Buffer.alloc(16 * 1024 * 1024);
    const zip = buildZip([{ name: 'bomb.xml', data: big, compress: true }]);
    const lying = patchCentralHeader(zip, /bomb/, (copy, header) =>
      copy.writeUInt32LE(1_024, header + 24),
    );
    const [entry] = readZipDirectory(lying, LIMITS).entries;
    expect(entry.uncompressedSize).toBe(1_024);
    expect(await asyncProblemOf(() => inflateEntry(lying, entry))).toBe('size-mismatch');
  });

  it('refuses an entry that inflates to less than declared, or is not deflate data', async () => {
    const zip = buildZip([{ name: 'a.xml', data: Buffer.from('abcdef'), compress: true }]);
    const short = patchCentralHeader(zip, /a\.xml/, (copy, header) =>
      copy.writeUInt32LE(100, header + 24),
    );
    const [entry] = readZipDirectory(short, LIMITS).entries;
    expect(await asyncProblemOf(() => inflateEntry(short, entry))).toBe('size-mismatch');

    const garbage = buildZip([{ name: 'g.xml', data: Buffer.from('x') }]);
    const asDeflate = patchCentralHeader(garbage, /g\.xml/, (copy, header) =>
      copy.writeUInt16LE(8, header + 10),
    );
    const [bad] = readZipDirectory(asDeflate, LIMITS).entries;
    expect(await asyncProblemOf(() => inflateEntry(asDeflate, bad))).toBe('corrupt');
  });
});
