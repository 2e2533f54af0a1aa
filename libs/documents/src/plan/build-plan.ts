import { isoToVn } from '@thidua/shared-domain';
import {
  item,
  list,
  renderBlocks,
  section,
  withEndMark,
  type Block,
  type TableColumn,
} from '../nd30/body';
import { closingBlock } from '../nd30/closing';
import { packDocument } from '../nd30/document';
import { formatRules } from '../nd30/format';
import { documentHeader } from '../nd30/header';
import { documentTitle } from '../nd30/title';
import { twoDigits } from '../nd30/identity';
import { DocumentDataError, prefixed, type RichText } from '../nd30/text';
import type {
  AwardPlan,
  AwardQuota,
  DateRange,
  PlanAmendment,
  PlanDocument,
  PlanTarget,
} from './plan-document';

/** Every heading the plan builder writes, in one place (first-level ones are set in capitals). */
export const PLAN_HEADINGS = {
  purpose: 'Mục đích, yêu cầu',
  aims: 'Mục đích',
  requirements: 'Yêu cầu',
  contest: 'Nội dung thi đua',
  theme: 'Chủ đề thi đua',
  motto: 'Phương châm thi đua',
  period: 'Thời gian thi đua',
  participants: 'Đối tượng thi đua',
  content: 'Nội dung thi đua',
  targets: 'Chỉ tiêu thi đua',
  schedule: 'Thời gian và các giai đoạn thực hiện',
  milestones: 'Các mốc thời gian',
  measures: 'Giải pháp thực hiện',
  awards: 'Tiêu chuẩn và hình thức khen thưởng',
  criteria: 'Tiêu chuẩn khen thưởng',
  forms: 'Hình thức khen thưởng',
  quotas: 'Số lượng khen thưởng',
  dossier: 'Thành phần hồ sơ đề nghị khen thưởng',
  deadline: 'Thời hạn gửi hồ sơ',
  implementation: 'Tổ chức thực hiện',
  reporting: 'Chế độ báo cáo',
} as const;

/** The kế hoạch as .docx bytes, laid out by NĐ 30/2020 (or HD 36-HD/VPTW for a Party issuer). */
export async function buildPlanDocx(plan: PlanDocument): Promise<Uint8Array> {
  const tree = plan.issuer.tree;
  const style = plan.numbering ?? 'letters';
  return packDocument({
    title: plan.title,
    children: [
      documentHeader({
        issuer: plan.issuer,
        kind: 'KE_HOACH',
        number: plan.number,
        place: plan.place,
        date: plan.date,
      }),
      ...documentTitle(tree, 'KE_HOACH', plan.title),
      ...renderBlocks(planBody(plan), style),
      ...closingBlock(tree, plan.recipients, plan.signature),
    ],
  });
}

/**
 * The body of the plan as blocks: the opening, the numbered parts, the closing sentence with the end
 * mark. Pure data, so tests (and a future preview) can read the outline without opening a .docx.
 */
export function planBody(plan: PlanDocument): readonly Block[] {
  const parts: Block[] = [];
  if (plan.basis) parts.push(...basisBlocks(plan.basis));
  if (plan.amends) parts.push(...amendmentBlocks(plan.amends));
  parts.push(purposePart(plan));
  parts.push(contestPart(plan));
  const schedule = schedulePart(plan);
  if (schedule) parts.push(schedule);
  if (plan.measures?.length) parts.push(section(PLAN_HEADINGS.measures, plan.measures));
  if (plan.awards) parts.push(awardsPart(plan.awards));
  parts.push(implementationPart(plan));
  if (plan.closing) parts.push(plan.closing);
  return withEndMark(parts, formatRules(plan.issuer.tree).endMark);
}

function basisBlocks(basis: NonNullable<PlanDocument['basis']>): Block[] {
  if (basis.verb === 'Căn cứ' && basis.documents.length > 1) {
    return [...basis.documents.map((d) => `Căn cứ ${d};`), basis.resolution];
  }
  return [`${basis.verb} ${basis.documents.join('; ')}, ${basis.resolution}`];
}

