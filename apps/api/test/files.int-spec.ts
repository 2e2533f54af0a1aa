import { createHash, randomBytes } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';
import { bacKanOfficePlan, buildPlanDocx } from '@thidua/documents';
import { Actor } from '../src/core/auth/actor';
import { systemContext } from '../src/core/context/request-context';
import { TransactionRunner } from '../src/core/database/transaction';
import { AppError } from '../src/core/errors/app-error';
import { FILE_STORE, type FileStore } from '../src/modules/files/file-store';
import { FILE_MEDIA_TYPES } from '../src/modules/files/file-types';
import { FilesService } from '../src/modules/files/files.service';
import { startTestApp, type TestApp } from './setup/test-app';

/**
 * Architecture rule 12: files live behind one storage interface, content-addressed (SHA-256,
 * deduplicated), checked at put, in the database by default (one pg_dump backs up everything). The
 * routes that serve stored bytes are the records' own (a plan's document), scoped like the record:
 * campaign-documents.int-spec.ts; here, that no route serves a file by its hash.
 */
describe('stored files (FileStore in the database)', () => {
  let t: TestApp;
  let files: FilesService;
  let store: FileStore;
  let runner: TransactionRunner;
  const ctx = systemContext(Actor.system('Kiểm thử tệp'));

  /** A PDF no other test makes (random bytes inside). */
  const uniquePdf = () => strToU8(`%PDF-1.7\n% ${randomBytes(16).toString('hex')}\n%%EOF\n`);
  const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
  const rows = async (sha256: string) =>
    (
      await t.db.query(
        `SELECT media_type, size, octet_length(content) AS length FROM stored_files WHERE sha256 = $1`,
        [sha256],
      )
    ).map((r: { media_type: string; size: number; length: number }) => ({
      mediaType: r.media_type,
      size: r.size,
      length: Number(r.length),
    }));

  beforeAll(async () => {
    t = await startTestApp();
    files = t.app.get(FilesService);
    store = t.app.get<FileStore>(FILE_STORE);
    runner = t.app.get(TransactionRunner);
  });
  afterAll(() => t.close());

  it('keeps bytes under their SHA-256 once, however often they are put', async () => {
    const bytes = uniquePdf();
    const first = await files.put(bytes, FILE_MEDIA_TYPES.PDF);
    const second = await files.put(new Uint8Array(bytes), FILE_MEDIA_TYPES.PDF);
    expect(first).toMatchObject({
      sha256: sha(bytes),
      mediaType: 'application/pdf',
      size: bytes.length,
    });
    expect(second).toEqual(first);
    expect(await rows(first.sha256)).toEqual([
      { mediaType: 'application/pdf', size: bytes.length, length: bytes.length },
    ]);
    const got = await files.get(first.sha256);
    expect(got?.bytes).toEqual(bytes);
    expect(await files.exists(first.sha256)).toBe(true);
    expect(await files.stat(first.sha256)).toEqual(first);
    // the same interface the service uses: a replacement store would answer the same
    expect(await store.exists(first.sha256)).toBe(true);
    expect((await store.stat([first.sha256, sha(uniquePdf())])).map((f) => f.sha256)).toEqual([
      first.sha256,
    ]);
    // a key that is not a hash finds nothing, without a query error
    expect(await files.get('../etc/passwd')).toBeNull();
    expect(await files.exists("' OR 1=1 --")).toBe(false);
  });

  it('checks type, size and content at put, and stores nothing it refuses', async () => {
    const docx = await buildPlanDocx({ ...bacKanOfficePlan, title: `Tệp ${t.uid()}` });
    const stored = await files.put(docx, FILE_MEDIA_TYPES.DOCX);
    expect(stored.mediaType).toBe(FILE_MEDIA_TYPES.DOCX);

    const refused = async (bytes: Uint8Array, type: string) => {
      const error = await files.put(bytes, type as never).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect(await rows(sha(bytes))).toEqual([]);
      return (error as AppError).fields?.['file']?.[0];
    };
    // a .docx is not a PDF, and a PDF is not a .docx
    const notPdf = await buildPlanDocx({ ...bacKanOfficePlan, title: `Khác ${t.uid()}` });
    expect(await refused(notPdf, FILE_MEDIA_TYPES.PDF)).toBe(
      'Nội dung tệp không phải PDF hợp lệ: không bắt đầu bằng "%PDF-".',
    );
    expect(await refused(uniquePdf(), FILE_MEDIA_TYPES.DOCX)).toBe(
      'Nội dung tệp không phải Word (.docx) hợp lệ: không phải tệp nén zip.',
    );
    // a zip without word/document.xml (a workbook renamed .docx)
    const workbook = zipSync({ 'xl/workbook.xml': strToU8(`<workbook id="${t.uid()}"/>`) });
    expect(await refused(workbook, FILE_MEDIA_TYPES.DOCX)).toBe(
      'Nội dung tệp không phải Word (.docx) hợp lệ: thiếu phần nội dung word/document.xml.',
    );
    expect(await refused(strToU8(`<script>${t.uid()}</script>`), 'text/html')).toContain(
      'Không lưu được loại tệp "text/html"',
    );
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(uniquePdf());
    expect(await refused(big, FILE_MEDIA_TYPES.PDF)).toContain('vượt quá giới hạn 10 MB');
  });

  it('puts in the caller’s transaction: a rolled-back change leaves no file', async () => {
    const bytes = uniquePdf();
    await expect(
      runner.run(ctx, async () => {
        await files.put(bytes, FILE_MEDIA_TYPES.PDF);
        expect(await files.exists(sha(bytes))).toBe(true);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await rows(sha(bytes))).toEqual([]);
  });

  it('lets the database refuse a row whose key is not the hash of its bytes, or whose size lies', async () => {
    const bytes = uniquePdf();
    await expect(
      t.db.query(
        `INSERT INTO stored_files (sha256, media_type, size, content) VALUES ($1, 'application/pdf', $2, $3)`,
        [sha(uniquePdf()), bytes.length, Buffer.from(bytes)],
      ),
    ).rejects.toThrow(/stored_files_content_hash/);
    await expect(
      t.db.query(
        `INSERT INTO stored_files (sha256, media_type, size, content) VALUES ($1, 'application/pdf', $2, $3)`,
        [sha(bytes), bytes.length + 1, Buffer.from(bytes)],
      ),
    ).rejects.toThrow(/stored_files_size/);
    expect(await rows(sha(bytes))).toEqual([]);
  });

  it('serves no file by its hash: a hash is not a permission', async () => {
    const stored = await files.put(uniquePdf(), FILE_MEDIA_TYPES.PDF);
    const admin = await t.loggedIn(
      (
        await t.user({
          unit: await t.unit(`Tỉnh Tệp ${t.uid()}`),
          role: 'SYSTEM_ADMIN',
          scope: null,
        })
      ).username,
    );
    for (const path of [
      `/api/files/${stored.sha256}`,
      `/api/stored-files/${stored.sha256}`,
      `/api/files/${stored.sha256}.pdf`,
    ]) {
      const res = await fetch(`${t.baseUrl}${path}`, {
        headers: { cookie: admin.sessionCookie ?? '' },
      });
      expect(res.status).toBe(404);
      expect(new TextDecoder().decode(await res.arrayBuffer())).not.toContain('%PDF-');
    }
    // nor does GraphQL know such a thing
    const asked = await admin.request(`query { storedFile(sha256: "${stored.sha256}") { size } }`);
    expect(asked.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
