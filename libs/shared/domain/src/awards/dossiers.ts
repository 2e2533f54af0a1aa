/**
 * The life of a hồ sơ đề nghị khen thưởng between the unit that proposes and the unit that receives for
 * the deciding authority (issue 11, "Routing"): the statuses, who may move a dossier from each, and the
 * working-day clocks the law runs on them. Pure: the awards module applies it in its transactions and
 * the SPA shows the same buttons the API accepts. Codes are stored and part of the public API: add,
 * never rename.
 *
 * The widest open-source product (domain reference §11) stops at "chờ chuyển → chờ duyệt → đã tiếp
 * nhận → đủ/không đủ điều kiện → đã khen thưởng" with one overwritten return reason; here every send
 * and return is an event with its remarks, so the history survives resubmission.
 */

export const DOSSIER_STATUSES = {
  DRAFT: 'Đang lập',
  SUBMITTED: 'Đã gửi, chờ tiếp nhận',
  RETURNED: 'Trả lại',
  RECEIVED: 'Đã tiếp nhận, đang thẩm định',
  APPRAISED: 'Đã thẩm định',
  READY_FOR_COUNCIL: 'Chờ Hội đồng xét',
  DECIDED: 'Đã có quyết định',
  WITHDRAWN: 'Đã rút',
} as const satisfies Record<string, string>;
export type DossierStatus = keyof typeof DOSSIER_STATUSES;

/** Which side acts: the proposing unit, or the unit receiving for the deciding authority. */
export type DossierSide = 'SUBMITTER' | 'RECEIVER';

export const DOSSIER_ACTIONS = {
  SUBMIT: 'Gửi hồ sơ',
  RECALL: 'Rút lại để sửa',
  WITHDRAW: 'Rút hồ sơ',
  RECEIVE: 'Tiếp nhận',
  RETURN: 'Trả lại',
  APPRAISE: 'Hoàn thành thẩm định',
  FORWARD_TO_COUNCIL: 'Chuyển Hội đồng xét',
  DECIDE: 'Ghi nhận quyết định',
} as const satisfies Record<string, string>;
export type DossierAction = keyof typeof DOSSIER_ACTIONS;

interface Transition {
  readonly from: readonly DossierStatus[];
  readonly to: DossierStatus;
  readonly side: DossierSide;
}

/**
 * The whole table. RECALL is the proposing unit taking back a file nobody has opened yet (before
 * reception); once received, only the receiver returns it. RETURN is open at reception (an incomplete
 * file, 05 working days), during and after appraisal, and from the council's queue (a member's
 * objection found before the session): a returned file is resent with SUBMIT.
 */
const TRANSITIONS: Record<DossierAction, Transition> = {
  SUBMIT: { from: ['DRAFT', 'RETURNED'], to: 'SUBMITTED', side: 'SUBMITTER' },
  RECALL: { from: ['SUBMITTED'], to: 'DRAFT', side: 'SUBMITTER' },
  WITHDRAW: { from: ['DRAFT', 'RETURNED', 'SUBMITTED'], to: 'WITHDRAWN', side: 'SUBMITTER' },
  RECEIVE: { from: ['SUBMITTED'], to: 'RECEIVED', side: 'RECEIVER' },
  RETURN: {
    from: ['SUBMITTED', 'RECEIVED', 'APPRAISED', 'READY_FOR_COUNCIL'],
    to: 'RETURNED',
    side: 'RECEIVER',
  },
  APPRAISE: { from: ['RECEIVED'], to: 'APPRAISED', side: 'RECEIVER' },
  FORWARD_TO_COUNCIL: { from: ['APPRAISED'], to: 'READY_FOR_COUNCIL', side: 'RECEIVER' },
  // an award the head decides on the appraisal alone (Giấy khen, TTLĐXS, Bằng khen of the Chủ tịch
  // UBND tỉnh on the Thường trực Hội đồng's appraisal: BN86 Điều 5) is decided from APPRAISED; one the
  // council votes on, after its session (READY_FOR_COUNCIL)
  DECIDE: { from: ['APPRAISED', 'READY_FOR_COUNCIL'], to: 'DECIDED', side: 'RECEIVER' },
};

/** The status after `action`, or null when the action is not open from `status`. */
export function dossierNext(status: DossierStatus, action: DossierAction): DossierStatus | null {
  const t = TRANSITIONS[action];
  return t.from.includes(status) ? t.to : null;
}

/** Who may take `action`. */
export function dossierActionSide(action: DossierAction): DossierSide {
  return TRANSITIONS[action].side;
}

/** The actions `side` may take on a dossier in `status`, in the order a screen shows them. */
export function dossierActions(status: DossierStatus, side: DossierSide): DossierAction[] {
  return (Object.keys(TRANSITIONS) as DossierAction[]).filter(
    (a) => TRANSITIONS[a].side === side && TRANSITIONS[a].from.includes(status),
  );
}

/** Why an action is refused, in the words an officer reads. */
export function dossierActionRefusal(status: DossierStatus, action: DossierAction): string {
  return `Không thể "${DOSSIER_ACTIONS[action].toLowerCase()}" khi hồ sơ đang ở trạng thái "${DOSSIER_STATUSES[status]}".`;
}

/** The proposing unit may edit nominees, reports and attachments only while the file is with it. */
export function isDossierEditable(status: DossierStatus): boolean {
  return status === 'DRAFT' || status === 'RETURNED';
}

