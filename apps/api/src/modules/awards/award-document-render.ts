import { createHash } from 'node:crypto';
import {
  DocumentDataError,
  achievementReportParts,
  buildAchievementReport,
  buildToTrinh,
  type AchievementReportDocument,
  type Block,
  type DocumentDate,
  type Issuer,
  type ToTrinhAward,
  type ToTrinhDocument,
  type ToTrinhNominee,
} from '@thidua/documents';
import type { AchievementReportKindCode, AwardSubject, AwardTrack } from '@thidua/shared-domain';
import { AppError } from '../../core/errors/app-error';
import type { ReportDraftContent, ToTrinhDraftContent } from './award-document-draft.entity';

/**
 * A draft's text as the documents' blocks: one paragraph per line, consecutive lines opening with
 * "- " or "+ " one bulleted list (the way officers type a báo cáo in a text box); blank lines only
 * separate.
 */
export function textBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let items: string[] = [];
  const flush = () => {
    if (items.length) blocks.push({ kind: 'list', items });
    items = [];
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const bullet = /^[-+•]\s+(.*)$/u.exec(line);
    if (bullet?.[1]) items.push(bullet[1].trim());
    else {
      flush();
      if (line) blocks.push(line);
    }
  }
  flush();
  return blocks;
}

/** What a báo cáo needs besides its editable content: who, for what, under which header and form. */
export interface ReportFrame {
  kind: AchievementReportKindCode;
  track: AwardTrack;
  subject: AwardSubject;
  issuer: Issuer;
  place: string;
  date: DocumentDate;
  form: string | null;
  award: string;
  name: string;
}

export function reportDocument(
  frame: ReportFrame,
  c: ReportDraftContent,
): AchievementReportDocument {
  const blocks = (text: string) => {
    const b = textBlocks(text);
    return b.length ? b : undefined;
  };
  return {
    ...frame,
    period: c.period,
    profile: c.profile.filter((f) => f.label.trim() && f.value.trim()),
    background: blocks(c.background),
    achievements: {
      commitments: blocks(c.commitments),
      targets: c.targets.length ? c.targets : undefined,
      measures: blocks(c.measures),
      results: textBlocks(c.results),
      lessons: blocks(c.lessons),
      evaluations: c.evaluations.length ? c.evaluations : undefined,
    },
    priorAwards: c.priorAwards,
    initiatives: c.initiatives,
    signatures: { author: c.author, confirmer: c.confirmer },
  };
}

/** What a tờ trình needs besides its editable content: header, number, date, form, the dossier's list. */
export interface ToTrinhFrame {
  issuer: Issuer;
  /** "Văn phòng UBND tỉnh": the proposing unit as the proposal sentence names it. */
  proposer: string;
  number: number | null;
  date: DocumentDate;
  form: string | null;
  nominees: ToTrinhNominee[];
}

/** The tờ trình's proposal lines: per award, in the list's order, how many of each subject. */
export function awardCounts<N extends { subject: AwardSubject }>(
  nominees: readonly N[],
  awardOf: (n: N) => string,
): ToTrinhAward[] {
  const awards = new Map<string, ToTrinhAward>();
  for (const n of nominees) {
    const award = awardOf(n);
    const a = awards.get(award) ?? { award, collectives: 0, individuals: 0, households: 0 };
    awards.set(award, {
      ...a,
      collectives: a.collectives + (n.subject === 'COLLECTIVE' ? 1 : 0),
      households: a.households + (n.subject === 'HOUSEHOLD' ? 1 : 0),
      individuals: a.individuals + (n.subject === 'INDIVIDUAL' ? 1 : 0),
    });
  }
  return [...awards.values()];
}

export function toTrinhDocument(frame: ToTrinhFrame, c: ToTrinhDraftContent): ToTrinhDocument {
  const summary = textBlocks(c.summary);
  return {
    issuer: frame.issuer,
    number: frame.number,
    place: c.place,
    date: frame.date,
    form: frame.form,
    subject: c.subject,
    addressees: c.addressees,
    bases: c.bases,
    councilMinutes: c.councilMinutes,
    summary: summary.length ? summary : undefined,
    authority: c.authority,
    proposer: frame.proposer,
    awards: awardCounts(frame.nominees, (n) => n.award),
    nominees: frame.nominees,
    recipients: { groups: [{ names: c.recipients }], archive: c.archive },
    signature: {
      on: c.signer.on.length
        ? c.signer.on.map((l) => ({ mode: l.authority, of: l.of }))
        : undefined,
      title: c.signer.title,
      name: c.signer.name,
    },
  };
}

/** JSON with every object's keys sorted: jsonb hands keys back in its own order, not the one written. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

/** The hash of the data a document is rendered from: a resend with the same data keeps the file. */
export function documentHash(doc: AchievementReportDocument | ToTrinhDocument): string {
  return createHash('sha256').update(canonical(doc)).digest('hex');
}

/** The builder's refusal of the data (DocumentDataError) as the Vietnamese answer it carries. */
async function printable<T>(what: string, work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DocumentDataError)
      throw AppError.field('id', `Chưa lập được ${what}: ${error.message}`);
    throw error;
  }
}

export function renderReport(doc: AchievementReportDocument): Promise<Uint8Array> {
  return printable(`báo cáo thành tích của ${doc.name}`, () => buildAchievementReport(doc));
}

/**
 * Refuses a report the send could not print, as `renderReport` would, without packing the .docx
 * (libs/documents `achievementReportParts`: every check of the data, 8 ms against 57 ms for a build).
 */
export async function checkReport(doc: AchievementReportDocument): Promise<void> {
  await printable(`báo cáo thành tích của ${doc.name}`, () => achievementReportParts(doc));
}

export function renderToTrinh(doc: ToTrinhDocument): Promise<Uint8Array> {
  return printable('tờ trình', () => buildToTrinh(doc));
}

/** The download names and header, kept by the files module for every record's file route. */
export { asciiName, disposition } from '../files/files.service';