/** The sentence that says which plan this one amends and replaces, then what it changes. */
function amendmentBlocks(amends: PlanAmendment): Block[] {
  if (!amends.document.trim()) {
    throw new DocumentDataError('Kế hoạch sửa đổi phải nêu kế hoạch được sửa đổi, bổ sung.');
  }
  return [
    `Kế hoạch này sửa đổi, bổ sung và thay thế ${amends.document.trim()}.`,
    paragraph(prefixed('Nội dung sửa đổi, bổ sung: ', amends.changes)),
  ];
}

function purposePart(plan: PlanDocument): Block {
  const { aims, requirements } = plan.purpose;
  if (!requirements?.length) return section(PLAN_HEADINGS.purpose, aims.map(paragraph));
  return section(PLAN_HEADINGS.purpose, [
    section(PLAN_HEADINGS.aims, aims.map(paragraph)),
    section(PLAN_HEADINGS.requirements, requirements.map(paragraph)),
  ]);
}

function contestPart(plan: PlanDocument): Block {
  const subs: Block[] = [];
  if (plan.theme) subs.push(section(PLAN_HEADINGS.theme, [`“${plan.theme}”.`]));
  if (plan.motto?.length) subs.push(section(PLAN_HEADINGS.motto, plan.motto));
  if (plan.period) subs.push(section(PLAN_HEADINGS.period, [`${capitalise(range(plan.period))}.`]));
  const who = plan.participants;
  if (who?.collectives || who?.individuals) {
    const items: RichText[] = [];
    if (who.collectives) items.push(labelled('Tập thể', who.collectives));
    if (who.individuals) items.push(labelled('Cá nhân', who.individuals));
    subs.push(section(PLAN_HEADINGS.participants, [list(items)]));
  }
  const targets = plan.targets?.length ? targetTable(plan.targets) : undefined;
  // With nothing beside it, the content stands right under the part's heading, not as "1. Nội dung".
  if (subs.length === 0 && !targets) return section(PLAN_HEADINGS.contest, plan.content);
  subs.push(section(PLAN_HEADINGS.content, plan.content));
  if (targets) subs.push(section(PLAN_HEADINGS.targets, [targets]));
  return section(PLAN_HEADINGS.contest, subs);
}

/** Columns without a value in any row (no unit, no note) are left out. */
function targetTable(targets: readonly PlanTarget[]): Block {
  const hasUnit = targets.some((t) => t.unit);
  const hasNote = targets.some((t) => t.note);
  const columns: TableColumn[] = [
    { header: 'TT', weight: 8, align: 'center' },
    { header: 'Chỉ tiêu', weight: hasNote ? 42 : 56 },
    ...(hasUnit ? [{ header: 'Đơn vị tính', weight: 14, align: 'center' as const }] : []),
    { header: 'Mức phấn đấu', weight: 22, align: 'center' },
    ...(hasNote ? [{ header: 'Ghi chú', weight: 14 }] : []),
  ];
  const rows = targets.map((t, i) => [
    String(i + 1),
    t.indicator,
    ...(hasUnit ? [t.unit ?? ''] : []),
    t.target,
    ...(hasNote ? [t.note ?? ''] : []),
  ]);
  return { kind: 'table', columns, rows };
}

function schedulePart(plan: PlanDocument): Block | undefined {
  const phases = (plan.phases ?? []).map((p) =>
    section(`${p.name} (${range(p.range)})`, [list(p.tasks)]),
  );
  const milestones = plan.milestones?.length
    ? list(
        plan.milestones.map(
          (m) => `${m.tentative ? 'Dự kiến ngày' : 'Ngày'} ${isoToVn(m.date)}: ${m.event}.`,
        ),
      )
    : undefined;
  if (phases.length === 0 && !milestones) return undefined;
  if (phases.length === 0 && milestones) return section(PLAN_HEADINGS.schedule, [milestones]);
  return section(PLAN_HEADINGS.schedule, [
    ...phases,
    ...(milestones ? [section(PLAN_HEADINGS.milestones, [milestones])] : []),
  ]);
}