/**
 * The clocks (QĐ 311/QĐ-BNV 2025, QĐ 638/QĐ-BNV 2025: domain reference §2.10), in working days on the
 * working-day calendar. They are defaults a province's procedure may change, hence parameters of the
 * rules, not constants in code; these are the values the rules ship with.
 */
export const DOSSIER_CLOCKS = {
  /** an incomplete file goes back within 05 working days of its arrival */
  RECEPTION: { workingDays: 5, label: 'Kiểm tra, tiếp nhận hoặc trả lại hồ sơ' },
  /** appraisal within 20 working days of a complete file */
  APPRAISAL: { workingDays: 20, label: 'Thẩm định hồ sơ' },
} as const satisfies Record<string, { workingDays: number; label: string }>;
export type DossierClock = keyof typeof DOSSIER_CLOCKS;

/** The clock running in a status, counted from the day the dossier entered it; none elsewhere. */
export function dossierClock(status: DossierStatus): DossierClock | null {
  if (status === 'SUBMITTED') return 'RECEPTION';
  if (status === 'RECEIVED') return 'APPRAISAL';
  return null;
}

/** One quota line of an award plan ("không quá 01 tập thể hoặc cá nhân" per unit). */
export interface QuotaLine {
  /** the form or title it limits, as the plan writes it */
  readonly form: string;
  readonly collectives?: number | null;
  readonly individuals?: number | null;
  /** collectives and individuals together */
  readonly either?: number | null;
}

/** How many nominees of one unit a dossier proposes for `form`. */
export interface QuotaUse {
  readonly form: string;
  readonly collectives: number;
  readonly individuals: number;
}

export interface QuotaFinding {
  readonly form: string;
  readonly limit: number;
  readonly used: number;
  readonly over: boolean;
  /** "Bằng khen của Chủ tịch UBND tỉnh: đề nghị 2 tập thể hoặc cá nhân, kế hoạch cho phép không quá 1." */
  readonly explanation: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Each quota line against what the unit proposes. Forms match on their accent-folded, case-blind
 * name (`sameForm`, given by the caller so this stays free of the folding rules); a use with no line
 * is unlimited by the plan and not reported. "Hoặc" lines count collectives and individuals together.
 */
export function checkQuotas(
  lines: readonly QuotaLine[],
  uses: readonly QuotaUse[],
  sameForm: (a: string, b: string) => boolean,
): QuotaFinding[] {
  const findings: QuotaFinding[] = [];
  for (const line of lines) {
    const use = uses.filter((u) => sameForm(u.form, line.form));
    const collectives = use.reduce((n, u) => n + u.collectives, 0);
    const individuals = use.reduce((n, u) => n + u.individuals, 0);
    const check = (limit: number | null | undefined, used: number, noun: string) => {
      if (limit === null || limit === undefined) return;
      findings.push({
        form: line.form,
        limit,
        used,
        over: used > limit,
        explanation:
          `${line.form}: đề nghị ${pad(used)} ${noun}, kế hoạch cho phép không quá ${pad(limit)}` +
          (used > limit ? ` (vượt ${pad(used - limit)}).` : '.'),
      });
    };
    check(line.either, collectives + individuals, 'tập thể hoặc cá nhân');
    check(line.collectives, collectives, 'tập thể');
    check(line.individuals, individuals, 'cá nhân');
  }
  return findings;
}

/** A nominee as the tie-break sees it. */
export interface RankedNominee {
  readonly id: string;
  /** the council's agreeing votes, or any score the round ranks on; higher first */
  readonly score: number;
  readonly subject: 'INDIVIDUAL' | 'COLLECTIVE' | 'HOUSEHOLD';
  /** a woman (individual), or the share of women among a collective's members (0..1) */
  readonly female?: boolean | null;
  readonly womenShare?: number | null;
}

/** NĐ 152/2025 Điều 4 k.6: a collective is given the women's priority from 70% women. */
export const WOMEN_PRIORITY_SHARE = 0.7;

function womenPriority(n: RankedNominee): boolean {
  if (n.subject === 'INDIVIDUAL') return n.female === true;
  if (n.subject === 'COLLECTIVE') return (n.womenShare ?? 0) >= WOMEN_PRIORITY_SHARE;
  return false;
}

/**
 * Orders nominees for a limited number of awards: by score, and among equal scores the women and the
 * collectives with at least 70% women first (NĐ 152/2025 Điều 4 k.6); what is still tied keeps its
 * given order (the council chair's vote decides it, TT 25/2025/TT-BKHCN Điều 23). Each nominee says
 * whether the priority placed it ahead of someone with the same score.
 */
export function rankForQuota(
  nominees: readonly RankedNominee[],
): { id: string; rank: number; byWomenPriority: boolean }[] {
  const indexed = nominees.map((n, i) => ({ n, i, p: womenPriority(n) }));
  indexed.sort((a, b) => b.n.score - a.n.score || Number(b.p) - Number(a.p) || a.i - b.i);
  return indexed.map(({ n, p }, k) => ({
    id: n.id,
    rank: k + 1,
    // ahead of someone with the same score only because of the priority
    byWomenPriority: p && indexed.some((o, j) => j > k && o.n.score === n.score && !o.p),
  }));
}
