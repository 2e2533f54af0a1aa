import { randomUUID } from 'node:crypto';
import { buildPlanDocx, type PlanDocument } from '@thidua/documents';
import {
  CAMPAIGN_PLAN_LIMITS,
  inlinePlainText,
  LEGAL_DOCUMENT_KINDS,
  NATIONAL_LEGAL_DOCUMENTS,
  parseInlineMarkup,
  SYSTEM_UNIT_KINDS,
} from '@thidua/shared-domain';
import { AppError } from '../core/errors/app-error';
import { createValidationPipe } from '../core/validation/validation.pipe';
import { planDocumentParts, plainContent } from '../modules/campaigns/campaign-plan-content';
import {
  CreateCampaignPlanInput,
  IssueCampaignPlanInput,
} from '../modules/campaigns/campaign.inputs';
import {
  answerPlan,
  DEMO_ANSWERS,
  DEMO_CAMPAIGNS,
  DEMO_LEGAL_DOCUMENTS,
  DEMO_REGISTRATIONS,
  THAI_BINH_ANSWER_DEADLINE,
  type DemoBasis,
  type DemoCampaignSpec,
} from './demo-campaigns';
import { DEMO_CLUSTERS, DEMO_PEOPLE, DEMO_RESTRUCTURINGS, DEMO_UNITS } from './demo-province';
import { docxParagraphs } from '../testing/docx-paragraphs';

const pipe = createValidationPipe();

const unitOf = (code: string) => DEMO_UNITS.find((u) => u.code === code)!;
const seed = (s: DemoCampaignSpec['seed']) => DEMO_CAMPAIGNS.find((c) => c.seed === s)!;

function basisDocument(b: DemoBasis) {
  return 'local' in b
    ? DEMO_LEGAL_DOCUMENTS.find((d) => d.number === b.local)
    : NATIONAL_LEGAL_DOCUMENTS.find((d) => d.number === b.national);
}

/** The plan as the issuing step prints it (CampaignDocuments.planDocument, without a database). */
function printed(c: DemoCampaignSpec): PlanDocument {
  const unit = unitOf(c.issuer);
  const parent = unit.parent ? unitOf(unit.parent) : undefined;
  const parts = planDocumentParts(plainContent(c.content));
  const cited = c.bases.map((b) => {
    const d = basisDocument(b)!;
    const [y, m, day] = (d.issuedOn ?? '').split('-').map(Number);
    return `${LEGAL_DOCUMENT_KINDS[d.kind]} số ${d.number} ngày ${day}/${m}/${y} của ${d.issuingBody} ${d.title ?? ''}`;
  });
  return {
    ...parts,
    issuer: {
      tree: SYSTEM_UNIT_KINDS[unit.kind].tree,
      parentBody: parent?.name,
      body: unit.name,
      code: unit.shortName!,
    },
    number: 1,
    place: c.issue.place,
    date: c.issue.issuedOn,
    title: c.title,
    basis: {
      verb: 'Căn cứ',
      documents: cited,
      resolution: `${unit.name} xây dựng kế hoạch, như sau:`,
    },
    period: { from: c.periodFrom, to: c.periodTo },
  };
}

/** Running text as it reads on the page: inline markup and footnotes taken out. */
const reads = (text: string) => inlinePlainText(parseInlineMarkup(text));

/** The footnotes typed in the running text of a content ("… thủy lợi[^…]"), in order. */
function typedNotes(value: unknown): string[] {
  if (typeof value === 'string') {
    return parseInlineMarkup(value).flatMap((p) => (p.kind === 'note' ? [p.text] : []));
  }
  if (Array.isArray(value)) return value.flatMap(typedNotes);
  if (value && typeof value === 'object') return Object.values(value).flatMap(typedNotes);
  return [];
}

/** Every text of the .docx (body, then footnotes), one paragraph per entry. */
async function docxText(c: DemoCampaignSpec): Promise<{ body: string; footnotes: string }> {
  const bytes = await buildPlanDocx(printed(c));
  return {
    body: docxParagraphs(bytes).join('\n'),
    footnotes: docxParagraphs(bytes, 'word/footnotes.xml').join('\n'),
  };
}

