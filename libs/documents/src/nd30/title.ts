import type { UnitTree } from '@thidua/shared-domain';
import type { Paragraph } from 'docx';
import { formatRules } from './format';
import { kindTitle, type DocumentKind } from './identity';
import { TEXT_WIDTH, pt } from './layout';
import { centred, rule, run, textWidth } from './text';

/** NĐ 30: the rule under the trích yếu is 1/3 to 1/2 of its line; 40 % sits in between. */
const SUMMARY_RULE_SHARE = 0.4;

/**
 * Tên loại ("KẾ HOẠCH") and trích yếu, bold and centred (Phụ lục I ô 5a; HD 36 ô 5), with the short rule
 * (NĐ 30) or the five dashes (HD 36) under them.
 */
export function documentTitle(tree: UnitTree, kind: DocumentKind, summary: string): Paragraph[] {
  const rules = formatRules(tree);
  const summaryLine = Math.min(textWidth(summary, rules.summarySize, true), TEXT_WIDTH);
  return [
    centred([run(kindTitle(kind), { size: rules.kindSize, bold: true })], { before: pt(18) }),
    centred([run(summary, { size: rules.summarySize, bold: true })]),
    rules.underSummary === 'rule'
      ? rule(summaryLine * SUMMARY_RULE_SHARE, TEXT_WIDTH, pt(12))
      : centred([run('-----', { size: rules.summarySize })], { after: pt(12) }),
  ];
}
