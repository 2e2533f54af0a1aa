/**
 * Thẩm định (issue 11, "Routing": "appraisal: a checklist per rule, remarks"): the receiving unit goes
 * through a nominee's file item by item before it concludes đạt / không đạt. The items come from the
 * rule the nominee was judged under: each of its conditions and principles as the eligibility check
 * found them (met, not met, for the officer to confirm), and each document the rule's dossier list
 * names, found or not among the dossier's documents. The appraiser may set any item to "không đạt"
 * with a remark, or confirm one the check could not judge; a verdict "đạt" is refused while an item
 * stands unmet. Pure, so the API refuses and the SPA's dialog warns with the same sentences.
 */
import { foldVietnamese } from '../text/fold';
import type { DossierDocumentKind } from './award-dossier-contents';
import type { RuleDossierItem } from './award-rules';
import type { ConditionCheck } from './eligibility';

export const CHECKLIST_SOURCES = {
  PRINCIPLE: 'Nguyên tắc khen thưởng',
  CONDITION: 'Tiêu chuẩn',
  DOCUMENT: 'Thành phần hồ sơ',
} as const satisfies Record<string, string>;
export type ChecklistSource = keyof typeof CHECKLIST_SOURCES;

/** Who settled an item: the appraiser's own answer, the automatic check, or the verdict "đạt" confirming it. */
export const CHECKLIST_SETTLED_BY = {
  APPRAISER: 'Cán bộ thẩm định',
  CHECK: 'Kiểm tra tự động',
  VERDICT: 'Xác nhận khi kết luận đạt',
  OPEN: 'Chưa xác nhận',
} as const satisfies Record<string, string>;
export type ChecklistSettledBy = keyof typeof CHECKLIST_SETTLED_BY;

export interface AppraisalChecklistItem {
  /** "c:1", "c:2.1" (a condition), "p:HOLD" (a principle), "d:0" (the rule's first document) */
  key: string;
  source: ChecklistSource;
  /** what the rule asks: "Đạt danh hiệu Lao động tiên tiến", "Báo cáo thành tích (Mẫu số 05)" */
  requirement: string;
  /** what was found: the check's sentence, or which document of the dossier answers the item */
  finding: string;
  /** the check's answer: met, not met, null when it cannot tell (the appraiser confirms) */
  met: boolean | null;
  /** the legal basis cited for it, when there is one */
  basis: string | null;
}

/** An appraiser's answer to one item. */
export interface ChecklistAnswer {
  key: string;
  ok: boolean;
  remark?: string | null;
}

/** An item as the appraisal recorded it. */
export interface AppraisedChecklistItem extends AppraisalChecklistItem {
  ok: boolean;
  remark: string | null;
  settledBy: ChecklistSettledBy;
}

/** The documents the checklist looks for, as the dossier holds them. */
export interface ChecklistDocument {
  kind: DossierDocumentKind;
  nominationId: string | null;
  /** the file's name or the note, to say which document answers the item */
  label: string;
}

/**
 * Which slot of a dossier holds a document the rule names, by its words: a rule says "Tờ trình đề
 * nghị xét tặng danh hiệu thi đua", "Báo cáo thành tích của cá nhân", "Biên bản bình xét thi đua và
 * kết quả bỏ phiếu", "Chứng nhận, xác nhận sáng kiến" (domain reference §2.9). Null: no slot matches
 * (a "văn bản liên quan"), and the item is the appraiser's to confirm.
 */
export function dossierSlotOf(document: string): DossierDocumentKind | null {
  const words = foldVietnamese(document).toLowerCase();
  if (words.includes('to trinh')) return 'TO_TRINH';
  if (words.includes('bien ban')) return 'BIEN_BAN';
  if (words.includes('bao cao')) return 'BAO_CAO_THANH_TICH';
  if (words.includes('sang kien') || words.includes('de tai')) return 'SANG_KIEN';
  return null;
}

/**
 * The checklist of one nominee: the top-level checks of its stored eligibility (principles first, as
 * the engine lists them), or one item to confirm by hand when the engine did not judge it, then the
 * rule's dossier documents looked up among the dossier's (a nominee's own for a per-nominee slot).
 */
