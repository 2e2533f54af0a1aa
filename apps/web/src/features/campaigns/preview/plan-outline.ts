import {
  documentSymbol,
  isIsoDate,
  isoToVn,
  legalCitation,
  inlineRichText,
  PLAN_BASIS_VERBS,
  PLAN_HEADINGS,
  type IsoDate,
  type LegalDocumentKind,
  type SigningAuthority,
  type UnitTree,
} from '@thidua/shared-domain';
import type {
  CampaignPlanContentInput,
  PlanContestItem,
  PlanNumbering,
} from '@thidua/web-data-access';

/*
 * The kế hoạch as the preview shows it: the same parts, order, numbering, wording and end mark as the
 * .docx the API builds (libs/documents `buildPlanDocx` over `planDocumentParts` of the campaigns
 * module), written again here because libs/documents is server-only (it bundles `docx`). Every rule
 * below names the function it mirrors, so a change there is easy to follow here; the specs check the
 * outline of the Bắc Kạn office plan (seed 001) part by part.
 *
 * Where the builder throws (DocumentDataError: a quota with no count, a period that ends before it
 * starts, too deep a numbering), the preview still shows what it can and lists the problem in
 * `problems`, with the builder's words: the officer sees why the .docx would be refused before asking
 * for it.
 */

/** The document's issuer, as `CampaignDocuments.planDocument` takes it from the issuer unit. */
export interface OutlineIssuer {
  tree: UnitTree;
  /** the unit above (cơ quan chủ quản), absent for a root */
  parentBody?: string | null;
  body: string;
  /** the unit's short name: "UBND" in "KH-UBND" */
  code?: string | null;
}

/** A cited document, as the legal registry has it. */
export interface OutlineLegalBasis {
  kind: LegalDocumentKind;
  number: string;
  issuedOn?: string | null;
  issuingBody: string;
  title?: string | null;
}

export interface OutlineSignature {
  on?: readonly { authority: SigningAuthority; of: string }[] | null;
  title: string;
  name: string;
}

export interface PlanOutlineInput {
  issuer: OutlineIssuer | null;
  /** the register's number once issued; null on a draft (left blank, NĐ 30 Điều 15) */
  number: number | null;
  /** "Số: …" as the API stored it at issue, when known */
  symbol?: string | null;
  place: string | null;
  /** the issue date, or a draft's year (the API prints the year of the period's start) */
  date: IsoDate | { year: number } | null;
  title: string;
  legalBases: readonly OutlineLegalBasis[];
  period: { from: string; to: string } | null;
  content: CampaignPlanContentInput;
  /** the signer recorded at issue, which replaces the content's signature */
  signer?: OutlineSignature | null;
  /** an amending plan: the plan it replaces, as cited, and what it changes */
  amends?: { document: string; changes: string } | null;
}

/** libs/documents `Inline`: a piece of running text, plain, emphasised, or a footnote where it stands. */
export type OutlineInline =
  string | { text: string; bold?: boolean; italic?: boolean } | { note: string };

/** libs/documents `RichText`: a plain string, or inlines when the text carries inline markup. */
export type OutlineText = string | readonly OutlineInline[];

/** A body block before numbering (libs/documents `Block`; titles are plain, footnotes in `notes`). */
export type OutlineBlock =
  | string
  | { kind: 'paragraph'; text: OutlineText }
  | { kind: 'list'; items: OutlineText[] }
  | { kind: 'section'; title: string; notes?: string[]; blocks: OutlineBlock[] }
  | { kind: 'item'; text: OutlineText }
  | { kind: 'table'; columns: OutlineColumn[]; rows: string[][] };

export interface OutlineColumn {
  header: string;
  weight: number;
  align?: 'left' | 'center';
}

/** A run of a line with inline markup: words with their emphasis, or footnote number `note`. */
export type OutlineRun = { text: string; bold?: boolean; italic?: boolean } | { note: number };

/**
 * A line of the numbered body, ready to show. `text` is what it reads (without footnote marks); `runs`
 * is there only when the text carries inline markup, with its emphasis and footnote numbers.
 */
