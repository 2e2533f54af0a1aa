import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { strToU8, zipSync, type Zippable } from 'fflate';
import {
  DOSSIER_DOCUMENT_KINDS,
  DOSSIER_STATUSES,
  isDossierEditable,
  isoToVn,
  todayInVietnam,
} from '@thidua/shared-domain';
import type { RequestContext } from '../../core/context/request-context';
import { TransactionRunner } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import { FILE_MEDIA_TYPES, FilesService } from '../files/files.service';
import { OrgService } from '../org/org.service';
import { AwardDocumentDraftEntity } from './award-document-draft.entity';
import { AwardDocumentPdfs } from './award-document-pdfs';
import { asciiName } from './award-document-render';
import { AwardDraftingService } from './award-drafting.service';
import {
  AwardDossierDocumentEntity,
  AwardNominationEntity,
  type AwardDossierEntity,
} from './award-dossier.entity';
import { AwardDossierService } from './award-dossier.service';
import { AwardRoundEntity } from './award-round.entity';

/**
 * A package is at most 200 MB: a dossier holds at most 300 documents of at most 10 MB (files module),
 * but a real one is a few dozen documents of ~100 KB (.docx 17 KB, PDF 70 KB for a 4-page plan), and
 * the whole zip is built in memory for one response; the national system's own upload limits are of
 * the same order.
 */
export const PACKAGE_MAX_BYTES = 200 * 1024 * 1024;

const EXTENSIONS: Record<string, string> = {
  [FILE_MEDIA_TYPES.DOCX]: 'docx',
  [FILE_MEDIA_TYPES.PDF]: 'pdf',
  [FILE_MEDIA_TYPES.PNG]: 'png',
  [FILE_MEDIA_TYPES.JPEG]: 'jpg',
};

/** One document of the package, before its files are made. */
interface Item {
  /** "To-trinh", "BCTT-Nguyen-Thi-Hoa": the file name after its number. */
  base: string;
  /** "Tờ trình đề nghị khen thưởng (số 05/TTr-SNV)": what the danh mục calls it. */
  label: string;
  make: () => Promise<{ bytes: Uint8Array; extension: string; sha256: string | null }>;
}

/** A document's bytes as made. */
interface Made {
  item: Item;
  bytes: Uint8Array;
  extension: string;
  sha256: string | null;
}

