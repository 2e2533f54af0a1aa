import type { UnitTree } from '@thidua/shared-domain';

/**
 * What differs between a State document (Nghị định 30/2020/NĐ-CP, also followed by the Mặt trận and its
 * member organisations) and a Party document (Hướng dẫn 36-HD/VPTW). One table, read by every primitive,
 * so a builder never asks which tree it is writing for.
 */
export interface FormatRules {
  /** Right column of the header: the lines above the place and date, the last one ruled underneath. */
  readonly motto: readonly { readonly text: string; readonly size: number }[];
  /** Left column: the body above the issuer (regular) and the issuer itself (bold). */
  readonly parentBodySize: number;
  readonly issuingBodySize: number;
  /** Under the issuer's name: a short rule (NĐ 30) or a star (HD 36). */
  readonly underIssuer: 'rule' | 'star';
  readonly numberSize: number;
  /** "Số:" before "12/KH-UBND" (NĐ 30), "Số" before "12-KH/TU" (HD 36). */
  readonly numberPrefix: string;
  readonly dateSize: number;
  readonly kindSize: number;
  readonly summarySize: number;
  /** Under the trích yếu: a short rule (NĐ 30) or five dashes (HD 36). */
  readonly underSummary: 'rule' | 'dashes';
  readonly recipientsLabel: {
    readonly size: number;
    readonly bold: boolean;
    readonly italic: boolean;
    readonly underline: boolean;
  };
  readonly recipientSize: number;
  /** Each recipient ends with ";" (NĐ 30) or "," (HD 36); the last line is the file copy. */
  readonly recipientEnd: string;
  readonly archiveLine: (archive: string) => string;
  /** How "thay mặt", "ký thay", "thừa lệnh", "thừa ủy quyền" are written; absent = not used in this tree. */
  readonly authority: Readonly<Partial<Record<SigningMode, string>>>;
  /** NĐ 30 closes the text with "./."; Party documents with a full stop (seeds 000 and 002). */
  readonly endMark: string;
}

/** TM. = thay mặt a collective, KT. = ký thay the head, TL. = thừa lệnh, TUQ. = thừa ủy quyền (NĐ 30 Điều 13). */
export type SigningMode = 'TM' | 'KT' | 'TL' | 'TUQ';

const STATE: FormatRules = {
  // Quốc hiệu 12–13 pt bold capitals, Tiêu ngữ 13–14 pt bold, ruled for its whole length.
  motto: [
    { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', size: 13 },
    { text: 'Độc lập - Tự do - Hạnh phúc', size: 14 },
  ],
  // Names 12–13 pt: 13, the body above regular capitals, the issuer bold capitals.
  parentBodySize: 13,
  issuingBodySize: 13,
  underIssuer: 'rule',
  numberSize: 13,
  numberPrefix: 'Số:',
  dateSize: 14,
  kindSize: 14,
  summarySize: 14,
  underSummary: 'rule',
  // "Nơi nhận:" 12 pt bold italic, the list 11 pt.
  recipientsLabel: { size: 12, bold: true, italic: true, underline: false },
  recipientSize: 11,
  recipientEnd: ';',
  archiveLine: (archive) => `Lưu: ${archive}.`,
  authority: { TM: 'TM.', KT: 'KT.', TL: 'TL.', TUQ: 'TUQ.' },
  endMark: './.',
};

const PARTY: FormatRules = {
  // "ĐẢNG CỘNG SẢN VIỆT NAM" 15 pt bold capitals, ruled for its whole length.
  motto: [{ text: 'ĐẢNG CỘNG SẢN VIỆT NAM', size: 15 }],
  parentBodySize: 14,
  issuingBodySize: 14,
  underIssuer: 'star',
  numberSize: 14,
  numberPrefix: 'Số',
  dateSize: 14,
  kindSize: 16,
  summarySize: 14,
  underSummary: 'dashes',
  // "Nơi nhận:" 14 pt underlined, the list 12 pt, "- Lưu Văn phòng Tỉnh ủy." (seed 000).
  recipientsLabel: { size: 14, bold: false, italic: false, underline: true },
  recipientSize: 12,
  recipientEnd: ',',
  archiveLine: (archive) => `Lưu ${archive}.`,
  // A cấp ủy signs as a collective (T/M); K/T for a head's deputy (K/T TRƯỞNG BAN); no thừa ủy quyền.
  authority: { TM: 'T/M', KT: 'K/T', TL: 'T/L' },
  endMark: '.',
};

export function formatRules(tree: UnitTree): FormatRules {
  return tree === 'PARTY' ? PARTY : STATE;
}