describe('demo campaigns: the four seed plans as data', () => {
  it('are one plan per seed, each at a demo unit whose short name gives the ký hiệu', () => {
    expect(DEMO_CAMPAIGNS.map((c) => c.seed).sort()).toEqual(['000', '001', '002', '003']);
    const expected: Record<string, [string, string]> = {
      '000': ['VLG-TU', 'TU'],
      '001': ['VLG-VP', 'VP'],
      '002': ['VLG-DU-SXD', 'ĐU'],
      '003': ['VLG', 'UBND'],
    };
    for (const c of DEMO_CAMPAIGNS) {
      const [code, short] = expected[c.seed]!;
      expect(c.issuer).toBe(code);
      expect(unitOf(c.issuer).shortName).toBe(short);
      // issued while the unit exists, within a period of 2024-2026 (the demo's timeline)
      expect(c.issue.issuedOn >= unitOf(c.issuer).validFrom).toBe(true);
      expect(c.periodFrom >= '2024-01-01' && c.periodTo <= '2026-12-31').toBe(true);
      expect(c.periodFrom <= c.periodTo).toBe(true);
    }
    expect(unitOf('VLG-DU-SXD')).toMatchObject({ kind: 'PARTY_BASE', parent: 'VLG-DU-UBND' });
  });

  it('pass the validation of the API inputs (createCampaignPlan and issueCampaignPlan)', async () => {
    for (const c of DEMO_CAMPAIGNS) {
      const input = {
        issuerUnitId: randomUUID(),
        kind: c.kind,
        scope: c.scope,
        title: c.title,
        periodFrom: c.periodFrom,
        periodTo: c.periodTo,
        legalDocumentIds: c.bases.map(() => randomUUID()),
        content: c.content,
      };
      await expect(
        pipe.transform(input, { type: 'body', metatype: CreateCampaignPlanInput }),
      ).resolves.toBeInstanceOf(CreateCampaignPlanInput);
      await expect(
        pipe.transform(
          { id: randomUUID(), version: 2, ...c.issue },
          { type: 'body', metatype: IssueCampaignPlanInput },
        ),
      ).resolves.toBeInstanceOf(IssueCampaignPlanInput);
      expect(c.title.length).toBeLessThanOrEqual(CAMPAIGN_PLAN_LIMITS.title);
    }
  });

  it('would be refused by the same validation if a part broke a bound', async () => {
    const c = seed('001');
    const tooLong = {
      ...c.content,
      sections: [{ title: 'x'.repeat(CAMPAIGN_PLAN_LIMITS.label + 1), paragraphs: ['…'] }],
    };
    const refused = await pipe
      .transform(
        {
          issuerUnitId: randomUUID(),
          kind: c.kind,
          scope: c.scope,
          title: c.title,
          periodFrom: c.periodFrom,
          periodTo: c.periodTo,
          legalDocumentIds: [],
          content: tooLong,
        },
        { type: 'body', metatype: CreateCampaignPlanInput },
      )
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect(Object.keys((refused as AppError).fields ?? {})).toEqual(['content.sections.0.title']);
  });

  it('cite documents of the legal registry: shipped national ones or the demo province’s own', () => {
    for (const c of DEMO_CAMPAIGNS) {
      expect(c.bases.length).toBeGreaterThan(0);
      for (const b of c.bases) expect(basisDocument(b)).toBeDefined();
    }
    for (const d of DEMO_LEGAL_DOCUMENTS) {
      expect(unitOf(d.issuer)).toBeDefined();
      expect(d.issuedOn >= unitOf(d.issuer).validFrom).toBe(true);
      expect(d.title).toMatch(/^Về /);
    }
  });

  it('are signed by the demo person holding the post on the day of issue', () => {
    const posts: Record<string, [string, string]> = {
      '000': ['VLG-TU', 'Phó Bí thư Tỉnh ủy'],
      '001': ['VLG-VP', 'Chánh Văn phòng'],
      '002': ['VLG-DU-SXD', 'Bí thư Đảng ủy'],
      '003': ['VLG', 'Phó Chủ tịch Ủy ban nhân dân tỉnh'],
    };
    for (const c of DEMO_CAMPAIGNS) {
      const [unit, title] = posts[c.seed]!;
      const on = c.issue.issuedOn;
      const holder = DEMO_PEOPLE.find((p) => p.fullName === c.issue.signer.name)!;
      expect(holder).toBeDefined();
      expect(
        holder.positions.some(
          (x) =>
            x.unit === unit &&
            x.title === title &&
            x.startedOn <= on &&
            (!x.endedOn || x.endedOn > on),
        ),
      ).toBe(true);
      expect(c.content.signature).toEqual(c.issue.signer);
    }
  });

  it('keep the dates the adaptation decided', () => {
    // seed 001 moved one year: its dossiers arrive after NĐ 98/2023 ended, so they cite NĐ 152/2025
    const office = seed('001');
    expect(office.content.awards?.deadline).toBe('2026-10-01');
    const dossier = (office.content.awards?.dossier ?? []).join(' ');
    expect(dossier).toContain('Nghị định số 152/2025/NĐ-CP');
    expect(JSON.stringify(office.content)).not.toContain('98/2023');
    // seed 002 keeps its three phases, one after the other, within the period
    const party = seed('002');
    const phases = party.content.phases ?? [];
    expect(phases.map((p) => p.name)).toEqual(['Giai đoạn 1', 'Giai đoạn 2', 'Giai đoạn 3']);
    phases.forEach((p, i) => {
      expect(p.from <= p.to).toBe(true);
      if (i > 0) expect(p.from > phases[i - 1]!.to).toBe(true);
    });
    expect(phases[0]!.from).toBe(party.periodFrom);
    expect(phases[2]!.to).toBe(party.periodTo);
    // seed 003 is issued after the reform, its answer deadline before the first congress
    const province = seed('003');
    expect(province.issue.issuedOn > '2025-07-01').toBe(true);
    expect(THAI_BINH_ANSWER_DEADLINE > province.issue.issuedOn).toBe(true);
    expect((province.content.phases ?? []).every((p) => p.to <= province.periodTo)).toBe(true);
  });
});

