import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { TransactionRunner } from '../../core/database/transaction';
import type { FileStore, StoredFile, StoredFileInfo } from './file-store';
import type { FileMediaType } from './file-types';
import { StoredFileEntity } from './stored-file.entity';

function info(row: StoredFileEntity): StoredFileInfo {
  return {
    sha256: row.sha256,
    mediaType: row.mediaType as FileMediaType,
    size: row.size,
    createdAt: row.createdAt,
  };
}

/**
 * The default FileStore: `stored_files` in the application's database, through the transaction of the
 * call chain when one is open (ADR 0012). Two transactions putting the same bytes meet on the primary
 * key: the second waits for the first and then stores nothing (`ON CONFLICT DO NOTHING`).
 */
@Injectable()
export class DatabaseFileStore implements FileStore {
  constructor(private readonly db: TransactionRunner) {}

  async put(file: { sha256: string; mediaType: FileMediaType; bytes: Uint8Array }): Promise<void> {
    await this.db.manager
      .createQueryBuilder()
      .insert()
      .into(StoredFileEntity)
      .values({
        sha256: file.sha256,
        mediaType: file.mediaType,
        size: file.bytes.length,
        content: Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength),
      })
      .orIgnore()
      .execute();
  }

  async get(sha256: string): Promise<StoredFile | null> {
    const row = await this.db
      .repo(StoredFileEntity)
      .createQueryBuilder('f')
      .addSelect('f.content')
      .where('f.sha256 = :sha256', { sha256 })
      .getOne();
    return row ? { ...info(row), bytes: new Uint8Array(row.content) } : null;
  }

  async exists(sha256: string): Promise<boolean> {
    return this.db.repo(StoredFileEntity).exists({ where: { sha256 } });
  }

  async stat(sha256s: readonly string[]): Promise<StoredFileInfo[]> {
    if (!sha256s.length) return [];
    const rows = await this.db.repo(StoredFileEntity).find({ where: { sha256: In([...sha256s]) } });
    return rows.map(info);
  }
}
