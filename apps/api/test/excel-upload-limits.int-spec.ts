import { EXCEL_READ_GATE, READ_GATE_MESSAGES } from '../src/core/excel/read-gate';
import { xlsxWithHugeText } from '../src/core/excel/testing/xlsx-fixtures';
import type { GqlClient } from './setup/gql-client';
import { startTestApp, type TestApp } from './setup/test-app';

const MB = 1024 * 1024;
const PERSON_HEADER = [
  'Mã nhân sự',
  'Họ và tên',
  'Giới tính',
  'Mã đơn vị',
  'Chức vụ',
  'Loại cán bộ',
];

/**
 * Issue 9 A4 over REST: a 160 KB .xlsx whose one shared string is 150 MB ended the process ("JavaScript
 * heap out of memory"); a 40 MB one peaked at 1.4 GB and was stored in the batch and served back.
 */
describe('Excel uploads: memory and concurrency bounds', () => {
  let t: TestApp;
  let officer: GqlClient;

  beforeAll(async () => {
    t = await startTestApp();
    const province = await t.unit('Tỉnh Giới hạn tệp');
    officer = await t.loggedIn((await t.user({ unit: province, role: 'TDKT_OFFICER' })).username);
  });
  afterAll(() => t.close());

  async function upload(file: Buffer, name: string) {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(file)]), name);
    const headers: Record<string, string> = { 'x-forwarded-for': officer.address };
    if (officer.sessionCookie) headers['cookie'] = officer.sessionCookie;
    const res = await fetch(`${t.baseUrl}/api/imports/people`, {
      method: 'POST',
      headers,
      body: form,
    });
    return {
      status: res.status,
      body: (await res.json()) as {
        batchId?: string;
        code?: string;
        message?: string;
        fields?: Record<string, string[]>;
      },
    };
  }

  const batchesNamed = async (name: string) =>
    Number(
      (await t.db.query(`SELECT count(*) AS n FROM import_batches WHERE file_name = $1`, [name]))[0]
        .n,
    );

  it('refuses a 150 MB and a 40 MB shared string with a Vietnamese 400, stores nothing, and stays small', async () => {
    for (const [chars, message] of [
      [150 * MB, /vượt quá 64 MB sau khi giải nén/],
      [40 * MB, /ô chứa hơn 32\.767 ký tự \(giới hạn của Excel\)/],
    ] as const) {
      const file = xlsxWithHugeText({ chars, headers: PERSON_HEADER });
      expect(file.length).toBeLessThan(200 * 1024);
      const name = `chuoi-dai-${chars / MB}-${t.uid()}.xlsx`;
      const before = process.memoryUsage().rss;
      const res = await upload(file, name);
      // The server runs in this process: its growth is ours.
      expect((process.memoryUsage().rss - before) / MB).toBeLessThan(150);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({
        code: 'BAD_USER_INPUT',
        message: expect.stringMatching(message),
      });
      expect(res.body.fields?.['file']).toEqual([res.body.message]);
      expect(await batchesNamed(name)).toBe(0);
    }
  });

  it('answers 429 with a Vietnamese message when two files are being read and two are waiting', async () => {
    const releases: (() => void)[] = [];
    const occupied = Array.from({ length: 4 }, () =>
      EXCEL_READ_GATE.run(() => new Promise<void>((resolve) => releases.push(resolve))),
    );
    await new Promise((resolve) => setImmediate(resolve));
    const name = `ban-${t.uid()}.xlsx`;
    try {
      const res = await upload(xlsxWithHugeText({ chars: 10, headers: PERSON_HEADER }), name);
      expect(res.status).toBe(429);
      expect(res.body).toMatchObject({ code: 'RATE_LIMITED', message: READ_GATE_MESSAGES.busy });
    } finally {
      while (releases.length > 0) {
        releases.shift()?.();
        await new Promise((resolve) => setImmediate(resolve));
      }
      await Promise.all(occupied);
    }
    expect(await batchesNamed(name)).toBe(0);
    // Free again: the same file is read (its rows have problems, but the batch is stored).
    const again = await upload(xlsxWithHugeText({ chars: 10, headers: PERSON_HEADER }), name);
    expect(again.status).toBe(200);
    expect(await batchesNamed(name)).toBe(1);
  });
});
