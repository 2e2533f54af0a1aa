import { Check, Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { MAX_STORED_FILE_BYTES } from './file-types';

/**
 * A stored file (architecture rule 12): its bytes under their SHA-256, so the same bytes are kept once
 * however many records point at them, with the media type and size checked when it was put. The rows
 * never change (no version, no update): a new content is a new row. The database checks what no code
 * path may get wrong: the key is the hash of the bytes, the size is their length and within the bound.
 * Only the files module writes this table (tools/check-table-owners.mjs); other modules keep the hash.
 */
@Entity('stored_files')
@Check('stored_files_sha256_hex', `sha256 ~ '^[0-9a-f]{64}$'`)
@Check('stored_files_content_hash', `sha256 = encode(sha256(content), 'hex')`)
@Check(
  'stored_files_size',
  `size >= 1 AND size <= ${MAX_STORED_FILE_BYTES} AND size = octet_length(content)`,
)
export class StoredFileEntity {
  /** Lower-case hex SHA-256 of `content`: the file's address. */
  @PrimaryColumn({ type: 'text' })
  sha256!: string;

  /** "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"… */
  @Column({ type: 'text' })
  mediaType!: string;

  /** Bytes. */
  @Column({ type: 'int' })
  size!: number;

  /** The bytes; not selected unless asked for, so reading what a file is never drags its content. */
  @Column({ type: 'bytea', select: false })
  content!: Buffer;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