export function appraisalChecklist(input: {
  nominationId: string;
  awardName: string;
  checks: readonly ConditionCheck[] | null;
  /** why the engine did not judge (a plan's form without a code, a household, no rule in force) */
  manualReason: string | null;
  ruleDocuments: readonly RuleDossierItem[];
  documents: readonly ChecklistDocument[];
}): AppraisalChecklistItem[] {
  const items: AppraisalChecklistItem[] = input.checks
    ? input.checks.map((c) => ({
        key: c.principle ? `p:${c.code}` : `c:${c.key}`,
        source: c.principle ? 'PRINCIPLE' : 'CONDITION',
        requirement: c.requirement,
        finding: c.label,
        met: c.met,
        basis: c.basis || null,
      }))
    : [
        {
          key: 'c:manual',
          source: 'CONDITION',
          requirement: `Tiêu chuẩn của ${input.awardName}`,
          finding: input.manualReason ?? 'Chưa kiểm tra tự động được; cán bộ thẩm định xác nhận.',
          met: null,
          basis: null,
        },
      ];
  input.ruleDocuments.forEach((doc, i) => {
    const requirement = doc.form ? `${doc.document} (${doc.form})` : doc.document;
    const slot = dossierSlotOf(doc.document);
    const found = slot
      ? input.documents.filter(
          (d) =>
            d.kind === slot && (d.nominationId === null || d.nominationId === input.nominationId),
        )
      : [];
    items.push({
      key: `d:${i}`,
      source: 'DOCUMENT',
      requirement,
      finding: found.length
        ? `Có trong hồ sơ: ${found.map((d) => d.label).join('; ')}.`
        : slot
          ? 'Không thấy trong hồ sơ.'
          : 'Cán bộ thẩm định đối chiếu với tài liệu kèm theo.',
      // a sáng kiến certificate is one of several ways to meet a condition (HTXSNV or a sáng kiến):
      // its absence is for the appraiser to weigh, not a failure by itself
      met: found.length ? true : slot && slot !== 'SANG_KIEN' ? false : null,
      basis: null,
    });
  });
  return items;
}

/** A refusal of the appraisal, on the path of the answer it concerns ("checklist.2.remark"). */
export interface AppraisalProblem {
  path: string;
  message: string;
}

/**
 * Settles a nominee's checklist with the appraiser's answers under the verdict. Answers name items by
 * key; "không đạt" needs its remark, and so does "đạt" against the check's "not met" (the appraiser
 * overrides the data and says on what ground). Items left unanswered keep the check's answer; those
 * the check could not judge are confirmed by a verdict "đạt" and stay open under "không đạt". A
 * verdict "đạt" with an item unmet is refused, naming the item.
 */
export function settleChecklist(
  name: string,
  items: readonly AppraisalChecklistItem[],
  answers: readonly ChecklistAnswer[],
  verdict: 'PASS' | 'FAIL',
): { items: AppraisedChecklistItem[]; problems: AppraisalProblem[] } {
  const problems: AppraisalProblem[] = [];
  const byKey = new Map<string, { answer: ChecklistAnswer; i: number }>();
  answers.forEach((answer, i) => {
    if (!items.some((item) => item.key === answer.key))
      problems.push({
        path: `checklist.${i}.key`,
        message: `Mục kiểm tra "${answer.key}" không có trong danh mục thẩm định của ${name}.`,
      });
    else if (byKey.has(answer.key))
      problems.push({
        path: `checklist.${i}.key`,
        message: `Một mục kiểm tra của ${name} được trả lời hai lần.`,
      });
    else byKey.set(answer.key, { answer, i });
  });
  const settled = items.map((item): AppraisedChecklistItem => {
    const given = byKey.get(item.key);
    if (given) {
      const remark = given.answer.remark?.trim() || null;
      if (!given.answer.ok && !remark)
        problems.push({
          path: `checklist.${given.i}.remark`,
          message: `Hãy ghi vì sao mục "${item.requirement}" của ${name} không đạt.`,
        });
      if (given.answer.ok && item.met === false && !remark)
        problems.push({
          path: `checklist.${given.i}.remark`,
          message: `Kiểm tra tự động thấy mục "${item.requirement}" của ${name} chưa đạt: hãy ghi căn cứ xác nhận đạt.`,
        });
      return { ...item, ok: given.answer.ok, remark, settledBy: 'APPRAISER' };
    }
    if (item.met === null)
      return verdict === 'PASS'
        ? { ...item, ok: true, remark: null, settledBy: 'VERDICT' }
        : { ...item, ok: false, remark: null, settledBy: 'OPEN' };
    return { ...item, ok: item.met, remark: null, settledBy: 'CHECK' };
  });
  if (verdict === 'PASS')
    for (const item of settled)
      if (!item.ok)
        problems.push({
          path: 'verdict',
          message: `${name}: chưa thể kết luận đạt khi mục "${item.requirement}" không đạt.`,
        });
  return { items: settled, problems };
}
