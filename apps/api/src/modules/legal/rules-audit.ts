import type {
  AwardCategory,
  AwardLevel,
  AwardRuleContent,
  AwardSubject,
  AwardTrack,
  Confidence,
  IsoDate,
  RuleParameterKey,
} from '@thidua/shared-domain';
import { AWARD_TRACKS, RULE_PARAMETERS, isoToVn } from '@thidua/shared-domain';
import type { AuditTarget } from '../../core/audit/audit.writer';

/**
 * What the award rules' audit rows are about (ADR 0010): a national row is global (its rows are read by
 * global AUDIT_READ holders only), a province's row is scoped by the province unit.
 */
export function awardKindTarget(k: {
  id: string;
  code: string;
  name: string;
  provinceUnitId: string | null;
}): AuditTarget {
  return {
    entityType: 'AwardKind',
    entityId: k.id,
    label: `${k.name} (${k.code})`,
    scopeUnitId: k.provinceUnitId,
  };
}

export interface AwardKindAuditView {
  code: string;
  name: string;
  category: AwardCategory;
  subjects: AwardSubject[];
  awardLevel: AwardLevel;
  tracks: AwardTrack[];
  lowerStep: string | null;
  provinceUnitId: string | null;
}

export const AWARD_KIND_AUDIT_FIELDS = [
  'code',
  'name',
  'category',
  'subjects',
  'awardLevel',
  'tracks',
  'lowerStep',
  'provinceUnitId',
] as const satisfies readonly (keyof AwardKindAuditView)[];

export function awardKindAuditView(k: {
  code: string;
  name: string;
  category: AwardCategory;
  subjects: AwardSubject[];
  level: AwardLevel;
  tracks: AwardTrack[];
  lowerStep: string | null;
  provinceUnitId: string | null;
}): AwardKindAuditView {
  return {
    code: k.code,
    name: k.name,
    category: k.category,
    subjects: [...k.subjects],
    awardLevel: k.level,
    tracks: [...k.tracks],
    lowerStep: k.lowerStep,
    provinceUnitId: k.provinceUnitId,
  };
}

/** "Chiến sĩ thi đua cơ sở — Công trạng (thường xuyên), từ 01/07/2025" */
export function awardRuleTarget(
  r: {
    id: string;
    track: AwardTrack;
    effectiveFrom: IsoDate;
    provinceUnitId: string | null;
  },
  awardName: string,
): AuditTarget {
  return {
    entityType: 'AwardRuleVersion',
    entityId: r.id,
    label: `${awardName} — ${AWARD_TRACKS[r.track]}, từ ${isoToVn(r.effectiveFrom)}`,
    scopeUnitId: r.provinceUnitId,
  };
}

export interface AwardRuleAuditView {
  awardCode: string;
  track: AwardTrack;
  provinceUnitId: string | null;
  legalDocumentId: string;
  effectiveFrom: IsoDate;
  effectiveTo: IsoDate | null;
  ruleContent: AwardRuleContent;
}

export const AWARD_RULE_AUDIT_FIELDS = [
  'awardCode',
  'track',
  'provinceUnitId',
  'legalDocumentId',
  'effectiveFrom',
  'effectiveTo',
  'ruleContent',
] as const satisfies readonly (keyof AwardRuleAuditView)[];

export function awardRuleAuditView(r: {
  awardCode: string;
  track: AwardTrack;
  provinceUnitId: string | null;
  legalDocumentId: string;
  effectiveFrom: IsoDate;
  effectiveTo: IsoDate | null;
  content: AwardRuleContent;
}): AwardRuleAuditView {
  return {
    awardCode: r.awardCode,
    track: r.track,
    provinceUnitId: r.provinceUnitId,
    legalDocumentId: r.legalDocumentId,
    effectiveFrom: r.effectiveFrom,
    effectiveTo: r.effectiveTo,
    ruleContent: r.content,
  };
}

export function ruleParameterTarget(p: {
  id: string;
  key: RuleParameterKey;
  effectiveFrom: IsoDate;
  provinceUnitId: string | null;
}): AuditTarget {
  return {
    entityType: 'RuleParameter',
    entityId: p.id,
    label: `${RULE_PARAMETERS[p.key].label}, từ ${isoToVn(p.effectiveFrom)}`,
    scopeUnitId: p.provinceUnitId,
  };
}

export interface RuleParameterAuditView {
  parameterKey: RuleParameterKey;
  parameterValue: number;
  provinceUnitId: string | null;
  legalDocumentId: string | null;
  article: string | null;
  effectiveFrom: IsoDate;
  effectiveTo: IsoDate | null;
  confidence: Confidence;
  note: string | null;
}

export const RULE_PARAMETER_AUDIT_FIELDS = [
  'parameterKey',
  'parameterValue',
  'provinceUnitId',
  'legalDocumentId',
  'article',
  'effectiveFrom',
  'effectiveTo',
  'confidence',
  'note',
] as const satisfies readonly (keyof RuleParameterAuditView)[];

export function ruleParameterAuditView(p: {
  key: RuleParameterKey;
  value: number;
  provinceUnitId: string | null;
  legalDocumentId: string | null;
  article: string | null;
  effectiveFrom: IsoDate;
  effectiveTo: IsoDate | null;
  confidence: Confidence;
  note: string | null;
}): RuleParameterAuditView {
  return {
    parameterKey: p.key,
    parameterValue: p.value,
    provinceUnitId: p.provinceUnitId,
    legalDocumentId: p.legalDocumentId,
    article: p.article,
    effectiveFrom: p.effectiveFrom,
    effectiveTo: p.effectiveTo,
    confidence: p.confidence,
    note: p.note,
  };
}
