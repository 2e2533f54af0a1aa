import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { UnitEntity } from '../src/modules/org/unit.entity';
import { bacKanDraft } from './campaign-fixtures';
import { graphql } from './gql';
import type { GqlClient } from './setup/gql-client';
import { startTestApp, type TestApp } from './setup/test-app';

/**
 * Issue 10, "Documents": an issued plan's .docx is kept when it is issued and served as kept (never
 * rebuilt), its PDF made after the commit by a job; drafts are built and converted per request; a
 * batch of PDFs runs as one job with progress and a per-plan outcome; outside the reader's scope
 * everything is NOT_FOUND. The PDF checks need LibreOffice and poppler (`soffice`, `pdftotext`,
 * `pdfinfo`), like CI; where they are absent those tests are skipped, saying so.
 */
const CREATE = graphql(`
  mutation DocumentsCreate($input: CreateCampaignPlanInput!) {
    createCampaignPlan(input: $input) {
      id
      version
    }
  }
`);

const SUBMIT = graphql(`
  mutation DocumentsSubmit($input: SubmitCampaignPlanInput!) {
    submitCampaignPlan(input: $input) {
      id
      version
    }
  }
`);

const ISSUE = graphql(`
  mutation DocumentsIssue($input: IssueCampaignPlanInput!) {
    issueCampaignPlan(input: $input) {
      id
      version
      symbol
    }
  }
`);

const PLAN = graphql(`
  query DocumentsPlan($id: ID!) {
    campaignPlan(id: $id) {
      id
      status
      documentUrl
      pdfUrl
      pdfStatus
      pdfAvailable
      storedDocuments {
        format
        sha256
        size
        url
      }
    }
  }
`);

const RENDER = graphql(`
  mutation DocumentsRender($input: RenderCampaignPlanDocumentsInput!) {
    renderCampaignPlanDocuments(input: $input) {
      job {
        id
        kind
        status
        total
      }
      items {
        planId
        position
        status
      }
    }
  }
`);

const BATCH = graphql(`
  query DocumentsBatch($jobId: ID!) {
    campaignDocumentBatch(jobId: $jobId) {
      job {
        id
        status
        progress
        total
        message
        error
      }
      items {
        planId
        position
        status
        created
        error
        durationMs
        pdfUrl
        sha256
        plan {
          id
          title
        }
      }
    }
  }
`);

const JOB = graphql(`
  query DocumentsJob($id: ID!) {
    job(id: $id) {
      id
      status
      progress
      total
      message
      error
    }
  }
`);

const SIGNER = {
  on: [{ authority: 'KT' as const, of: 'Chủ tịch' }],
  title: 'Phó Chủ tịch',
  name: 'Nguyễn Văn Ký',
};

