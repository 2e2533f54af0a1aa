import { isoToVn, PLAN_HEADINGS } from '@thidua/shared-domain';
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
import { DocumentDataError, capitalise, prefixed, type RichText } from '../nd30/text';
import {
  CONTEST_ITEMS,
  type AwardPlan,
  type AwardQuota,
  type DateRange,
  type PlanAmendment,
  type PlanDocument,
  type PlanHeadingKey,
  type PlanTarget,
} from './plan-document';

/**
 * The plan's own wording of a heading (`plan.headings`), or the default (shared-domain
 * PLAN_HEADINGS, which the preview prints too); blank counts as not given.
 */
function heading(plan: PlanDocument, key: PlanHeadingKey): string {
  return plan.headings?.[key]?.trim() || PLAN_HEADINGS[key];
}

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
  const { part, scheduleInside } = contestPart(plan);
  parts.push(part);
  const schedule = scheduleBlocks(plan);
  // the phases print as their own part unless placed under the period item (and it printed) or hidden
  if (schedule.length && !scheduleInside && plan.schedule !== 'none') {
    parts.push(section(heading(plan, 'schedule'), schedule));
  }
  if (plan.measures?.length) parts.push(section(heading(plan, 'measures'), plan.measures));
  if (plan.awards) parts.push(awardsPart(plan.awards, heading(plan, 'awards')));
  parts.push(implementationPart(plan));
  if (plan.closing?.length) {
    parts.push(typeof plan.closing === 'string' ? plan.closing : paragraph(plan.closing));
  }
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
  const { aims, requirements, numbered } = plan.purpose;
  // numbered items take the label of their level: "1." under part I, "a)" or "1.1." a level down
  const entry = numbered ? item : paragraph;
  const title = heading(plan, 'purpose');
  if (!requirements?.length) return section(title, aims.map(entry));
  return section(title, [
    section(PLAN_HEADINGS.aims, aims.map(entry)),
    section(PLAN_HEADINGS.requirements, requirements.map(entry)),
  ]);
}

/**
 * Part II: its items in the plan's order (`contestOrder`, each printed only when it has something to
 * say), the phases under the period item when the plan places them there. `scheduleInside` says they
 * went in, so planBody does not print them again as a part of their own.
 */
function contestPart(plan: PlanDocument): { part: Block; scheduleInside: boolean } {
  const order: readonly (typeof CONTEST_ITEMS)[number][] = plan.contestOrder?.length
    ? plan.contestOrder
    : CONTEST_ITEMS;
  // the content is what the plan is for: left out of the order, it still prints, last
  const keys = order.includes('content') ? order : [...order, 'content' as const];
  const subs: Block[] = [];
  let scheduleInside = false;
  for (const key of new Set(keys)) {
    if (key === 'theme' && plan.theme) {
      subs.push(section(heading(plan, 'theme'), [`“${plan.theme}”.`]));
    } else if (key === 'motto' && plan.motto?.length) {
      subs.push(section(heading(plan, 'motto'), plan.motto));
    } else if (key === 'period' && plan.period) {
      const inside = plan.schedule === 'period' ? scheduleBlocks(plan) : [];
      scheduleInside = inside.length > 0;
      subs.push(
        section(heading(plan, 'period'), [`${capitalise(range(plan.period))}.`, ...inside]),
      );
    } else if (key === 'participants') {
      const who = plan.participants;
      if (who?.collectives || who?.individuals) {
        const items: RichText[] = [];
        if (who.collectives) items.push(labelled('Tập thể', who.collectives));
        if (who.individuals) items.push(labelled('Cá nhân', who.individuals));
        subs.push(section(heading(plan, 'participants'), [list(items)]));
      }
    } else if (key === 'content') {
      subs.push(section(heading(plan, 'content'), plan.content));
    } else if (key === 'targets' && plan.targets?.length) {
      subs.push(section(heading(plan, 'targets'), [targetTable(plan.targets)]));
    }
  }
  const title = heading(plan, 'contest');
  // With nothing beside it, the content stands right under the part's heading, not as "1. Nội dung".
  if (subs.length === 1) return { part: section(title, plan.content), scheduleInside };
  return { part: section(title, subs), scheduleInside };
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

/**
 * The phases (each a heading with its dates and its tasks) and the milestones: what goes under
 * "Thời gian và các giai đoạn thực hiện", or under "Thời gian thi đua" (seed 002). Milestones alone
 * stand as a list; beside phases they take a heading of their own.
 */
function scheduleBlocks(plan: PlanDocument): Block[] {
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
  if (phases.length === 0) return milestones ? [milestones] : [];
  return [...phases, ...(milestones ? [section(PLAN_HEADINGS.milestones, [milestones])] : [])];
}

function awardsPart(awards: AwardPlan, title: string): Block {
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
  return section(title, subs);
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
  const items: Block[] = plan.implementation.flatMap(({ body, tasks, asTyped }): Block[] => {
    const [first, ...rest] = tasks;
    if (asTyped && first !== undefined) return [item(first), ...rest.map(paragraph)];
    if (tasks.length === 1 && first !== undefined) return [item(prefixed(`${body} `, first))];
    return [section(body, [list(tasks.map(capitaliseText))])];
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
  return section(heading(plan, 'implementation'), items);
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

/** The first words capitalised, whether they are plain or emphasised ("*lãnh đạo* …" → "*Lãnh đạo* …"). */
function capitaliseText(text: RichText): RichText {
  if (typeof text === 'string') return capitalise(text);
  const [first, ...rest] = text;
  if (typeof first === 'string') return [capitalise(first), ...rest];
  if (first !== undefined && 'text' in first)
    return [{ ...first, text: capitalise(first.text) }, ...rest];
  return text;
}