describe('demo campaigns: printed, each reads as its seed', () => {
  /** The recognisable elements every plan must print, from its own data. */
  async function expectCommonParts(c: DemoCampaignSpec) {
    const { body, footnotes } = await docxText(c);
    const lines = body.split('\n');
    expect(lines).toContain('KẾ HOẠCH');
    expect(lines).toContain(c.title);
    for (const b of c.bases) expect(body).toContain(`số ${basisDocument(b)!.number} ngày`);
    if (c.content.theme) expect(body).toContain(`“${c.content.theme}”`);
    for (const m of c.content.motto ?? []) expect(body).toContain(reads(m));
    for (const s of c.content.sections) {
      // a section without a title prints its paragraphs, under no heading
      if (s.title) expect(lines.some((l) => l.endsWith(s.title!))).toBe(true);
      else for (const p of s.paragraphs) expect(lines).toContain(reads(p));
      for (const sub of s.subsections ?? []) expect(body).toContain(sub.title);
      for (const note of [
        ...(s.footnotes ?? []),
        ...(s.subsections ?? []).flatMap((x) => x.footnotes ?? []),
      ])
        expect(footnotes).toContain(note);
    }
    // footnotes typed where they stand, in the order they stand within each part (the parts print in
    // the plan's own order: seed 000's phương châm, and its footnote ⁸, after the content)
    for (const part of Object.values(c.content)) {
      const notes = typedNotes(part).map((note) => footnotes.indexOf(note));
      expect(notes.every((at) => at >= 0)).toBe(true);
      expect(notes).toEqual([...notes].sort((a, b) => a - b));
    }
    // chỉ tiêu and phases print unless the plan keeps them as data only (the seed's text says them)
    const order = c.content.contestOrder;
    const printsTargets = !order || order.includes('TARGETS');
    if (c.content.targets?.length) expect(lines.includes('Mức phấn đấu')).toBe(printsTargets);
    for (const t of printsTargets ? (c.content.targets ?? []) : []) {
      expect(body).toContain(t.indicator);
      expect(body).toContain(t.target);
    }
    for (const p of c.content.phases ?? []) {
      expect(body.includes(`${p.name} (từ ngày`)).toBe(c.content.schedulePlacement !== 'NONE');
    }
    // a body's task typed as a whole sentence prints as typed, the body's name as the officer wrote it
    for (const r of c.content.implementation ?? []) {
      expect(body).toContain(r.asTyped ? reads(r.tasks[0]!).slice(0, -1) : r.body);
    }
    expect(lines.some((l) => /^\d+\. Chế độ báo cáo: /.test(l))).toBe(
      Boolean(c.content.reporting && !c.content.reporting.inText),
    );
    // a form prints its text when it has one ("Các phòng, ban … đề nghị tặng Giấy khen …"), else its name
    for (const f of c.content.awards?.forms ?? []) expect(body).toContain(reads(f.text ?? f.name));
    for (const n of c.content.recipients?.groups.flatMap((g) => g.names) ?? [])
      expect(body).toContain(n);
    expect(lines).toContain(c.issue.signer.name);
    return { body, lines, footnotes };
  }

  it('seed 000 (Tỉnh ủy): Party header and number, phương châm “Hai chân - Ba mũi”, 5 bước, chỉ tiêu', async () => {
    const c = seed('000');
    const { body, lines, footnotes } = await expectCommonParts(c);
    // the seed's nine footnotes, each where the seed puts it (¹ after “Nghị quyết số 12-NQ/TU của Tỉnh
    // ủy”, ⁴ and ⁵ after “thủy lợi”, “giao thông”…): numbered by Word in the order they stand
    expect(typedNotes(c.content)).toHaveLength(9);
    expect(footnotes).toContain('CSHT phục vụ phát triển sinh kế bền vững');
    // ⁸ of the seed, in "3. Phương châm", comes after the seven of "2. Nội dung thi đua"
    const [mottoNote] = typedNotes(c.content.motto);
    const sectionNotes = typedNotes(c.content.sections).map((n) => footnotes.indexOf(n));
    expect(footnotes.indexOf(mottoNote!)).toBeGreaterThan(Math.max(...sectionNotes));
    expect(body).toContain('+ Hoàn thành: Xây dựng, trình phê duyệt');
    expect(body).toContain(
      'nghiệm thu đưa vào khai thác các công trình thủy lợi, giao thông; hoàn thiện',
    );
    expect(lines).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(lines).toContain('TỈNH ỦY VĨNH LONG');
    expect(lines).toContain('Số 01-KH/TU');
    expect(body).toContain('“Hai chân - Ba mũi”');
    expect(body).toContain(
      'Xây dựng điển hình, học tập điển hình, bắt kịp điển hình và vượt qua điển hình',
    );
    expect(body).toContain('Bước 5. Quyết định công nhận kết quả bắt kịp và vượt qua “điển hình”');
    // the chỉ tiêu, the dates and the reporting duty are the seed's text, not parts of their own
    expect(body).toContain('kết nạp đảng viên mới hàng năm');
    expect(body).not.toContain('Từ 1.200 trở lên');
    expect(body).toContain('Dự kiến tổ chức vào ngày 15 tháng 02 năm 2024');
    expect(body).not.toContain('Dự kiến ngày 15/02/2024');
    expect(body).toContain('định kỳ hàng quý báo cáo kết quả về Ban Thường vụ Tỉnh ủy');
    expect(lines).toContain('T/M BAN THƯỜNG VỤ');
    expect(body).toContain('- Lưu Văn phòng Tỉnh ủy.');
  });

  it('seed 001 (Văn phòng): award forms, quotas, dossier with its form number, receiving unit and deadline', async () => {
    const c = seed('001');
    const { body, lines } = await expectCommonParts(c);
    expect(lines).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(lines).toContain('Số: 01/KH-VP');
    expect(body).toContain(
      'Kế hoạch số 645/KH-UBND ngày 25/9/2025 của Ủy ban nhân dân tỉnh Vĩnh Long',
    );
    expect(body).toContain('Giấy khen của Chánh Văn phòng');
    expect(body).toContain(
      'Đối với Bằng khen của Chủ tịch UBND tỉnh: Lựa chọn không quá 01 tập thể hoặc cá nhân có thành tích thật sự tiêu biểu xuất sắc.',
    );
    expect(body).toContain(
      '(Mẫu số 08 ban hành kèm theo Nghị định số 152/2025/NĐ-CP của Chính phủ).',
    );
    expect(body).toContain(
      'Hồ sơ đề nghị khen thưởng gửi về Phòng Hành chính tổ chức - Quản trị tài vụ trước ngày 01/10/2026',
    );
    expect(body).toContain('Từ ngày 01/10/2025 đến hết ngày 30/09/2026');
    expect(lines).toContain('CHÁNH VĂN PHÒNG');
    expect(body).toContain('- Lưu: VT, HCQT.');
  });

  it('seed 002 (Đảng ủy Sở): three phases with their dates, anniversaries, T/M Ban Chấp hành', async () => {
    const c = seed('002');
    const { body, lines } = await expectCommonParts(c);
    expect(lines).toContain('ĐẢNG ỦY SỞ XÂY DỰNG');
    expect(lines).toContain('Số 01-KH/ĐU');
    expect(body).toContain('Giai đoạn 1 (từ ngày 08/11/2024 đến hết ngày 31/03/2025)');
    expect(body).toContain('Giai đoạn 3 (từ ngày 01/07/2025 đến hết ngày 31/12/2025)');
    expect(body).toContain('Ngày 03/02/2025: Kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam');
    expect(lines).toContain('T/M BAN CHẤP HÀNH');
    expect(lines).toContain('BÍ THƯ');
  });

  it('seed 003 (UBND tỉnh): congresses by level, agenda, the deadline for the units’ plans, KT. Chủ tịch', async () => {
    const c = seed('003');
    const { body, lines } = await expectCommonParts(c);
    expect(lines).toContain('ỦY BAN NHÂN DÂN TỈNH VĨNH LONG');
    expect(lines).toContain('Số: 01/KH-UBND');
    expect(body).toContain('Luật số 06/2022/QH15');
    expect(body).toContain('Chỉ thị số 34-CT/TW');
    expect(body).toContain('Kế hoạch số 01/KH-HĐTĐKT');
    expect(body).toContain('Hội nghị tuyên dương điển hình tiên tiến');
    expect(body).toContain('- Thông qua danh sách đại biểu tham dự Đại hội cấp trên.');
    expect(body).toContain('trước ngày 15/8/2025');
    expect(lines).toContain('TM. ỦY BAN NHÂN DÂN');
    expect(lines).toContain('KT. CHỦ TỊCH');
    expect(lines).toContain('PHÓ CHỦ TỊCH');
    expect(body).toContain('- Lưu: VT, NCKS.');
  });
});