export type OutlineLine =
  | {
      kind: 'heading';
      depth: number;
      label: string;
      text: string;
      bold: boolean;
      italic: boolean;
      /** footnote numbers attached after the title */
      notes: number[];
    }
  | { kind: 'paragraph'; text: string; runs?: OutlineRun[] }
  | { kind: 'bullet'; text: string; runs?: OutlineRun[] }
  | { kind: 'item'; label: string; text: string; runs?: OutlineRun[] }
  | { kind: 'table'; columns: OutlineColumn[]; rows: string[][] };

export interface PlanOutline {
  tree: UnitTree;
  header: {
    parentBody: string[];
    body: string[];
    underIssuer: 'rule' | 'star';
    motto: { text: string; size: number }[];
    numberLine: string;
    /** null: the place is given at issue */
    place: string | null;
    dateLine: string;
  };
  kindTitle: string;
  title: string;
  underTitle: 'rule' | 'dashes';
  lines: OutlineLine[];
  footnotes: string[];
  recipients: { label: 'Nơi nhận:'; underline: boolean; lines: string[] };
  signature: { lines: string[]; name: string };
  problems: string[];
}

type HeadingKey = keyof NonNullable<CampaignPlanContentInput['headings']>;

/** build-plan.ts `heading`: the plan's own wording of a heading, or the default; blank is not given. */
function heading(
  c: CampaignPlanContentInput,
  key: HeadingKey & keyof typeof PLAN_HEADINGS,
): string {
  return c.headings?.[key]?.trim() || PLAN_HEADINGS[key];
}

/** libs/documents `CONTEST_ITEMS`: part II's items in their default order. */
export const CONTEST_ITEMS: readonly PlanContestItem[] = [
  'THEME',
  'MOTTO',
  'PERIOD',
  'PARTICIPANTS',
  'CONTENT',
  'TARGETS',
];

