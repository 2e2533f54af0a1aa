import type { FileMediaType } from './file-types';

/** What is known of a stored file without reading its bytes. */
export interface StoredFileInfo {
  /** Lower-case hex SHA-256 of the bytes: the file's address. */
  sha256: string;
  mediaType: FileMediaType;
  size: number;
  createdAt: Date;
}

export interface StoredFile extends StoredFileInfo {
  bytes: Uint8Array;
}

/**
 * Where file bytes live (architecture rule 12, ADR 0015). Content-addressed: a file's key is the
 * SHA-256 of its bytes, so `put` of bytes already there stores nothing new and the key never points at
 * other bytes. Callers go through FilesService, which checks type, size and content and computes the
 * hash; a store only keeps and returns bytes.
 *
 * The default store is the database (`DatabaseFileStore`, table `stored_files`): a put joins the
 * caller's transaction (ADR 0012), so a frozen document exists exactly when the issue that froze it
 * committed, and one pg_dump backs up the data and the files together. An S3-compatible store would
 * implement the same four methods (a put outside the transaction is harmless: an object no row names
 * is garbage, never a wrong answer, because keys are hashes).
 */
export interface FileStore {
  /** Keeps the bytes under `sha256` (already computed and checked by FilesService); idempotent. */
  put(file: { sha256: string; mediaType: FileMediaType; bytes: Uint8Array }): Promise<void>;
  /** The file with its bytes, or null. */
  get(sha256: string): Promise<StoredFile | null>;
  exists(sha256: string): Promise<boolean>;
  /** What is known of each file that exists (for loaders: one query for many keys), in no order. */
  stat(sha256s: readonly string[]): Promise<StoredFileInfo[]>;
}

/** Nest token of the FileStore in use. */
export const FILE_STORE = Symbol('FILE_STORE');
