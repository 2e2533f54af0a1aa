import { zipSync, type Zippable } from 'fflate';
import { fromBufferPromise, type Entry, type ZipFile } from 'yauzl';

/**
 * The ZIP layer of an .xlsx, on maintained packages: yauzl reads (central directory first, zip64,
 * bounds of every offset, encryption flags, and each entry's inflated size checked against what the
 * directory declares while it streams), fflate writes. What is ours is only the policy: limits on the
 * directory before anything is inflated, a per-part cap, duplicate names, and streaming each part
 * through an observer (the XML guard) so a hostile part is refused after a few KB, not once inflated.
 */

const SIG_LOCAL = 0x04034b50;
const SIG_EOCD = 0x06054b50;

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
  | 'part-too-large'
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

export interface ZipLimits {
  maxEntries: number;
  /** Sum of the uncompressed sizes the directory declares, over every entry (read or not). */
  maxUncompressedBytes: number;
}

export interface ZipEntryInfo {
  /** As yauzl decodes it: "\" turned into "/". */
  name: string;
  method: number;
  compressedSize: number;
  /** What the central directory declares; `read` refuses an entry that inflates to anything else. */
  uncompressedSize: number;
}

/** True when the buffer starts like a ZIP archive (a local file header, or an empty archive). */
export function hasZipSignature(buffer: Buffer): boolean {
  if (buffer.length < 4) return false;
  const sig = buffer.readUInt32LE(0);
  return sig === SIG_LOCAL || sig === SIG_EOCD;
}

/** yauzl reports problems as plain errors; only a size that differs from the declared one matters apart. */
function toZipError(error: unknown): ZipError {
  if (error instanceof ZipError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/bytes in the stream|size mismatch/.test(message))
    return new ZipError('size-mismatch', message);
  return new ZipError('corrupt', message);
}

export class ZipReader {
  private readonly byName = new Map<string, Entry>();

  private constructor(
    private readonly zip: ZipFile,
    readonly entries: ZipEntryInfo[],
    readonly declaredUncompressedBytes: number,
    raw: Entry[],
  ) {
    for (const entry of raw) this.byName.set(entry.fileName.toLowerCase(), entry);
  }

  /**
   * Reads the central directory and checks it before anything is inflated: entry count, the declared
   * total (every entry, directories included: it is what a naive reader would allocate), encryption,
   * compression methods and duplicate names (OOXML part names are case-insensitive). Throws ZipError.
   */
  static async open(buffer: Buffer, limits: ZipLimits): Promise<ZipReader> {
    if (!hasZipSignature(buffer)) throw new ZipError('not-zip', 'no zip signature');
    let zip: ZipFile;
    try {
      zip = await fromBufferPromise(buffer, {
        lazyEntries: true,
        decodeStrings: true,
        validateEntrySizes: true,
        strictFileNames: false,
      });
    } catch (error) {
      throw toZipError(error);
    }
    if (zip.entryCount > limits.maxEntries) {
      zip.close();
      throw new ZipError('too-many-entries', `${zip.entryCount} entries`);
    }
    const raw: Entry[] = [];
    const infos: ZipEntryInfo[] = [];
    const seen = new Set<string>();
    let declared = 0;
    try {
      for await (const entry of zip.eachEntry()) {
        declared += entry.uncompressedSize;
        if (declared > limits.maxUncompressedBytes) {
          throw new ZipError(
            'too-large-uncompressed',
            `declares more than ${limits.maxUncompressedBytes} bytes`,
          );
        }
        if (entry.isEncrypted())
          throw new ZipError('encrypted', `entry ${entry.fileName} is encrypted`);
        if (
          entry.compressionMethod !== ZIP_METHOD_STORED &&
          entry.compressionMethod !== ZIP_METHOD_DEFLATED
        ) {
          throw new ZipError(
            'unsupported-method',
            `entry ${entry.fileName} uses method ${entry.compressionMethod}`,
          );
        }
        const key = entry.fileName.toLowerCase();
        if (seen.has(key)) throw new ZipError('corrupt', `duplicate entry ${entry.fileName}`);
        seen.add(key);
        raw.push(entry);
        infos.push({
          name: entry.fileName,
          method: entry.compressionMethod,
          compressedSize: entry.compressedSize,
          uncompressedSize: entry.uncompressedSize,
        });
      }
    } catch (error) {
      zip.close();
      throw toZipError(error);
    }
    return new ZipReader(zip, infos, declared, raw);
  }

  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }

  /**
   * The entry's bytes, or null when there is none. Refuses ('part-too-large') an entry declaring more
   * than `maxBytes` before inflating it, and ('size-mismatch') one that inflates to anything other than
   * its declared size: yauzl stops the stream at the first chunk past it, so an under-declaring
   * ("lying") bomb costs one zlib chunk, not its real size. Each chunk goes through `observe` first;
   * whatever it throws stops the inflating and is rethrown as is.
   */
  async read(
    name: string,
    options: { maxBytes: number; observe?: (chunk: Buffer) => void },
  ): Promise<Buffer | null> {
    const entry = this.byName.get(name.toLowerCase());
    if (!entry) return null;
    if (entry.uncompressedSize > options.maxBytes) {
      throw new ZipError(
        'part-too-large',
        `${entry.fileName} declares ${entry.uncompressedSize} bytes`,
      );
    }
    const chunks: Buffer[] = [];
    let refusal: { error: unknown } | null = null;
    try {
      const stream = await this.zip.openReadStreamPromise(entry);
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        try {
          options.observe?.(chunk);
        } catch (error) {
          refusal = { error };
          break; // leaving the loop destroys the stream: nothing more is inflated
        }
        chunks.push(chunk);
      }
    } catch (error) {
      throw toZipError(error);
    }
    if (refusal) throw refusal.error;
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
  }

  close(): void {
    this.zip.close();
  }
}

export interface ZipInput {
  name: string;
  data: Uint8Array;
  /** Default: stored (the package built for exceljs lives a few milliseconds, compression would be waste). */
  compress?: boolean;
}

/** A plain archive of the given entries, in order (fflate: CRC-32, UTF-8 names, zip64 when needed). */
export function writeZip(inputs: readonly ZipInput[]): Buffer {
  const files: Zippable = {};
  for (const input of inputs) files[input.name] = [input.data, { level: input.compress ? 6 : 0 }];
  return Buffer.from(zipSync(files));
}