/** libs/documents nd30/format.ts: what differs between a State and a Party document. */
const FORMATS = {
  STATE: {
    motto: [
      { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', size: 13 },
      { text: 'Độc lập - Tự do - Hạnh phúc', size: 14 },
    ],
    underIssuer: 'rule',
    numberPrefix: 'Số:',
    underTitle: 'rule',
    recipientEnd: ';',
    underlineRecipients: false,
    archiveLine: (archive: string) => `Lưu: ${archive}.`,
    authority: { TM: 'TM.', KT: 'KT.', TL: 'TL.', TUQ: 'TUQ.' } as Partial<
      Record<SigningAuthority, string>
    >,
    endMark: './.',
  },
  PARTY: {
    motto: [{ text: 'ĐẢNG CỘNG SẢN VIỆT NAM', size: 15 }],
    underIssuer: 'star',
    numberPrefix: 'Số',
    underTitle: 'dashes',
    recipientEnd: ',',
    underlineRecipients: true,
    archiveLine: (archive: string) => `Lưu ${archive}.`,
    authority: { TM: 'T/M', KT: 'K/T', TL: 'T/L' } as Partial<Record<SigningAuthority, string>>,
    endMark: '.',
  },
} as const;

const formatOf = (tree: UnitTree) => (tree === 'PARTY' ? FORMATS.PARTY : FORMATS.STATE);

/** Room left on a draft for the number or day written in at issue (nd30/identity.ts). */
export const BLANK = '\u00a0'.repeat(6);

const upper = (s: string) => s.toLocaleUpperCase('vi-VN');
const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('vi-VN') + s.slice(1);
const twoDigits = (n: number) => (n < 10 ? `0${n}` : String(n));
const vn = (date: string) => (isIsoDate(date) ? isoToVn(date) : date || '…');

function section(title: string, blocks: OutlineBlock[], notes?: string[]): OutlineBlock {
  return notes?.length
    ? { kind: 'section', title, notes, blocks }
    : { kind: 'section', title, blocks };
}
const list = (items: OutlineText[]): OutlineBlock => ({ kind: 'list', items });

/** planDocumentParts `richText`: shared-domain `inlineRichText`, the .docx's own mapping. */
const richText: (text: string) => OutlineText = inlineRichText;

/** planDocumentParts `paragraphs`: a plain string, or a paragraph of rich text. */
function paragraph(text: string): OutlineBlock {
  const rich = richText(text);
  return typeof rich === 'string' ? rich : { kind: 'paragraph', text: rich };
}

/** nd30/text.ts `prefixed`: "a) …", "Tập thể: …", keeping the emphasis of rich text. */
export function prefixed(prefix: string, text: OutlineText): OutlineText {
  if (!prefix) return text;
  return typeof text === 'string' ? prefix + text : [prefix, ...text];
}

/** build-plan.ts `capitaliseText`: the first words capitalised, plain or emphasised. */
function capitaliseText(text: OutlineText): OutlineText {
  if (typeof text === 'string') return capitalise(text);
  const [first, ...rest] = text;
  if (typeof first === 'string') return [capitalise(first), ...rest];
  if (first !== undefined && 'text' in first) {
    return [{ ...first, text: capitalise(first.text) }, ...rest];
  }
  return text;
}

/** The outline of the whole document. Pure: the same input always gives the same outline. */
export function planOutline(input: PlanOutlineInput): PlanOutline {
  const problems: string[] = [];
  const tree = input.issuer?.tree ?? 'GOVERNMENT';
  const format = formatOf(tree);
  const body = planBody(input, problems);
  const { lines, footnotes } = numberBlocks(
    withEndMark(body, format.endMark),
    problems,
    numberingStyle(input.content.numbering),
  );
  const c = input.content;
  const signature = input.signer ?? c.signature ?? { title: '', name: '' };
  return {
    tree,
    header: header(input, problems),
    kindTitle: 'KẾ HOẠCH',
    title: input.title,
    underTitle: format.underTitle,
    lines,
    footnotes,
    recipients: {
      label: 'Nơi nhận:',
      underline: format.underlineRecipients,
      lines: recipientLines(tree, c.recipients ?? null),
    },
    signature: {
      lines: [
        ...(signature.on ?? []).map(({ authority, of }) => {
          const prefix = format.authority[authority];
          if (!prefix) {
            problems.push(
              `Văn bản của Đảng không ký theo hình thức "${authority}" (chỉ dùng T/M, K/T, T/L).`,
            );
          }
          return `${prefix ?? authority} ${upper(of)}`;
        }),
        upper(signature.title),
      ],
      name: signature.name,
    },
    problems,
  };
}

/** nd30/header.ts `documentHeader` with nd30/identity.ts `numberLine` and `placeAndDate`. */
function header(input: PlanOutlineInput, problems: string[]): PlanOutline['header'] {
  const tree = input.issuer?.tree ?? 'GOVERNMENT';
  const format = formatOf(tree);
  const lines = (s: string | null | undefined) => (s ? upper(s).split('\n') : []);
  const code = input.issuer?.code ?? '';
  const symbol =
    input.symbol ??
    (input.number === null
      ? documentSymbol({ tree, kind: 'KE_HOACH', issuer: code, number: 1 }).replace(/^01/, BLANK)
      : documentSymbol({ tree, kind: 'KE_HOACH', issuer: code, number: input.number }));
  return {
    parentBody: lines(input.issuer?.parentBody),
    body: lines(input.issuer?.body),
    underIssuer: format.underIssuer,
    motto: [...format.motto],
    numberLine: `${format.numberPrefix} ${symbol}`,
    place: input.place,
    dateLine: dateLine(input.date, problems),
  };
}

/** "ngày 05 tháng 8 năm 2024" (the place goes before it): months 1 and 2 take a leading zero. */
function dateLine(date: PlanOutlineInput['date'], problems: string[]): string {
  const month = (m: number) => (m <= 2 ? twoDigits(m) : String(m));
  if (date === null) return `ngày ${BLANK} tháng ${BLANK} năm ${BLANK}`;
  if (typeof date === 'string') {
    if (!isIsoDate(date)) {
      problems.push(`Ngày ban hành không hợp lệ: "${date}".`);
      return `ngày ${BLANK} tháng ${BLANK} năm ${BLANK}`;
    }
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    return `ngày ${twoDigits(d)} tháng ${month(m)} năm ${y}`;
  }
  return `ngày ${BLANK} tháng ${BLANK} năm ${date.year}`;
}

/** build-plan.ts `planBody`: the opening, the numbered parts, the closing sentence. */
export function planBody(input: PlanOutlineInput, problems: string[] = []): OutlineBlock[] {
  const c = input.content;
  const parts: OutlineBlock[] = [];
  const cited = input.legalBases.map(citation);
  if (cited.length) {
    // campaign-document.ts: "Căn cứ" or "Thực hiện" the texts, then the resolution (by default
    // "<issuer> xây dựng kế hoạch, như sau:"); build-plan.ts `basisBlocks` lays them out
    const verb = PLAN_BASIS_VERBS[c.opening?.verb ?? 'CAN_CU'];
    const resolution =
      c.opening?.resolution || `${input.issuer?.body ?? ''} xây dựng kế hoạch, như sau:`;
    if (verb === 'Căn cứ' && cited.length > 1) {
      parts.push(...cited.map((d) => `Căn cứ ${d};`), resolution);
    } else {
      parts.push(`${verb} ${cited.join('; ')}, ${resolution}`);
    }
  }
  if (input.amends) {
    // build-plan.ts `amendmentBlocks`
    parts.push(
      `Kế hoạch này sửa đổi, bổ sung và thay thế ${input.amends.document.trim()}.`,
      `Nội dung sửa đổi, bổ sung: ${input.amends.changes}`,
    );
  }
  parts.push(purposePart(c));
  const { part, scheduleInside } = contestPart(input, problems);
  parts.push(part);
  // build-plan.ts `planBody`: their own part unless under the period item (and it printed) or hidden
  const schedule = scheduleBlocks(c, problems);
  if (schedule.length && !scheduleInside && c.schedulePlacement !== 'NONE') {
    parts.push(section(heading(c, 'schedule'), schedule));
  }
  const measures = (c.measures ?? []).map(paragraph);
  if (measures.length) parts.push(section(heading(c, 'measures'), measures));
  if (c.awards) parts.push(awardsPart(c.awards, heading(c, 'awards'), problems));
  parts.push(implementationPart(c));
  if (c.closing) parts.push(paragraph(c.closing));
  return parts;
}

/** A căn cứ as the API cites it (shared-domain `legalCitation`, which the .docx uses too). */
export function citation(d: OutlineLegalBasis): string {
  return legalCitation({
    kind: d.kind,
    number: d.number,
    issuedOn: d.issuedOn && isIsoDate(d.issuedOn) ? d.issuedOn : null,
    issuingBody: d.issuingBody,
    title: d.title ?? null,
  });
}

/** build-plan.ts `purposePart`: numbered items count like headings ("1." under I., "a)" or "1.1." below). */
function purposePart(c: CampaignPlanContentInput): OutlineBlock {
  const entry = c.purpose.numbered
    ? (text: string): OutlineBlock => ({ kind: 'item', text: richText(text) })
    : paragraph;
  const aims = (c.purpose.aims ?? []).map(entry);
  const requirements = (c.purpose.requirements ?? []).map(entry);
  const title = heading(c, 'purpose');
  if (!requirements.length) return section(title, aims);
  return section(title, [
    section(PLAN_HEADINGS.aims, aims),
    section(PLAN_HEADINGS.requirements, requirements),
  ]);
}

/**
 * build-plan.ts `contestPart`: part II's items in the plan's order (`contestOrder`; one left out is
 * not printed, the content always is), the phases under the period item when placed there.
 */
function contestPart(
  input: PlanOutlineInput,
  problems: string[],
): { part: OutlineBlock; scheduleInside: boolean } {
  const c = input.content;
  const order = c.contestOrder?.length ? c.contestOrder : CONTEST_ITEMS;
  const keys = new Set<PlanContestItem>(order.includes('CONTENT') ? order : [...order, 'CONTENT']);
  const content = (c.sections ?? []).flatMap(sectionBlocks);
  const subs: OutlineBlock[] = [];
  let scheduleInside = false;
  for (const key of keys) {
    if (key === 'THEME' && c.theme) {
      subs.push(section(heading(c, 'theme'), [`“${c.theme}”.`]));
    } else if (key === 'MOTTO') {
      // planDocumentParts: phương châm and phương thức go under one heading, in that order
      const motto = [...(c.motto ?? []), ...(c.methods ?? [])].map(paragraph);
      if (motto.length) subs.push(section(heading(c, 'motto'), motto));
    } else if (key === 'PERIOD' && input.period) {
      const inside = c.schedulePlacement === 'PERIOD' ? scheduleBlocks(c, problems) : [];
      scheduleInside = inside.length > 0;
      subs.push(
        section(heading(c, 'period'), [`${capitalise(range(input.period, problems))}.`, ...inside]),
      );
    } else if (key === 'PARTICIPANTS') {
      const who = c.participants;
      if (who?.collectives || who?.individuals) {
        const items: OutlineText[] = [];
        if (who.collectives) items.push(prefixed('Tập thể: ', richText(who.collectives)));
        if (who.individuals) items.push(prefixed('Cá nhân: ', richText(who.individuals)));
        subs.push(section(heading(c, 'participants'), [list(items)]));
      }
    } else if (key === 'CONTENT') {
      subs.push(section(heading(c, 'content'), content));
    } else if (key === 'TARGETS' && c.targets?.length) {
      subs.push(section(heading(c, 'targets'), [targetTable(c.targets)]));
    }
  }
  const title = heading(c, 'contest');
  if (subs.length === 1) return { part: section(title, content), scheduleInside };
  return { part: section(title, subs), scheduleInside };
}

interface SectionLike {
  title?: string | null;
  paragraphs?: readonly string[] | null;
  footnotes?: readonly string[] | null;
  subsections?: readonly SectionLike[] | null;
}

/**
 * planDocumentParts `sectionBlocks`: paragraphs, then sub-sections; the `footnotes` field after the
 * title (numbered before the footnotes typed in the paragraphs below it). Without a title, the
 * paragraphs and sub-sections stand in its place, under no heading.
 */
function sectionBlocks(s: SectionLike): OutlineBlock[] {
  const blocks = [
    ...(s.paragraphs ?? []).map(paragraph),
    ...(s.subsections ?? []).flatMap(sectionBlocks),
  ];
  const title = s.title?.trim();
  if (!title) return blocks;
  return [section(title, blocks, s.footnotes ? [...s.footnotes] : undefined)];
}

/** build-plan.ts `targetTable` over planDocumentParts' targets (year in the name, unit in the note). */
function targetTable(targets: NonNullable<CampaignPlanContentInput['targets']>): OutlineBlock {
  const rows = targets.map((t) => ({
    indicator: t.year ? `${t.indicator} (năm ${t.year})` : t.indicator,
    target: t.target,
    unit: t.unit ?? undefined,
    note: [t.responsibleUnitName, t.note].filter(Boolean).join('; ') || undefined,
  }));
  const hasUnit = rows.some((t) => t.unit);
  const hasNote = rows.some((t) => t.note);
  const columns: OutlineColumn[] = [
    { header: 'TT', weight: 8, align: 'center' },
    { header: 'Chỉ tiêu', weight: hasNote ? 42 : 56 },
    ...(hasUnit ? [{ header: 'Đơn vị tính', weight: 14, align: 'center' as const }] : []),
    { header: 'Mức phấn đấu', weight: 22, align: 'center' },
    ...(hasNote ? [{ header: 'Ghi chú', weight: 14 }] : []),
  ];
  return {
    kind: 'table',
    columns,
    rows: rows.map((t, i) => [
      String(i + 1),
      t.indicator,
      ...(hasUnit ? [t.unit ?? ''] : []),
      t.target,
      ...(hasNote ? [t.note ?? ''] : []),
    ]),
  };
}

/** build-plan.ts `scheduleBlocks`: the phases, then the milestones (alone: a list; beside phases: a heading). */
function scheduleBlocks(c: CampaignPlanContentInput, problems: string[]): OutlineBlock[] {
  const phases = (c.phases ?? []).map((p) =>
    section(`${p.name} (${range({ from: p.from, to: p.to }, problems)})`, [
      list((p.tasks ?? []).map(richText)),
    ]),
  );
  const milestones = c.milestones?.length
    ? list(
        c.milestones.map(
          (m) => `${m.tentative ? 'Dự kiến ngày' : 'Ngày'} ${vn(m.date)}: ${m.label}.`,
        ),
      )
    : undefined;
  if (phases.length === 0) return milestones ? [milestones] : [];
  return [...phases, ...(milestones ? [section(PLAN_HEADINGS.milestones, [milestones])] : [])];
}

type Awards = NonNullable<CampaignPlanContentInput['awards']>;
type Quota = NonNullable<Awards['quotas']>[number];

function awardsPart(a: Awards, title: string, problems: string[]): OutlineBlock {
  const subs: OutlineBlock[] = [];
  const criteria = a.criteria ?? [];
  const forms = a.forms ?? [];
  if (criteria.length) {
    subs.push(
      section(PLAN_HEADINGS.criteria, [
        list(criteria.map((x) => prefixed(`${x.label}: `, richText(x.text)))),
      ]),
    );
  }
  if (forms.length) {
    subs.push(
      section(PLAN_HEADINGS.forms, [
        list(forms.map((f) => (f.text == null ? `${f.name}.` : richText(f.text)))),
      ]),
    );
  }
  if (a.quotas?.length) {
    subs.push(section(PLAN_HEADINGS.quotas, [list(a.quotas.map((q) => quotaText(q, problems)))]));
  }
  if (a.dossier?.length) {
    subs.push(section(PLAN_HEADINGS.dossier, [list(a.dossier.map(richText))]));
  }
  // planDocumentParts: the deadline is printed only with both its date and who receives the dossiers
  if (a.deadline && a.submitTo) {
    const note = a.deadlineNote ? ` ${a.deadlineNote}` : '';
    subs.push(
      section(PLAN_HEADINGS.deadline, [
        `Hồ sơ đề nghị khen thưởng gửi về ${a.submitTo} trước ngày ${vn(a.deadline)}${note}.`,
      ]),
    );
  }
  return section(title, subs);
}

/**
 * build-plan.ts `quotaText`: "Đối với Bằng khen …: Lựa chọn không quá 01 tập thể hoặc cá nhân …",
 * counts with two digits.
 */
export function quotaText(quota: Quota, problems: string[] = []): string {
  const either = quota.either ?? undefined;
  const collectives = quota.collectives ?? undefined;
  const individuals = quota.individuals ?? undefined;
  const counts = [either, collectives, individuals].filter((n) => n !== undefined);
  if (counts.length === 0 || (either !== undefined && counts.length > 1)) {
    problems.push(
      `Số lượng khen thưởng "${quota.form}": ghi số tập thể và/hoặc số cá nhân, hoặc chỉ số "tập thể hoặc cá nhân".`,
    );
  } else if (!counts.every((n) => Number.isInteger(n) && n > 0)) {
    problems.push(`Số lượng khen thưởng "${quota.form}" phải là số nguyên dương.`);
  }
  const amount =
    either !== undefined
      ? `${twoDigits(either)} tập thể hoặc cá nhân`
      : [
          collectives !== undefined ? `${twoDigits(collectives)} tập thể` : '',
          individuals !== undefined ? `${twoDigits(individuals)} cá nhân` : '',
        ]
          .filter(Boolean)
          .join(' và ') || '…';
  const who = quota.per ? `${capitalise(quota.per)} lựa chọn` : 'Lựa chọn';
  const note = quota.note ? ` ${quota.note}` : '';
  return `Đối với ${quota.form}: ${who} không quá ${amount}${note}.`;
}

function implementationPart(c: CampaignPlanContentInput): OutlineBlock {
  const items: OutlineBlock[] = (c.implementation ?? []).flatMap(
    ({ body, tasks = [], asTyped }): OutlineBlock[] => {
      const [first, ...rest] = tasks;
      // a whole sentence naming the body itself ("Giao Phòng …"): as typed, the rest below it
      if (asTyped && first !== undefined) {
        return [{ kind: 'item', text: richText(first) }, ...rest.map(paragraph)];
      }
      if (tasks.length === 1 && first !== undefined) {
        return [{ kind: 'item', text: prefixed(`${body} `, richText(first)) }];
      }
      return [section(body, [list(tasks.map((task) => capitaliseText(richText(task))))])];
    },
  );
  const r = c.reporting;
  // planDocumentParts: written into a body's task, it is not printed a second time
  if (r && !r.inText) {
    const via = r.via ? ` (qua ${r.via})` : '';
    items.push({
      kind: 'item',
      text: `${PLAN_HEADINGS.reporting}: ${r.who} báo cáo kết quả thực hiện ${r.frequency} về ${r.to}${via}.`,
    });
  }
  return section(heading(c, 'implementation'), items);
}

/** "từ ngày 01/10/2024 đến hết ngày 30/09/2025" */
function range(r: { from: string; to: string }, problems: string[]): string {
  if (r.from && r.to && r.to < r.from) {
    problems.push(`Khoảng thời gian không hợp lệ: ${vn(r.from)} sau ${vn(r.to)}.`);
  }
  return `từ ngày ${vn(r.from)} đến hết ngày ${vn(r.to)}`;
}

/** nd30/text.ts `closeText`: the mark replaces closing punctuation, never doubles it. */
export function closeText(text: string, mark: string): string;
export function closeText(text: OutlineText, mark: string): OutlineText;
export function closeText(text: OutlineText, mark: string): OutlineText {
  const close = (s: string) => (s.endsWith(mark) ? s : s.replace(/[\s.;,:]+$/u, '') + mark);
  if (typeof text === 'string') return close(text);
  const last = text[text.length - 1];
  if (typeof last === 'string') return [...text.slice(0, -1), close(last)];
  if (last !== undefined && 'text' in last) {
    return [...text.slice(0, -1), { ...last, text: close(last.text) }];
  }
  return [...text, mark];
}

/** nd30/body.ts `withEndMark`: the last words of the body end with the format's mark. */
export function withEndMark(blocks: readonly OutlineBlock[], mark: string): OutlineBlock[] {
  if (blocks.length === 0) return [...blocks];
  const head = blocks.slice(0, -1);
  const last = blocks[blocks.length - 1] as OutlineBlock;
  if (typeof last === 'string') return [...head, closeText(last, mark)];
  switch (last.kind) {
    case 'paragraph':
    case 'item':
      return [...head, { ...last, text: closeText(last.text, mark) }];
    case 'list': {
      const tail = last.items[last.items.length - 1];
      if (tail === undefined) return [...blocks];
      return [...head, { ...last, items: [...last.items.slice(0, -1), closeText(tail, mark)] }];
    }
    case 'section':
      return [...head, { ...last, blocks: withEndMark(last.blocks, mark) }];
    case 'table':
      return [...blocks, mark];
  }
}

const ROMAN: readonly [number, string][] = [
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

export function roman(n: number): string {
  let out = '';
  let rest = n;
  for (const [value, digits] of ROMAN) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

/** NĐ 30 Điều 8: a) b) c) d) đ) e) g) … in the Vietnamese alphabet, without f, j, w, z. */
const LETTERS = 'a b c d đ e g h i k l m n o p q r s t u v x y'.split(' ');
const MAX_DEPTH = 4;

/** nd30/body.ts `NumberingStyle`: how the third and fourth levels are numbered. */
export type OutlineNumbering = 'letters' | 'decimal';

/** planDocumentParts: DECIMAL prints "1.1."; LETTERS, or content saved before the choice, "a)". */
export function numberingStyle(numbering: PlanNumbering | null | undefined): OutlineNumbering {
  return numbering === 'DECIMAL' ? 'decimal' : 'letters';
}

/**
 * nd30/body.ts `renderBlocks` and `heading`: I. (capitals, bold), 1. (bold), then in the 'letters'
 * style a) (italic) and unnumbered italic titles, in the 'decimal' style 1.1. (bold italic) and 1.1.1.
 * (italic). Items count with the sections beside them.
 */
export function numberBlocks(
  blocks: readonly OutlineBlock[],
  problems: string[] = [],
  style: OutlineNumbering = 'letters',
): { lines: OutlineLine[]; footnotes: string[] } {
  const lines: OutlineLine[] = [];
  const footnotes: string[] = [];
  let tooDeep = false;
  let tooMany = false;
  // docx numbers footnotes in the order their references stand: titles' and inline ones alike
  const read = (text: OutlineText): { text: string; runs?: OutlineRun[] } => {
    if (typeof text === 'string') return { text };
    const runs = text.map((part): OutlineRun => {
      if (typeof part === 'string') return { text: part };
      if ('note' in part) return { note: footnotes.push(part.note) };
      return part;
    });
    return { text: runs.map((r) => ('text' in r ? r.text : '')).join(''), runs };
  };
  const walk = (list: readonly OutlineBlock[], path: number[]) => {
    let n = 0;
    for (const block of list) {
      if (typeof block === 'string') {
        lines.push({ kind: 'paragraph', text: block });
      } else if (block.kind === 'paragraph') {
        lines.push({ kind: 'paragraph', ...read(block.text) });
      } else if (block.kind === 'list') {
        for (const item of block.items) lines.push({ kind: 'bullet', ...read(item) });
      } else if (block.kind === 'table') {
        lines.push({ kind: 'table', columns: block.columns, rows: block.rows });
      } else {
        n += 1;
        const here = [...path, n];
        const depth = here.length;
        if (depth > MAX_DEPTH && !tooDeep) {
          tooDeep = true;
          problems.push(`Văn bản chỉ có tối đa ${MAX_DEPTH} cấp đề mục.`);
        }
        let label = '';
        if (depth === 1) label = `${roman(n)}. `;
        else if (depth === 2) label = `${n}. `;
        else if (style === 'decimal') label = `${here.slice(1).join('.')}. `;
        else if (depth === 3) {
          const letter = LETTERS[n - 1];
          if (letter === undefined && !tooMany) {
            tooMany = true;
            problems.push(`Một mục có tối đa ${LETTERS.length} điểm.`);
          }
          label = `${letter ?? n}) `;
        }
        if (block.kind === 'item') {
          lines.push({ kind: 'item', label, ...read(block.text) });
          continue;
        }
        const notes = (block.notes ?? []).map((note) => footnotes.push(note));
        lines.push({
          kind: 'heading',
          depth,
          label,
          text: depth === 1 ? upper(block.title) : block.title,
          bold: depth <= (style === 'decimal' ? 3 : 2),
          italic: depth >= 3,
          notes,
        });
        walk(block.blocks, here);
      }
    }
  };
  walk(blocks, []);
  return { lines, footnotes };
}

/** nd30/closing.ts `recipientsBlock`: "- name;" each, then the file copy. */
function recipientLines(
  tree: UnitTree,
  r: CampaignPlanContentInput['recipients'] | null,
): string[] {
  const format = formatOf(tree);
  const bare = (s: string) => s.trim().replace(/[;,.]+$/u, '');
  const out: string[] = [];
  for (const group of r?.groups ?? []) {
    if (group.heading) out.push(group.heading);
    for (const name of group.names ?? []) out.push(`- ${bare(name)}${format.recipientEnd}`);
  }
  out.push(`- ${format.archiveLine(bare(r?.archive ?? ''))}`);
  return out;
}