describe('demo campaigns: the cascade and the registrations', () => {
  const symbols: Record<string, string> = { '000': '01-KH/TU', '003': '01/KH-UBND' };
  /** The unit codes a seed plan addresses on its day of issue (its rules, as CampaignCascadeService). */
  function addressed(c: DemoCampaignSpec): Set<string> {
    const a = c.addressing ?? {};
    const on = c.issue.issuedOn;
    const fromClusters = DEMO_CLUSTERS.filter((k) => a.clusters?.includes(k.code)).flatMap((k) =>
      k.members.filter((m) => m.joinedOn <= on && (!m.leftOn || m.leftOn > on)).map((m) => m.unit),
    );
    return new Set([...(a.units ?? []), ...fromClusters]);
  }

  it('answers come from addressed units, on time or late against the deadline as intended', () => {
    const late: string[] = [];
    for (const a of DEMO_ANSWERS) {
      const parent = seed(a.answers);
      expect({ unit: a.issuer, addressed: addressed(parent).has(a.issuer) }).toEqual({
        unit: a.issuer,
        addressed: true,
      });
      expect(a.issuedOn > parent.issue.issuedOn).toBe(true);
      if (parent.answerDeadline && a.issuedOn > parent.answerDeadline) late.push(a.issuer);
      const plan = answerPlan(a, symbols[a.answers]!);
      const issuer = [
        ...DEMO_UNITS,
        ...DEMO_RESTRUCTURINGS.flatMap((r) =>
          r.kind === 'MERGE' ? [{ ...r.into, validFrom: r.effectiveDate }] : [],
        ),
      ].find((u) => u.code === a.issuer)!;
      expect(issuer.shortName).toBeTruthy();
      expect(issuer.validFrom <= a.issuedOn).toBe(true);
      // its signer holds the post that day
      expect(
        DEMO_PEOPLE.some(
          (p) =>
            p.fullName === plan.issue.signer.name &&
            p.positions.some(
              (x) =>
                x.unit === a.issuer &&
                x.startedOn <= a.issuedOn &&
                (!x.endedOn || x.endedOn > a.issuedOn),
            ),
        ),
      ).toBe(true);
    }
    expect(late).toEqual(['VLG-SYT', 'VLG-P-ANHOI']);
    expect(addressed(seed('003')).size).toBe(30);
  });

  it('answers pass the API validation and cite the plan they carry out', async () => {
    for (const a of DEMO_ANSWERS) {
      const plan = answerPlan(a, symbols[a.answers]!);
      await expect(
        pipe.transform(
          {
            issuerUnitId: randomUUID(),
            kind: plan.kind,
            scope: plan.scope,
            title: plan.title,
            periodFrom: plan.periodFrom,
            periodTo: plan.periodTo,
            legalDocumentIds: plan.bases.map(() => randomUUID()),
            content: plan.content,
            respondsToPlanId: randomUUID(),
          },
          { type: 'body', metatype: CreateCampaignPlanInput },
        ),
      ).resolves.toBeInstanceOf(CreateCampaignPlanInput);
      expect(plan.content.purpose.aims[0]).toMatch(
        new RegExp(`^Thực hiện Kế hoạch số ${symbols[a.answers]!.replace(/[/-]/g, '\\$&')} ngày `),
      );
      expect(plan.periodFrom <= plan.periodTo).toBe(true);
    }
  });

  it('registrations name phòng of the office and people working there', () => {
    const office = seed('001');
    for (const r of DEMO_REGISTRATIONS) {
      expect(r.plan).toBe('001');
      expect(unitOf(r.unit).parent).toBe(office.issuer);
      expect(r.titles.length + r.people.length).toBeGreaterThan(0);
      if (r.status === 'RETURNED') expect(r.returnReason).toBeTruthy();
      for (const p of r.people) {
        const person = DEMO_PEOPLE.find((x) => x.code === p.person)!;
        expect(person.positions.some((x) => x.unit === r.unit && !x.endedOn)).toBe(true);
      }
    }
    expect(DEMO_REGISTRATIONS.map((r) => r.people.length)).toEqual([2, 1, 0, 0]);
    expect(new Set(DEMO_REGISTRATIONS.map((r) => r.status))).toEqual(
      new Set(['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED']),
    );
  });
});