function awardsPart(awards: AwardPlan): Block {
  const subs: Block[] = [];
  if (awards.criteria.length) {
    subs.push(
      section(PLAN_HEADINGS.criteria, [
        list(awards.criteria.map((c) => labelled(c.label, c.text))),
      ]),
    );
  }
  if (awards.forms.length) {
    subs.push(
      section(PLAN_HEADINGS.forms, [list(awards.forms.map((f) => f.text ?? `${f.name}.`))]),
    );
  }
  if (awards.quotas?.length) {
    subs.push(section(PLAN_HEADINGS.quotas, [list(awards.quotas.map(quotaText))]));
  }
  if (awards.dossier?.length) subs.push(section(PLAN_HEADINGS.dossier, [list(awards.dossier)]));
  const deadline = awards.deadline;
  if (deadline) {
    const note = deadline.note ? ` ${deadline.note}` : '';
    subs.push(
      section(PLAN_HEADINGS.deadline, [
        `Hồ sơ đề nghị khen thưởng gửi về ${deadline.submitTo} trước ngày ${isoToVn(deadline.date)}${note}.`,
      ]),
    );
  }
  return section(PLAN_HEADINGS.awards, subs);
}

/**
 * "Đối với Bằng khen của Chủ tịch UBND tỉnh: Lựa chọn không quá 01 tập thể hoặc cá nhân …"; counts are
 * written with two digits, as the plans do.
 */
export function quotaText(quota: AwardQuota): string {
  const { either, collectives, individuals } = quota;
  const counts = [either, collectives, individuals].filter((n) => n !== undefined);
  if (counts.length === 0 || (either !== undefined && counts.length > 1)) {
    throw new DocumentDataError(
      `Số lượng khen thưởng "${quota.form}": ghi số tập thể và/hoặc số cá nhân, hoặc chỉ số "tập thể hoặc cá nhân".`,
    );
  }
  if (!counts.every((n) => Number.isInteger(n) && (n as number) > 0)) {
    throw new DocumentDataError(`Số lượng khen thưởng "${quota.form}" phải là số nguyên dương.`);
  }
  const amount =
    either !== undefined
      ? `${twoDigits(either)} tập thể hoặc cá nhân`
      : [
          collectives !== undefined ? `${twoDigits(collectives)} tập thể` : '',
          individuals !== undefined ? `${twoDigits(individuals)} cá nhân` : '',
        ]
          .filter(Boolean)
          .join(' và ');
  const who = quota.per ? `${capitalise(quota.per)} lựa chọn` : 'Lựa chọn';
  const note = quota.note ? ` ${quota.note}` : '';
  return `Đối với ${quota.form}: ${who} không quá ${amount}${note}.`;
}

function implementationPart(plan: PlanDocument): Block {
  const items: Block[] = plan.implementation.map(({ body, tasks }) => {
    const [only] = tasks;
    if (tasks.length === 1 && only !== undefined) return item(prefixed(`${body} `, only));
    return section(body, [list(tasks.map(capitaliseText))]);
  });
  const r = plan.reporting;
  if (r) {
    const via = r.via ? ` (qua ${r.via})` : '';
    items.push(
      item(
        `${PLAN_HEADINGS.reporting}: ${r.who} báo cáo kết quả thực hiện ${r.frequency} về ${r.to}${via}.`,
      ),
    );
  }
  return section(PLAN_HEADINGS.implementation, items);
}

/** "từ ngày 01/10/2024 đến hết ngày 30/09/2025" */
function range(r: DateRange): string {
  if (r.to < r.from) {
    throw new DocumentDataError(
      `Khoảng thời gian không hợp lệ: ${isoToVn(r.from)} sau ${isoToVn(r.to)}.`,
    );
  }
  return `từ ngày ${isoToVn(r.from)} đến hết ngày ${isoToVn(r.to)}`;
}

function paragraph(text: RichText): Block {
  return { kind: 'paragraph', text };
}

/** "Tập thể: …", keeping the emphasis of rich text. */
function labelled(label: string, text: RichText): RichText {
  return prefixed(`${label}: `, text);
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi-VN') + text.slice(1);
}

function capitaliseText(text: RichText): RichText {
  if (typeof text === 'string') return capitalise(text);
  const [first, ...rest] = text;
  return typeof first === 'string' ? [capitalise(first), ...rest] : text;
}