/** One file of the package. */
interface Entry {
  name: string;
  label: string;
  bytes: Uint8Array;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function tooLarge(): AppError {
  const message = `Gói hồ sơ vượt quá ${PACKAGE_MAX_BYTES / 1024 / 1024} MB: hãy bớt tệp đính kèm lớn (ảnh chụp, bản quét) rồi tải lại.`;
  return AppError.badInput({ id: [message] }, message);
}

/** "15:04 ngày 12/10/2025" in Vietnam (UTC+7, no daylight saving). */
function vnTime(at: Date): string {
  const local = new Date(at.getTime() + 7 * 3_600_000).toISOString();
  return `${local.slice(11, 16)} ngày ${isoToVn(todayInVietnam(at))}`;
}

/**
 * The e-dossier package (issue 11, "Export of a dossier as the package the national e-dossier system
 * takes"; ADR 0020): every document of the dossier, in the order the law lists them — the tờ trình,
 * the biên bản, then per nominee its báo cáo thành tích, its sáng kiến certificate and its own
 * attachments, then the dossier's other attachments — each as Word and PDF where it is a Word
 * document (an uploaded PDF or image as it is; a biên bản typed in as text), numbered "01-To-trinh",
 * "02-Bien-ban", "03-BCTT-Nguyen-Thi-Hoa"…, with `danh-muc.txt` (the list, in Vietnamese, with each
 * file's size and SHA-256) and `SHA256SUMS` (`sha256sum -c` checks the files).
 *
 * A sent dossier's documents are the ones kept at the send; a dossier still with the proposing unit
 * packs its drafts rendered now, so the officer sees the package before sending. PDFs come from the
 * kept ones (AwardDocumentPdfs) or are converted now through the process's pool; without LibreOffice
 * the answer is PDF_UNAVAILABLE (503). Read like the dossier (NOT_FOUND outside its readers).
 */
@Injectable()
export class AwardPackageService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly dossiers: AwardDossierService,
    private readonly drafting: AwardDraftingService,
    private readonly files: FilesService,
    private readonly pdfs: AwardDocumentPdfs,
    private readonly org: OrgService,
  ) {}

  async package(
    ctx: RequestContext,
    dossierId: string,
  ): Promise<{ name: string; bytes: Uint8Array }> {
    const d = await this.dossiers.get(ctx, dossierId);
    const round = await this.db.repo(AwardRoundEntity).findOneByOrFail({ id: d.roundId });
    const unit = await this.org.get(d.unitId);
    const nominees = await this.db
      .repo(AwardNominationEntity)
      .find({ where: { dossierId: d.id }, order: { position: 'ASC', createdAt: 'ASC' } });
    const documents = await this.db
      .repo(AwardDossierDocumentEntity)
      .find({ where: { dossierId: d.id }, order: { createdAt: 'ASC' } });
    const toTrinh = await this.db
      .repo(AwardDocumentDraftEntity)
      .findOneBy({ dossierId: d.id, kind: 'TO_TRINH' });

    const items = this.items(ctx, d, nominees, documents);
    const declared = documents.reduce((sum, x) => sum + (x.size ?? 0), 0);
    if (declared > PACKAGE_MAX_BYTES) throw tooLarge();

    // the documents, then their PDFs (kept, else converted now: the pool's workers at a time)
    const made: Made[] = [];
    for (const item of items) made.push({ item, ...(await item.make()) });
    let total = made.reduce((sum, m) => sum + m.bytes.length, 0);
    if (total > PACKAGE_MAX_BYTES) throw tooLarge();
    const words = made.filter((m) => m.extension === 'docx');
    const kept = await this.pdfs.kept(words.flatMap((m) => (m.sha256 ? [m.sha256] : [])));
    if (words.some((m) => !m.sha256 || !kept.has(m.sha256)) && !(await this.pdfs.available()))
      throw new AppError(
        'PDF_UNAVAILABLE',
        'Máy chủ chưa cài LibreOffice nên chưa lập được bản PDF của các tài liệu Word: chưa xuất được gói hồ sơ điện tử.',
      );
    const pdfs = new Map<Made, Uint8Array>();
    let next = 0;
    const worker = async () => {
      for (let m = words[next++]; m; m = words[next++]) {
        const pdf = await this.pdfs.pdfOf(m.bytes, m.sha256 ? kept.get(m.sha256) : null);
        total += pdf.length;
        if (total > PACKAGE_MAX_BYTES) throw tooLarge();
        pdfs.set(m, pdf);
      }
    };
    await Promise.all(
      Array.from({ length: Math.min(this.pdfs.workers, words.length) }, () => worker()),
    );

    const entries: Entry[] = [];
    made.forEach((m, i) => {
      const base = `${String(i + 1).padStart(2, '0')}-${m.item.base}`;
      entries.push({ name: `${base}.${m.extension}`, label: m.item.label, bytes: m.bytes });
      const pdf = pdfs.get(m);
      if (pdf)
        entries.push({ name: `${base}.pdf`, label: `${m.item.label} (bản PDF)`, bytes: pdf });
    });

    const at = d.submittedAt ?? new Date();
    const files: Zippable = {};
    for (const e of entries)
      files[e.name] = [e.bytes, { level: e.name.endsWith('.txt') ? 6 : 0, mtime: at }];
    files['danh-muc.txt'] = [
      strToU8(this.manifest(d, round, unit.name, toTrinh?.symbol ?? null, entries)),
      { level: 6, mtime: at },
    ];
    files['SHA256SUMS'] = [
      strToU8(entries.map((e) => `${sha256(e.bytes)}  ${e.name}\n`).join('')),
      { level: 6, mtime: at },
    ];
    const bytes = zipSync(files);
    if (bytes.length > PACKAGE_MAX_BYTES) throw tooLarge();
    return {
      name: `Hồ sơ đề nghị khen thưởng - ${unit.name} - ${round.year}.zip`,
      bytes,
    };
  }

  /** The documents in the package's order, each with how its bytes are made. */
  private items(
    ctx: RequestContext,
    d: AwardDossierEntity,
    nominees: readonly AwardNominationEntity[],
    documents: readonly AwardDossierDocumentEntity[],
  ): Item[] {
    const items: Item[] = [];
    const editable = isDossierEditable(d.status);
    const stored = (doc: AwardDossierDocumentEntity, base: string, label: string): Item => ({
      base,
      label: doc.note && doc.kind === 'OTHER' ? `${label}: ${doc.note}` : label,
      make: async () => {
        if (!doc.fileSha256)
          return { bytes: strToU8(doc.text ?? ''), extension: 'txt', sha256: null };
        const file = await this.files.get(doc.fileSha256);
        if (!file) throw AppError.notFound('Tài liệu', doc.id);
        return {
          bytes: file.bytes,
          extension: EXTENSIONS[file.mediaType] ?? 'bin',
          sha256: doc.fileSha256,
        };
      },
    });
    const other = (doc: AwardDossierDocumentEntity) => {
      const name = doc.fileName?.replace(/\.[a-z0-9]+$/i, '') || doc.note || 'Tai-lieu';
      return stored(doc, `Kem-theo-${asciiName(name, 40)}`, DOSSIER_DOCUMENT_KINDS.OTHER);
    };

    // while the dossier is with its unit, what an earlier send generated is not what the next send
    // will: the draft (perhaps reopened and edited since the return) is rendered now instead
    const standing = (doc: AwardDossierDocumentEntity | undefined) =>
      doc && !(editable && doc.generated) ? doc : undefined;
    const toTrinh = standing(documents.find((x) => x.kind === 'TO_TRINH'));
    if (toTrinh) items.push(stored(toTrinh, 'To-trinh', DOSSIER_DOCUMENT_KINDS.TO_TRINH));
    else if (editable)
      items.push({
        base: 'To-trinh',
        label: `${DOSSIER_DOCUMENT_KINDS.TO_TRINH} (bản dự thảo)`,
        make: async () => ({
          bytes: await this.drafting.renderToTrinhOf(ctx, d),
          extension: 'docx',
          sha256: null,
        }),
      });
    for (const doc of documents.filter((x) => x.kind === 'BIEN_BAN'))
      items.push(stored(doc, 'Bien-ban', DOSSIER_DOCUMENT_KINDS.BIEN_BAN));
    for (const n of nominees) {
      const who = asciiName(n.name, 40);
      const report = standing(
        documents.find((x) => x.kind === 'BAO_CAO_THANH_TICH' && x.nominationId === n.id),
      );
      const label = `${DOSSIER_DOCUMENT_KINDS.BAO_CAO_THANH_TICH} của ${n.name}`;
      if (report) items.push(stored(report, `BCTT-${who}`, label));
      else if (editable)
        items.push({
          base: `BCTT-${who}`,
          label: `${label} (bản dự thảo)`,
          make: async () => ({
            bytes: await this.drafting.renderReportOf(ctx, d, n),
            extension: 'docx',
            sha256: null,
          }),
        });
      for (const doc of documents.filter((x) => x.kind === 'SANG_KIEN' && x.nominationId === n.id))
        items.push(
          stored(doc, `Sang-kien-${who}`, `${DOSSIER_DOCUMENT_KINDS.SANG_KIEN} của ${n.name}`),
        );
      for (const doc of documents.filter((x) => x.kind === 'OTHER' && x.nominationId === n.id))
        items.push(other(doc));
    }
    for (const doc of documents.filter((x) => x.kind === 'OTHER' && !x.nominationId))
      items.push(other(doc));
    return items;
  }

  /** danh-muc.txt: what the package holds, for the officer who uploads it and for whoever checks it. */
  private manifest(
    d: AwardDossierEntity,
    round: AwardRoundEntity,
    unitName: string,
    symbol: string | null,
    entries: readonly Entry[],
  ): string {
    const lines = [
      'DANH MỤC HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG',
      '',
      `Đơn vị đề nghị: ${unitName}`,
      `Đợt xét khen thưởng: ${round.title}`,
      `Cấp có thẩm quyền quyết định: ${round.decidingAuthority}`,
      `Trạng thái hồ sơ: ${DOSSIER_STATUSES[d.status]}${d.submittedAt ? ` (gửi lần gần nhất lúc ${vnTime(d.submittedAt)})` : ''}`,
      ...(symbol ? [`Tờ trình số: ${symbol}`] : []),
      `Lập gói lúc: ${vnTime(new Date())}`,
      ...(isDossierEditable(d.status)
        ? [
            'Hồ sơ đang lập hoặc bị trả lại: tờ trình, báo cáo thành tích do hệ thống soạn là bản dự thảo.',
          ]
        : []),
      '',
      `Gồm ${entries.length} tệp. Mã SHA-256 của từng tệp dùng để đối chiếu (tệp SHA256SUMS: lệnh "sha256sum -c SHA256SUMS").`,
      '',
    ];
    entries.forEach((e, i) => {
      lines.push(
        `${i + 1}. ${e.name}`,
        `   ${e.label}`,
        `   Dung lượng: ${e.bytes.length.toLocaleString('vi-VN')} byte`,
        `   SHA-256: ${sha256(e.bytes)}`,
      );
    });
    return `${lines.join('\n')}\n`;
  }
}