describe('demo campaigns: printed with the numbering of their seed', () => {
  const LETTER_LABEL = /^[a-zđ]\) /u;
  const DECIMAL_LABEL = /^\d+\.\d+\. /;

  /**
   * The headings printed under "N. Nội dung thi đua", down to the next heading of its level, with "N."
   * taken off the labels ("4.1.2. Về …" → "1.2. Về …"): the seed's own content part is numbered "2."
   * (seed 000) or stands right under part II (seed 003), so only the numbering below it compares.
   */
  function contentHeadings(lines: string[]): string[] {
    const start = lines.findIndex((l) => /^\d+\. Nội dung thi đua$/.test(l));
    expect(start).toBeGreaterThan(0);
    const prefix = (lines[start] ?? '').split(' ')[0] ?? '';
    const out: string[] = [];
    for (const l of lines.slice(start + 1)) {
      if (/^[IVX]+\. /.test(l) || /^\d+\. /.test(l)) break;
      if (/^(?:\d+\.)+ /.test(l) && l.startsWith(prefix)) out.push(l.slice(prefix.length));
      else if (LETTER_LABEL.test(l)) out.push(l);
    }
    return out;
  }

  /** The lines between part I (mục đích, yêu cầu) and part II. */
  function purposeLines(lines: string[]): string[] {
    // "I. MỤC ĐÍCH VÀ YÊU CẦU" in seed 003
    const start = lines.findIndex((l) => /^I\. MỤC ĐÍCH,? (VÀ )?YÊU CẦU$/.test(l));
    const end = lines.findIndex((l, i) => i > start && l.startsWith('II. '));
    expect(start).toBeGreaterThan(0);
    return lines.slice(start + 1, end);
  }

  const printedLines = async (c: DemoCampaignSpec) => (await docxText(c)).body.split('\n');

  it('numbers the mục đích items 1., 2., 3. where the seed does (000, 002, 003), not in seed 001', async () => {
    for (const s of ['000', '002', '003'] as const) {
      const c = seed(s);
      expect(c.content.numbering).toBe('DECIMAL');
      expect(purposeLines(await printedLines(c))).toEqual(
        c.content.purpose.aims.map((aim, i) => `${i + 1}. ${reads(aim)}`),
      );
    }
    const office = seed('001');
    expect(office.content.numbering).toBe('LETTERS');
    expect(purposeLines(await printedLines(office))).toEqual(
      office.content.purpose.aims.map(reads),
    );
  });

  it('seed 000 prints the seed’s "2.1." and "2.1.1." under Nội dung thi đua, never "a)"', async () => {
    const lines = await printedLines(seed('000'));
    // 000_e7e67510d63610d6.txt, lines 33 to 57, below "2. Nội dung thi đua"
    expect(contentHeadings(lines)).toEqual([
      '1. Thi đua xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh',
      '1.1. Về xây dựng Đảng',
      '1.2. Về xây dựng hệ thống chính trị (chính quyền, Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội)',
      '2. Thi đua phát triển kinh tế - xã hội; bảo đảm quốc phòng, an ninh',
    ]);
    expect(lines.filter((l) => LETTER_LABEL.test(l))).toEqual([]);
  });

  it('seed 003, a government plan, prints the seed’s "1." to "3." and "2.1." to "2.3." right under part II', async () => {
    const lines = await printedLines(seed('003'));
    // 003_59bf8459b3b4cfb4.txt, lines 19 to 62 (names as the demo adapts them)
    const start = lines.indexOf('II. NỘI DUNG VÀ CÁC BƯỚC TIẾN HÀNH');
    const end = lines.indexOf('III. TỔ CHỨC THỰC HIỆN');
    expect(start).toBeGreaterThan(0);
    expect(lines.slice(start + 1, end).filter((l) => /^\d+\.(\d+\.)* /.test(l))).toEqual([
      '1. Những nội dung tập trung chỉ đạo từ nay đến Đại hội Thi đua yêu nước tỉnh Vĩnh Long và Đại hội Thi đua yêu nước toàn quốc lần thứ XI',
      '2. Hình thức, thành phần, thời gian tổ chức Đại hội hoặc Hội nghị thi đua',
      '2.1. Đối với các xã, phường',
      '2.2. Đối với các đơn vị thuộc Cụm, Khối thi đua thuộc tỉnh',
      '2.3. Đại hội Thi đua yêu nước tỉnh Vĩnh Long',
      '3. Nội dung Đại hội hoặc Hội nghị',
    ]);
    expect(lines.filter((l) => LETTER_LABEL.test(l))).toEqual([]);
  });

  it('seed 002 numbers only its phases "3.1." to "3.3." decimally, seed 001 nothing below "4.", as their seeds do', async () => {
    const party = await printedLines(seed('002'));
    // 002_f78ed62dceefea9d.txt, lines 49 to 75: the phases under "3. Thời gian thi đua"; the demo's
    // anniversaries (data for the calendar) follow them as "3.4."
    expect(party.filter((l) => DECIMAL_LABEL.test(l))).toEqual([
      '3.1. Giai đoạn 1 (từ ngày 08/11/2024 đến hết ngày 31/03/2025)',
      '3.2. Giai đoạn 2 (từ ngày 01/04/2025 đến hết ngày 30/06/2025)',
      '3.3. Giai đoạn 3 (từ ngày 01/07/2025 đến hết ngày 31/12/2025)',
      '3.4. Các mốc thời gian',
    ]);
    expect(party.filter((l) => LETTER_LABEL.test(l))).toEqual([]);
    // the seed's "(1)" to "(6)" are typed, right under "2. Nội dung thi đua"
    const content = party.indexOf('2. Nội dung thi đua');
    expect(party.slice(content + 1, content + 2)[0]).toMatch(/^\(1\) Tập trung lãnh đạo/);
    const office = await printedLines(seed('001'));
    // 001_0bc12b19801fe739.txt, lines 36 to 46: five dash paragraphs under "4. Nội dung thi đua"
    const at = office.indexOf('4. Nội dung thi đua');
    const items = office.slice(at + 1, office.indexOf('III. TIÊU CHUẨN VÀ HÌNH THỨC KHEN THƯỞNG'));
    expect(items).toHaveLength(5);
    expect(items.every((l) => l.startsWith('- '))).toBe(true);
    expect(office.filter((l) => DECIMAL_LABEL.test(l) || LETTER_LABEL.test(l))).toEqual([]);
  });
});

