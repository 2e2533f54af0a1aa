import { promisify } from 'node:util';
import { deflateRawSync, inflateRaw, type ZlibOptions } from 'node:zlib';

/**
 * A deliberately small ZIP reader/writer: enough to inspect an uploaded .xlsx before any XML library
 * touches it (sizes declared in the central directory, encryption, compression methods) and to build
 * the minimal package handed to exceljs. It trusts nothing in the archive: every offset and length is
 * checked against the buffer, and inflating an entry stops as soon as it grows past what it declared.
 */

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
const MAX_COMMENT = 0xffff;

export const ZIP_METHOD_STORED = 0;
export const ZIP_METHOD_DEFLATED = 8;

/** Why an archive was refused; the caller turns it into a Vietnamese message. */
export type ZipProblem =
  | 'not-zip'
  | 'corrupt'
  | 'encrypted'
  | 'unsupported-method'
  | 'too-many-entries'
  | 'too-large-uncompressed'
  | 'size-mismatch';

export class ZipError extends Error {
  constructor(
    readonly problem: ZipProblem,
    detail: string,
  ) {
    super(detail);
    this.name = 'ZipError';
  }
}

export interface ZipEntry {
  /** As stored, with "\" turned into "/" and no leading "/". */
  name: string;
  flags: number;
  method: number;
  crc32: number;
  compressedSize: number;
  /** What the central directory declares; never trusted without `inflateEntry`'s check. */
  uncompressedSize: number;
  /** Where the entry's compressed bytes start (after the local header). */
  dataOffset: number;
}

export interface ZipDirectory {
  entries: ZipEntry[];
  /** Sum of the declared uncompressed sizes of every entry. */
  declaredUncompressedBytes: number;
}

export interface ZipLimits {
  maxEntries: number;
  maxUncompressedBytes: number;
}

/** True when the buffer starts like a ZIP archive (a local file header, or an empty archive). */
export function hasZipSignature(buffer: Buffer): boolean {
  if (buffer.length < 4) return false;
  const sig = buffer.readUInt32LE(0);
  return sig === SIG_LOCAL || sig === SIG_EOCD;
}

function findEndOfCentralDirectory(buffer: Buffer): number {
  const last = buffer.length - EOCD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let at = last; at >= first; at--) {
    if (buffer.readUInt32LE(at) === SIG_EOCD) return at;
  }
  throw new ZipError('corrupt', 'end of central directory not found');
}

function toSafeNumber(value: bigint): number {
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value);
}

interface DirectoryLocation {
  count: number;
  size: number;
  offset: number;
  /** Where the records after the central directory start (zip64 record or EOCD). */
  end: number;
}

function locateDirectory(buffer: Buffer, eocd: number): DirectoryLocation {
  const disk = buffer.readUInt16LE(eocd + 4);
  const cdDisk = buffer.readUInt16LE(eocd + 6);
  let count = buffer.readUInt16LE(eocd + 10);
  let size = buffer.readUInt32LE(eocd + 12);
  let offset = buffer.readUInt32LE(eocd + 16);
  let end = eocd;
  const zip64 = count === 0xffff || size === 0xffffffff || offset === 0xffffffff;
  if (zip64) {
    const locator = eocd - 20;
    if (locator < 0 || buffer.readUInt32LE(locator) !== SIG_ZIP64_LOCATOR) {
      throw new ZipError('corrupt', 'zip64 locator missing');
    }
    const record = toSafeNumber(buffer.readBigUInt64LE(locator + 8));
    if (record + 56 > locator || buffer.readUInt32LE(record) !== SIG_ZIP64_EOCD) {
      throw new ZipError('corrupt', 'zip64 end of central directory missing');
    }
    count = toSafeNumber(buffer.readBigUInt64LE(record + 32));
    size = toSafeNumber(buffer.readBigUInt64LE(record + 40));
    offset = toSafeNumber(buffer.readBigUInt64LE(record + 48));
    end = record;
  } else if (disk !== 0 || cdDisk !== 0) {
    throw new ZipError('corrupt', 'multi-disk archive');
  }
  if (offset + size > end) throw new ZipError('corrupt', 'central directory out of bounds');
  return { count, size, offset, end };
}

/** Sizes and offset from a zip64 "extended information" extra field, for the fields set to 0xFFFFFFFF. */
function applyZip64Extra(
  extra: Buffer,
  sizes: { uncompressed: number; compressed: number; localOffset: number },
): void {
  let at = 0;
  while (at + 4 <= extra.length) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    const body = at + 4;
    if (body + length > extra.length) break;
    if (id === 0x0001) {
      let field = body;
      const next = (): number => {
        if (field + 8 > body + length) throw new ZipError('corrupt', 'short zip64 extra field');
        const value = toSafeNumber(extra.readBigUInt64LE(field));
        field += 8;
        return value;
      };
      if (sizes.uncompressed === 0xffffffff) sizes.uncompressed = next();
      if (sizes.compressed === 0xffffffff) sizes.compressed = next();
      if (sizes.localOffset === 0xffffffff) sizes.localOffset = next();
      return;
    }
    at = body + length;
  }
}

export function normaliseEntryName(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '');
}

/**
 * Parses the End Of Central Directory record and every central directory header, checking the limits
 * before anything is decompressed. Throws `ZipError`.
 */
