import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AppError } from '../../core/errors/app-error';
import { byKeys, loaderKey } from '../../core/graphql/loaders';
import { FILE_STORE, type FileStore, type StoredFile, type StoredFileInfo } from './file-store';
import { fileProblem, type FileMediaType } from './file-types';

/** The media types the store keeps: what other modules pass to `put`. */
export { FILE_MEDIA_TYPES, type FileMediaType } from './file-types';

const SHA256 = /^[0-9a-f]{64}$/;

/** The hex SHA-256 of the bytes: a stored file's key. */
export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** "Nguyễn Thị Hoa" → "Nguyen-Thi-Hoa": a file name every system takes (at most `max` characters). */
export function asciiName(text: string, max = 60): string {
  const ascii = text
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return ascii.slice(0, max).replace(/-+$/, '') || 'tai-lieu';
}

/**
 * A download's Content-Disposition, with the Vietnamese name for browsers that read it: the one
 * header every record's file route sends (a module serves its files through its own routes).
 */
export function disposition(name: string): string {
  const dot = name.lastIndexOf('.');
  const ascii = dot > 0 ? `${asciiName(name.slice(0, dot))}${name.slice(dot)}` : asciiName(name);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * Files (module `files`, architecture rule 12, ADR 0015): the one way any module stores bytes. `put`
 * checks the bytes against the media type (signature and structure, not the name), the size bound,
 * computes the SHA-256 and hands them to the FileStore; the same bytes put twice are stored once.
 * The key is not a permission: no route serves a file by its hash. A module keeps the hash on its own
 * record and serves the bytes through that record's route, which decides who may read them.
 */
@Injectable()
export class FilesService {
  constructor(@Inject(FILE_STORE) private readonly store: FileStore) {}

  /**
   * Stores the bytes (in the caller's transaction, with the database store) and returns what is
   * stored. Bytes that are not what `mediaType` says, empty or too large: BAD_USER_INPUT on `file`
   * with the reason in Vietnamese, and nothing stored.
   */
  async put(bytes: Uint8Array, mediaType: FileMediaType): Promise<StoredFileInfo> {
    const problem = await fileProblem(bytes, mediaType);
    if (problem) throw AppError.field('file', problem);
    const sha256 = sha256Of(bytes);
    await this.store.put({ sha256, mediaType, bytes });
    const [stored] = await this.store.stat([sha256]);
    if (!stored) throw new Error(`stored file ${sha256} vanished after put`);
    return stored;
  }

  /** The file and its bytes; null for an unknown key (or one that is not a SHA-256 at all). */
  async get(sha256: string): Promise<StoredFile | null> {
    return SHA256.test(sha256) ? this.store.get(sha256) : null;
  }

  async exists(sha256: string): Promise<boolean> {
    return SHA256.test(sha256) && this.store.exists(sha256);
  }

  async stat(sha256: string): Promise<StoredFileInfo | null> {
    if (!SHA256.test(sha256)) return null;
    return (await this.store.stat([sha256]))[0] ?? null;
  }

  /** What is known of each file (size, type, when stored), for GraphQL fields: one query per request. */
  readonly fileInfo = loaderKey<string, StoredFileInfo | null>('storedFileInfo', async (keys) =>
    byKeys(keys, await this.store.stat(keys.filter((k) => SHA256.test(k))), (f) => f.sha256),
  );
}