describe('demo campaigns: printed, each with its seed’s parts and first-level items', () => {
  /**
   * Each seed's part headings and the first words of its first-level items, copied by hand from
   * ../shared/seeds (CI cannot read them). Where the demo still differs, the difference is written in
   * and said: nothing else may differ.
   */
  const SEED_OUTLINES: Record<DemoCampaignSpec['seed'], string[]> = {
    // 000_e7e67510d63610d6.txt
    '000': [
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Phát động cao điểm thi đua nhằm',
      '2. Các cấp, các ngành phải xem cao điểm thi đua',
      '3. Chú trọng kiểm tra, giám sát',
      'II. ĐỐI TƯỢNG, NỘI DUNG',
      '1. Đối tượng',
      '2. Nội dung thi đua',
      '3. Phương châm, phương thức thực hiện cao điểm thi đua',
      'III. GIẢI PHÁP THỰC HIỆN',
      '1. Xây dựng kế hoạch phát động',
      '2. Tổ chức phát động, đăng ký và ký kết thực hiện thi đua',
      '3. Công tác tuyên truyền Cao điểm thi đua',
      '4. Phát hiện, xây dựng, nhân rộng “Điển hình”',
      // the seed: "5. Khen thưởng" of part III; the demo's award plan is a part of its own
      'IV. TIÊU CHUẨN VÀ HÌNH THỨC KHEN THƯỞNG',
      '1. Tiêu chuẩn khen thưởng',
      '2. Hình thức khen thưởng',
      // the seed: "IV."
      'V. TỔ CHỨC THỰC HIỆN',
      '1. Các ban đảng, ban cán sự đảng, đảng đoàn',
      '2. Ban cán sự đảng Ủy ban nhân dân tỉnh',
      '3. Ban Tổ chức Tỉnh uỷ',
      '4. Ban Dân vận Tỉnh uỷ',
      '5. Ủy ban Kiểm tra Tỉnh uỷ',
      '6. Đảng đoàn Mặt trận Tổ quốc Việt Nam tỉnh',
      '7. Ban Tuyên giáo Tỉnh ủy',
    ],
    // 001_0bc12b19801fe739.txt
    '001': [
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. NỘI DUNG THI ĐUA',
      '1. Chủ đề thi đua',
      '2. Thời gian phát động',
      '3. Đối tượng thi đua',
      '4. Nội dung thi đua',
      'III. TIÊU CHUẨN VÀ HÌNH THỨC KHEN THƯỞNG',
      '1. Tiêu chuẩn khen thưởng',
      // the seed: "2. Khen thưởng trong thực hiện Phong trào thi đua" with a) hình thức, b) số lượng,
      // c) hồ sơ; the demo prints each a level up, and the deadline beside them
      '2. Hình thức khen thưởng',
      '3. Số lượng khen thưởng',
      '4. Thành phần hồ sơ đề nghị khen thưởng',
      '5. Thời hạn gửi hồ sơ',
      'IV. TỔ CHỨC THỰC HIỆN',
      '1. Các Phòng, ban, đơn vị trực thuộc Văn phòng tổ chức tuyên truyền',
      '2. Giao Phòng Hành chính tổ chức - Quản trị tài vụ tổng hợp kết quả',
    ],
    // 002_f78ed62dceefea9d.txt
    '002': [
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Đẩy mạnh phong trào thi đua yêu nước',
      '2. Phát hiện, biểu dương, khen thưởng kịp thời',
      '3. Đợt thi đua phải được triển khai sâu rộng',
      'II. CHỦ ĐỀ, NỘI DUNG, THỜI GIAN',
      // the seed: "1. Chủ đề: “…”" on one line; the demo prints the theme under the heading
      '1. Chủ đề',
      '2. Nội dung thi đua',
      '3. Thời gian thi đua',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Các chi bộ, các đoàn thể, hội trực thuộc Đảng ủy Sở căn cứ kế hoạch này',
      '2. Căn cứ kết quả thực hiện của các cấp ủy, chi bộ',
      '3. Giao Văn phòng Đảng ủy giúp Đảng ủy theo dõi',
    ],
    // 003_59bf8459b3b4cfb4.txt
    '003': [
      'I. MỤC ĐÍCH VÀ YÊU CẦU',
      '1. Đánh giá kết quả của các phong trào thi đua yêu nước',
      '2. Biểu dương thành tích và tôn vinh',
      '3. Thông qua Đại hội đánh giá',
      '4. Tổ chức Đại hội thi đua yêu nước hoặc Hội nghị',
      'II. NỘI DUNG VÀ CÁC BƯỚC TIẾN HÀNH',
      '1. Những nội dung tập trung chỉ đạo',
      '2. Hình thức, thành phần, thời gian tổ chức Đại hội hoặc Hội nghị thi đua',
      '3. Nội dung Đại hội hoặc Hội nghị',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Căn cứ Kế hoạch này các cơ quan, đơn vị, địa phương',
      '2. Hội đồng Thi đua - Khen thưởng tỉnh hướng dẫn',
    ],
  };

  /** The printed "I."/"1." lines, each cut to the seed's words where it starts with them. */
  function outline(lines: string[], expected: string[]): string[] {
    return lines
      .filter((l) => /^([IVX]+|\d+)\. /.test(l))
      .map((l, i) => {
        const want = expected[i];
        return want !== undefined && l.startsWith(want) ? want : l;
      });
  }

  it.each(['000', '001', '002', '003'] as const)(
    'seed %s: the seed’s part headings and first-level items, in its order',
    async (s) => {
      const lines = (await docxText(seed(s))).body.split('\n');
      expect(outline(lines, SEED_OUTLINES[s])).toEqual(SEED_OUTLINES[s]);
    },
  );
});
