import { centralHeaders, patchCentralHeader, zipOfSegments } from './testing/xlsx-fixtures';
import { writeZip, ZipError, ZipReader, type ZipLimits, type ZipProblem } from './xlsx-zip';

const MB = 1024 * 1024;
const LIMITS: ZipLimits = { maxEntries: 100, maxUncompressedBytes: 10 * MB };
const ANY = { maxBytes: 64 * MB };

async function problemOf(run: () => Promise<unknown>): Promise<ZipProblem> {
  try {
    await run();
  } catch (error) {
    if (error instanceof ZipError) return error.problem;
    throw error;
  }
  throw new Error('expected a ZipError');
}

async function readOne(zip: Buffer, name: string, maxBytes = 64 * MB): Promise<Buffer | null> {
  const reader = await ZipReader.open(zip, LIMITS);
  return reader.read(name, { maxBytes });
}

/** Appends a zip64 extended-information extra field to the first central header, as Excel 64-bit tools do. */
function withZip64Size(zip: Buffer, uncompressed: bigint): Buffer {
  const [header] = centralHeaders(zip);
  const nameLength = zip.readUInt16LE(header + 28);
  const oldExtra = zip.readUInt16LE(header + 30);
  const extra = Buffer.alloc(12);
  extra.writeUInt16LE(0x0001, 0);
  extra.writeUInt16LE(8, 2);
  extra.writeBigUInt64LE(uncompressed, 4);
  const centralEnd = header + 46 + nameLength + oldExtra;
  const patched = Buffer.concat([zip.subarray(0, centralEnd), extra, zip.subarray(centralEnd)]);
  patched.writeUInt32LE(0xffffffff, header + 24);
  patched.writeUInt16LE(oldExtra + extra.length, header + 30);
  const eocd = patched.length - 22;
  patched.writeUInt32LE(patched.readUInt32LE(eocd + 12) + extra.length, eocd + 12);
  return patched;
}