export function readZipDirectory(buffer: Buffer, limits: ZipLimits): ZipDirectory {
  if (!hasZipSignature(buffer) || buffer.length < EOCD_SIZE) {
    throw new ZipError('not-zip', 'no zip signature');
  }
  const location = locateDirectory(buffer, findEndOfCentralDirectory(buffer));
  if (location.count > limits.maxEntries) {
    throw new ZipError('too-many-entries', `${location.count} entries`);
  }

  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let declared = 0;
  let at = location.offset;
  const end = location.offset + location.size;
  for (let i = 0; i < location.count; i++) {
    if (at + CENTRAL_SIZE > end || buffer.readUInt32LE(at) !== SIG_CENTRAL) {
      throw new ZipError('corrupt', `central header ${i} missing`);
    }
    const flags = buffer.readUInt16LE(at + 8);
    const method = buffer.readUInt16LE(at + 10);
    const crc32 = buffer.readUInt32LE(at + 16);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    const next = at + CENTRAL_SIZE + nameLength + extraLength + commentLength;
    if (next > end) throw new ZipError('corrupt', `central header ${i} out of bounds`);
    const nameBytes = buffer.subarray(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength);
    const name = normaliseEntryName(nameBytes.toString(flags & 0x0800 ? 'utf8' : 'latin1'));
    const sizes = {
      compressed: buffer.readUInt32LE(at + 20),
      uncompressed: buffer.readUInt32LE(at + 24),
      localOffset: buffer.readUInt32LE(at + 42),
    };
    const extraStart = at + CENTRAL_SIZE + nameLength;
    applyZip64Extra(buffer.subarray(extraStart, extraStart + extraLength), sizes);

    // Count every entry, directories and duplicates included, before refusing anything else: the
    // declared total is what a naive reader would try to allocate.
    declared += sizes.uncompressed;
    if (declared > limits.maxUncompressedBytes) {
      throw new ZipError(
        'too-large-uncompressed',
        `declares more than ${limits.maxUncompressedBytes} bytes`,
      );
    }
    if (flags & 0x0001) throw new ZipError('encrypted', `entry ${name} is encrypted`);
    if (method !== ZIP_METHOD_STORED && method !== ZIP_METHOD_DEFLATED) {
      throw new ZipError('unsupported-method', `entry ${name} uses method ${method}`);
    }
    const key = name.toLowerCase();
    if (seen.has(key)) throw new ZipError('corrupt', `duplicate entry ${name}`);
    seen.add(key);

    const local = sizes.localOffset;
    if (local + LOCAL_SIZE > location.offset || buffer.readUInt32LE(local) !== SIG_LOCAL) {
      throw new ZipError('corrupt', `local header of ${name} missing`);
    }
    const dataOffset =
      local + LOCAL_SIZE + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    if (dataOffset + sizes.compressed > location.offset) {
      throw new ZipError('corrupt', `data of ${name} out of bounds`);
    }
    entries.push({
      name,
      flags,
      method,
      crc32,
      compressedSize: sizes.compressed,
      uncompressedSize: sizes.uncompressed,
      dataOffset,
    });
    at = next;
  }
  return { entries, declaredUncompressedBytes: declared };
}

const inflateRawAsync = promisify<Buffer, ZlibOptions, Buffer>(inflateRaw);

/**
 * The entry's bytes. Refuses (ZipError 'size-mismatch') an entry that inflates to anything other than
 * its declared size, so a central directory that under-declares cannot smuggle a bomb past the limits:
 * zlib stops at `maxOutputLength` instead of allocating whatever the stream expands to.
 */
export async function inflateEntry(buffer: Buffer, entry: ZipEntry): Promise<Buffer> {
  const raw = buffer.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === ZIP_METHOD_STORED) {
    if (raw.length !== entry.uncompressedSize) {
      throw new ZipError('size-mismatch', `${entry.name}: stored size differs`);
    }
    return raw;
  }
  let data: Buffer;
  try {
    data = await inflateRawAsync(raw, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') {
      throw new ZipError('size-mismatch', `${entry.name}: inflates past its declared size`);
    }
    throw new ZipError('corrupt', `${entry.name}: ${code ?? 'inflate failed'}`);
  }
  if (data.length !== entry.uncompressedSize) {
    throw new ZipError('size-mismatch', `${entry.name}: inflated size differs`);
  }
  return data;
}

const CRC_TABLE: Uint32Array = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) {
    crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

export interface ZipInput {
  name: string;
  data: Buffer;
  /** Default: stored (the package built for exceljs lives a few milliseconds, compression would be waste). */
  compress?: boolean;
}

/** A plain (non-zip64) archive of the given entries. */
export function buildZip(inputs: readonly ZipInput[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const input of inputs) {
    const name = Buffer.from(input.name, 'utf8');
    const body = input.compress ? deflateRawSync(input.data) : input.data;
    const method = input.compress ? ZIP_METHOD_DEFLATED : ZIP_METHOD_STORED;
    const crc = crc32(input.data);

    const local = Buffer.alloc(LOCAL_SIZE);
    local.writeUInt32LE(SIG_LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0x0021, 12); // 01/01/1980
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(input.data.length, 22);
    local.writeUInt16LE(name.length, 26);

    const central = Buffer.alloc(CENTRAL_SIZE);
    central.writeUInt32LE(SIG_CENTRAL, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(0x0021, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(input.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);

    locals.push(local, name, body);
    centrals.push(central, name);
    offset += LOCAL_SIZE + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const eocd = Buffer.alloc(EOCD_SIZE);
  eocd.writeUInt32LE(SIG_EOCD, 0);
  eocd.writeUInt16LE(inputs.length, 8);
  eocd.writeUInt16LE(inputs.length, 10);
  eocd.writeUInt32LE(directory.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, eocd]);
}