function which(program: string): boolean {
  try {
    execFileSync('which', [program], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const withPdf = which('soffice') && which('pdftotext') && which('pdfinfo');
const NEEDS =
  '(skipped: needs LibreOffice and poppler: apt-get install libreoffice-writer-nogui poppler-utils)';
const pdfIt = withPdf ? it : it.skip;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Polls until `check` holds (no fixed sleeps: the condition is the signal). */
async function until<T>(read: () => Promise<T>, check: (v: T) => boolean, what: string) {
  for (let i = 0; i < 1200; i++) {
    const value = await read();
    if (check(value)) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}: ${JSON.stringify(await read())}`);
}

describe('campaign plan documents: kept at issue, PDF, batches (issue 10)', () => {
  let t: TestApp;
  let province: UnitEntity;
  let abbr: string;
  let officer: GqlClient;
  let leader: GqlClient;
  let stranger: GqlClient;
  let strangerId: string;
  const work = mkdtempSync(join(tmpdir(), 'thidua-documents-spec-'));

  const download = async (client: GqlClient, path: string) => {
    const res = await fetch(`${t.baseUrl}${path}`, {
      headers: { cookie: client.sessionCookie ?? '' },
    });
    return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
  };
  const errorOf = (bytes: Uint8Array) =>
    JSON.parse(new TextDecoder().decode(bytes)) as { code: string; message: string };

  const draft = async (uid: string) =>
    (await officer.ok(CREATE, { input: bacKanDraft(province.id, uid, []) })).createCampaignPlan;

  const issued = async (uid: string) => {
    const plan = await draft(uid);
    await officer.ok(SUBMIT, { input: { id: plan.id, version: plan.version } });
    return (
      await leader.ok(ISSUE, {
        input: {
          id: plan.id,
          version: plan.version + 1,
          issuedOn: '2025-03-10',
          place: 'Bắc Kạn',
          signer: SIGNER,
        },
      })
    ).issueCampaignPlan;
  };

  const pdfText = (bytes: Uint8Array) => {
    const file = join(work, `${sha256(bytes)}.pdf`);
    writeFileSync(file, bytes);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info) ?? [];
    return {
      size: [Math.round(Number(w)), Math.round(Number(h))],
      text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }),
    };
  };

  beforeAll(async () => {
    t = await startTestApp({ PDF_ON_ISSUE: 'true' });
    province = await t.unit(`Tỉnh Văn Bản ${t.uid()}`);
    abbr = `VB${t
      .uid()
      .replace(/[^A-Za-z0-9]/g, '')
      .slice(-6)
      .toUpperCase()}`;
    // the ký hiệu needs the unit's short name (a test shortcut: the org API sets it too)
    await t.db.query(`UPDATE units SET short_name = $1 WHERE id = $2`, [abbr, province.id]);
    const other = await t.unit(`Tỉnh Khác ${t.uid()}`);
    officer = await t.loggedIn((await t.user({ unit: province, role: 'TDKT_OFFICER' })).username);
    leader = await t.loggedIn((await t.user({ unit: province, role: 'LEADER' })).username);
    const strangerUser = await t.user({ unit: other, role: 'TDKT_OFFICER' });
    strangerId = strangerUser.id;
    stranger = await t.loggedIn(strangerUser.username);
  });
  afterAll(async () => {
    await t.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('keeps the .docx built at issue and serves those bytes, never a rebuild', async () => {
    const uid = t.uid();
    const plan = await issued(uid);
    const rows: { format: string; sha256: string }[] = await t.db.query(
      `SELECT format, sha256 FROM campaign_plan_documents WHERE plan_id = $1 AND format = 'DOCX'`,
      [plan.id],
    );
    expect(rows).toHaveLength(1);
    const first = await download(officer, `/api/campaign-plans/${plan.id}/document.docx`);
    expect(first.res.status).toBe(200);
    expect(sha256(first.bytes)).toBe(rows[0]!.sha256);
    const xml = strFromU8(unzipSync(first.bytes)['word/document.xml']!);
    expect(xml).toContain(plan.symbol!);
    const oldName = province.name.toLocaleUpperCase('vi-VN');
    expect(xml).toContain(oldName);

    // the issuer is renamed afterwards: the issued plan still prints what was signed…
    const renamed = `Tỉnh Đổi Tên ${uid}`;
    await t.db.query(`UPDATE units SET name = $1 WHERE id = $2`, [renamed, province.id]);
    try {
      const again = await download(officer, `/api/campaign-plans/${plan.id}/document.docx`);
      expect(sha256(again.bytes)).toBe(rows[0]!.sha256);
      // …while a draft is built from today's data
      const fresh = await draft(t.uid());
      const d = await download(officer, `/api/campaign-plans/${fresh.id}/document.docx`);
      const draftXml = strFromU8(unzipSync(d.bytes)['word/document.xml']!);
      expect(draftXml).toContain(renamed.toLocaleUpperCase('vi-VN'));
      expect(draftXml).not.toContain(oldName);
      // a draft has nothing kept
      expect((await officer.ok(PLAN, { id: fresh.id })).campaignPlan.storedDocuments).toEqual([]);
    } finally {
      await t.db.query(`UPDATE units SET name = $1 WHERE id = $2`, [province.name, province.id]);
    }
  });

  pdfIt(
    `makes the issued plan's PDF after the commit, keeps it and serves it: A4, the title and the symbol ${withPdf ? '' : NEEDS}`,
    async () => {
      const uid = t.uid();
      const plan = await issued(uid);
      const ready = await until(
        () => officer.ok(PLAN, { id: plan.id }),
        (r) => r.campaignPlan.pdfStatus === 'READY',
        'the PDF of the issued plan',
      );
      expect(ready.campaignPlan).toMatchObject({
        pdfUrl: `/api/campaign-plans/${plan.id}/document.pdf`,
        pdfAvailable: true,
      });
      const kept = ready.campaignPlan.storedDocuments;
      expect(kept.map((d) => d.format)).toEqual(['DOCX', 'PDF']);
      const pdfKept = kept.find((d) => d.format === 'PDF')!;
      expect(pdfKept.url).toBe(`/api/campaign-plans/${plan.id}/document.pdf`);

      const { res, bytes } = await download(leader, pdfKept.url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('application/pdf');
      expect(res.headers.get('content-disposition')).toContain(
        `filename*=UTF-8''${encodeURIComponent(`Kế hoạch ${plan.symbol!.replace('/', '-')}.pdf`)}`,
      );
      expect(sha256(bytes)).toBe(pdfKept.sha256);
      expect(bytes.length).toBe(pdfKept.size);
      const { size, text } = pdfText(bytes);
      expect(size).toEqual([595, 842]);
      expect(plan.symbol).toMatch(new RegExp(`^\\d{2}/KH-${abbr}$`));
      expect(text).toContain(plan.symbol!);
      expect(text).toContain(uid);
      expect(text).toContain('KẾ HOẠCH');
      // served twice: the same kept bytes
      expect(sha256((await download(officer, pdfKept.url)).bytes)).toBe(pdfKept.sha256);
    },
    120_000,
  );

  pdfIt(
    `converts a draft's PDF on the fly, with a blank number ${withPdf ? '' : NEEDS}`,
    async () => {
      const uid = t.uid();
      const plan = await draft(uid);
      expect((await officer.ok(PLAN, { id: plan.id })).campaignPlan).toMatchObject({
        pdfStatus: 'ON_DEMAND',
        pdfAvailable: true,
      });
      const { res, bytes } = await download(officer, `/api/campaign-plans/${plan.id}/document.pdf`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toContain(
        encodeURIComponent('Dự thảo kế hoạch.pdf'),
      );
      const { size, text } = pdfText(bytes);
      expect(size).toEqual([595, 842]);
      expect(text).toContain(uid);
      expect(text).toMatch(new RegExp(`Số:\\s+/KH-${abbr}`));
      // nothing is kept for a draft
      const rows = await t.db.query(`SELECT 1 FROM campaign_plan_documents WHERE plan_id = $1`, [
        plan.id,
      ]);
      expect(rows).toEqual([]);
    },
    120_000,
  );

  pdfIt(
    `renders a batch of PDFs as one job, with progress and each plan's outcome ${withPdf ? '' : NEEDS}`,
    async () => {
      const done = await issued(t.uid());
      // the issue's own job made its PDF: the batch finds it kept
      await until(
        () => officer.ok(PLAN, { id: done.id }),
        (r) => r.campaignPlan.pdfStatus === 'READY',
        'the issued plan’s PDF',
      );
      const drafts = [await draft(t.uid()), await draft(t.uid())];
      const ids = [drafts[0]!.id, done.id, drafts[1]!.id];
      const { renderCampaignPlanDocuments: started } = await officer.ok(RENDER, {
        input: { planIds: ids },
      });
      expect(started.job).toMatchObject({ kind: 'documents.campaign-pdf', total: 3 });
      expect(started.items.map((i) => [i.planId, i.position, i.status])).toEqual([
        [ids[0], 0, 'PENDING'],
        [ids[1], 1, 'PENDING'],
        [ids[2], 2, 'PENDING'],
      ]);

      const job = await until(
        () => officer.ok(JOB, { id: started.job.id }),
        (r) => r.job.status === 'SUCCEEDED' || r.job.status === 'FAILED',
        'the batch job',
      );
      expect(job.job).toMatchObject({ status: 'SUCCEEDED', progress: 3, total: 3, error: null });
      expect(job.job.message).toMatch(
        /^Đã tạo 2 bản PDF trong [\d,]+ giây \([\d,]+ giây một bản\); 1 bản đã có sẵn\.$/,
      );

      const { campaignDocumentBatch: batch } = await officer.ok(BATCH, {
        jobId: started.job.id,
      });
      expect(batch.items.map((i) => [i.planId, i.status, i.created, i.error])).toEqual([
        [ids[0], 'DONE', true, null],
        [ids[1], 'DONE', false, null],
        [ids[2], 'DONE', true, null],
      ]);
      expect(batch.items[0]!.plan?.id).toBe(ids[0]);
      for (const item of batch.items) {
        expect(item.durationMs).toEqual(expect.any(Number));
        expect(item.pdfUrl).toBe(
          `/api/campaign-plans/${item.planId}/batches/${started.job.id}/document.pdf`,
        );
        const { res, bytes } = await download(officer, item.pdfUrl!);
        expect(res.status).toBe(200);
        expect(sha256(bytes)).toBe(item.sha256);
        expect(pdfText(bytes).size).toEqual([595, 842]);
      }
      // the issued plan's item is its kept PDF
      const kept = (await officer.ok(PLAN, { id: done.id })).campaignPlan.storedDocuments;
      expect(batch.items[1]!.sha256).toBe(kept.find((d) => d.format === 'PDF')!.sha256);

      // the batch is its starter's: another reader of the plans does not see it
      const colleague = await t.loggedIn(
        (await t.user({ unit: province, role: 'TDKT_OFFICER' })).username,
      );
      expect((await colleague.fails(BATCH, { jobId: started.job.id })).extensions?.code).toBe(
        'NOT_FOUND',
      );
      const theirs = await download(colleague, batch.items[0]!.pdfUrl!);
      expect(theirs.res.status).toBe(404);
    },
    300_000,
  );

  it('bounds a batch and refuses duplicates, queueing nothing', async () => {
    const plan = await draft(t.uid());
    const many = Array.from(
      { length: 501 },
      (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    );
    const tooMany = await officer.fails(RENDER, { input: { planIds: many } });
    expect(tooMany.extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooMany.message).toBe('Mỗi lần tạo tối đa 500 bản PDF.');
    const twice = await officer.fails(RENDER, { input: { planIds: [plan.id, plan.id] } });
    expect(twice.extensions?.fields).toEqual({ planIds: ['Một kế hoạch được chọn hai lần.'] });
    const none = await officer.fails(RENDER, { input: { planIds: [] } });
    expect(none.extensions?.code).toBe('BAD_USER_INPUT');
    const items = await t.db.query(
      `SELECT 1 FROM campaign_document_batch_items WHERE plan_id = $1`,
      [plan.id],
    );
    expect(items).toEqual([]);
  });

  it('answers NOT_FOUND outside the reader’s scope, on every route and operation', async () => {
    const plan = await issued(t.uid());
    const own = await draft(t.uid());
    for (const path of [
      `/api/campaign-plans/${plan.id}/document.docx`,
      `/api/campaign-plans/${plan.id}/document.pdf`,
      `/api/campaign-plans/${own.id}/document.pdf`,
    ]) {
      const { res, bytes } = await download(stranger, path);
      expect(res.status).toBe(404);
      expect(errorOf(bytes).code).toBe('NOT_FOUND');
      expect(errorOf(bytes).message).not.toContain(province.name);
    }
    // one plan out of scope refuses the whole batch, naming nothing
    const mixed = await stranger.fails(RENDER, { input: { planIds: [plan.id] } });
    expect(mixed.extensions?.code).toBe('NOT_FOUND');
    expect(mixed.message).not.toContain(province.name);
    const queued = await t.db.query(`SELECT 1 FROM jobs WHERE actor_id = $1`, [strangerId]);
    expect(queued).toEqual([]);
    // no route serves a stored file by its hash: a hash is not a permission
    const [kept] = await t.db.query(
      `SELECT sha256 FROM campaign_plan_documents WHERE plan_id = $1`,
      [plan.id],
    );
    for (const path of [`/api/files/${kept.sha256}`, `/api/stored-files/${kept.sha256}`]) {
      const { res } = await download(officer, path);
      expect(res.status).toBe(404);
    }
  });
});

describe('campaign plan documents where LibreOffice is absent', () => {
  let t: TestApp;

  beforeAll(async () => {
    const saved = process.env['SOFFICE_PATH'];
    // the app's PDF pool looks for soffice here, and finds nothing
    t = await startTestApp({ SOFFICE_PATH: '/nonexistent/thidua/soffice' });
    if (saved === undefined) delete process.env['SOFFICE_PATH'];
    else process.env['SOFFICE_PATH'] = saved;
  });
  afterAll(() => t.close());

  it('says so in Vietnamese with 503 PDF_UNAVAILABLE, still serves the .docx, never a 500', async () => {
    const province = await t.unit(`Tỉnh Không PDF ${t.uid()}`);
    const officer = await t.loggedIn(
      (await t.user({ unit: province, role: 'TDKT_OFFICER' })).username,
    );
    const { createCampaignPlan: plan } = await officer.ok(CREATE, {
      input: bacKanDraft(province.id, t.uid(), []),
    });
    expect((await officer.ok(PLAN, { id: plan.id })).campaignPlan).toMatchObject({
      pdfStatus: 'UNAVAILABLE',
      pdfAvailable: false,
    });
    const headers = { cookie: officer.sessionCookie ?? '' };
    const pdf = await fetch(`${t.baseUrl}/api/campaign-plans/${plan.id}/document.pdf`, { headers });
    expect(pdf.status).toBe(503);
    expect(await pdf.json()).toEqual({
      code: 'PDF_UNAVAILABLE',
      message: 'Máy chủ chưa cài LibreOffice nên chưa xuất được PDF; vẫn tải được bản .docx.',
    });
    const docx = await fetch(`${t.baseUrl}/api/campaign-plans/${plan.id}/document.docx`, {
      headers,
    });
    expect(docx.status).toBe(200);
    const batch = await officer.fails(RENDER, { input: { planIds: [plan.id] } });
    expect(batch.extensions?.code).toBe('PDF_UNAVAILABLE');
  });
});