describe('xlsx-zip (yauzl reads, fflate writes)', () => {
  it('reads back what writeZip writes, stored and deflated, with UTF-8 names', async () => {
    const text = Buffer.from('Xin chào Việt Nam '.repeat(100));
    const zip = writeZip([
      { name: 'a.txt', data: text },
      { name: 'thư mục/b.xml', data: text, compress: true },
    ]);
    const reader = await ZipReader.open(zip, LIMITS);
    expect(
      reader.entries.map((entry) => [entry.name, entry.method, entry.uncompressedSize]),
    ).toEqual([
      ['a.txt', 0, text.length],
      ['thư mục/b.xml', 8, text.length],
    ]);
    expect(reader.declaredUncompressedBytes).toBe(text.length * 2);
    expect((await reader.read('a.txt', ANY))?.equals(text)).toBe(true);
    expect((await reader.read('THƯ MỤC/B.XML', ANY))?.equals(text)).toBe(true);
    expect(await reader.read('missing.xml', ANY)).toBeNull();
  });

  it('refuses what is not a zip, truncated archives and broken offsets', async () => {
    expect(
      await problemOf(() => ZipReader.open(Buffer.from('hello world, not a zip'), LIMITS)),
    ).toBe('not-zip');
    const zip = writeZip([{ name: 'a.txt', data: Buffer.from('abc'), compress: true }]);
    expect(await problemOf(() => ZipReader.open(zip.subarray(0, zip.length - 5), LIMITS))).toBe(
      'corrupt',
    );
    const badOffset = patchCentralHeader(zip, /a\.txt/, (copy, header) =>
      copy.writeUInt32LE(9_999, header + 42),
    );
    expect(await problemOf(() => readOne(badOffset, 'a.txt'))).toBe('corrupt');
    const badSize = patchCentralHeader(zip, /a\.txt/, (copy, header) =>
      copy.writeUInt32LE(9_999, header + 20),
    );
    expect(await problemOf(() => readOne(badSize, 'a.txt'))).toBe('corrupt');
  });

  it('refuses duplicate names (case-insensitive, as OOXML part names are)', async () => {
    const zip = writeZip([
      { name: 'xl/workbook.xml', data: Buffer.from('a') },
      { name: 'XL/Workbook.xml', data: Buffer.from('b') },
    ]);
    expect(await problemOf(() => ZipReader.open(zip, LIMITS))).toBe('corrupt');
  });

  it('refuses too many entries and too large a declared total before inflating anything', async () => {
    const many = writeZip(
      Array.from({ length: 101 }, (_, i) => ({ name: `${i}.txt`, data: Buffer.from('x') })),
    );
    expect(await problemOf(() => ZipReader.open(many, LIMITS))).toBe('too-many-entries');
    const zip = writeZip([
      { name: 'a.bin', data: Buffer.alloc(6 * MB), compress: true },
      { name: 'b.bin', data: Buffer.alloc(5 * MB), compress: true },
    ]);
    expect(zip.length).toBeLessThan(100 * 1024);
    expect(await problemOf(() => ZipReader.open(zip, LIMITS))).toBe('too-large-uncompressed');
    expect(
      (await ZipReader.open(zip, { ...LIMITS, maxUncompressedBytes: 11 * MB })).entries,
    ).toHaveLength(2);
  });

  it('reads sizes from the zip64 extra field', async () => {
    const zip = writeZip([{ name: 'a.txt', data: Buffer.from('abc'), compress: true }]);
    expect((await ZipReader.open(withZip64Size(zip, 3n), LIMITS)).entries[0].uncompressedSize).toBe(
      3,
    );
    expect(await problemOf(() => ZipReader.open(withZip64Size(zip, 2n ** 40n), LIMITS))).toBe(
      'too-large-uncompressed',
    );
  });

  it('refuses encrypted entries and unknown compression methods', async () => {
    const zip = writeZip([{ name: 'a.txt', data: Buffer.from('abc'), compress: true }]);
    const encrypted = patchCentralHeader(zip, /a\.txt/, (copy, header) =>
      copy.writeUInt16LE(copy.readUInt16LE(header + 8) | 1, header + 8),
    );
    expect(await problemOf(() => ZipReader.open(encrypted, LIMITS))).toBe('encrypted');
    const bzip2 = patchCentralHeader(zip, /a\.txt/, (copy, header) =>
      copy.writeUInt16LE(12, header + 10),
    );
    expect(await problemOf(() => ZipReader.open(bzip2, LIMITS))).toBe('unsupported-method');
  });

  it('refuses a part declaring more than maxBytes before inflating it', async () => {
    const zip = writeZip([{ name: 'big.xml', data: Buffer.alloc(2 * MB), compress: true }]);
    expect(await problemOf(() => readOne(zip, 'big.xml', MB))).toBe('part-too-large');
    expect((await readOne(zip, 'big.xml', 2 * MB))?.length).toBe(2 * MB);
  });

  it('stops inflating an entry as soon as it grows past its declared size', async () => {
    // 1 GB of zeros deflates to about 1 MB; the directory says 1 KB. Inflating it whole would take
    // seconds and a gigabyte: refused at the first chunk instead.
    const lying = patchCentralHeader(
      zipOfSegments([{ name: 'bomb.xml', segments: [{ data: Buffer.alloc(MB), times: 1024 }] }]),
      /bomb/,
      (copy, header) => copy.writeUInt32LE(1_024, header + 24),
    );
    const reader = await ZipReader.open(lying, LIMITS);
    expect(reader.entries[0].uncompressedSize).toBe(1_024);
    const rssBefore = process.memoryUsage().rss;
    expect(await problemOf(() => reader.read('bomb.xml', ANY))).toBe('size-mismatch');
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(50 * MB);
  });

  it('refuses an entry that inflates to less than declared, or is not deflate data', async () => {
    const zip = writeZip([{ name: 'a.xml', data: Buffer.from('abcdef'), compress: true }]);
    const short = patchCentralHeader(zip, /a\.xml/, (copy, header) =>
      copy.writeUInt32LE(100, header + 24),
    );
    expect(await problemOf(() => readOne(short, 'a.xml'))).toBe('size-mismatch');

    const garbage = writeZip([{ name: 'g.xml', data: Buffer.from('x') }]);
    const asDeflate = patchCentralHeader(garbage, /g\.xml/, (copy, header) =>
      copy.writeUInt16LE(8, header + 10),
    );
    expect(await problemOf(() => readOne(asDeflate, 'g.xml'))).toBe('corrupt');
  });

  it('hands each chunk to the observer first, and stops inflating when it throws', async () => {
    const zip = zipOfSegments([
      { name: 'big.xml', segments: [{ data: Buffer.alloc(MB, 'a'), times: 50 }] },
    ]);
    const reader = await ZipReader.open(zip, { ...LIMITS, maxUncompressedBytes: 100 * MB });
    let seen = 0;
    const stop = new Error('enough');
    await expect(
      reader.read('big.xml', {
        maxBytes: 100 * MB,
        observe: (chunk) => {
          seen += chunk.length;
          if (seen > 100_000) throw stop;
        },
      }),
    ).rejects.toBe(stop);
    expect(seen).toBeLessThan(MB);
  });
});
