import type {
  CampaignKind,
  CampaignPlanAddressingInput,
  CampaignPlanContentInput,
  CampaignPlanDetail,
  CampaignScope,
  PlanBasisVerb,
  PlanContestItem,
  PlanNumbering,
  PlanSchedulePlacement,
  SigningAuthority,
} from '@thidua/web-data-access';

/**
 * The editor's values, in the shape of the API's input (so a BAD_USER_INPUT field such as
 * `content.sections.0.title` lands under its own input), but loose: what a half-filled form holds —
 * blanks, undefined rows a Form.List just added, nulls the API sent.
 */
type Text = string | null | undefined;
type TextList = readonly Text[] | null | undefined;
type Rows<T> = readonly (T | null | undefined)[] | null | undefined;
type Count = number | null | undefined;

export interface SectionValues {
  title?: Text;
  paragraphs?: TextList;
  footnotes?: TextList;
  subsections?: Rows<{ title?: Text; paragraphs?: TextList; footnotes?: TextList }>;
}

export interface SigningLineValues {
  authority?: SigningAuthority | null;
  of?: Text;
}

export interface SignatureValues {
  on?: Rows<SigningLineValues>;
  title?: Text;
  name?: Text;
}

export interface PlanContentValues {
  opening?: { verb?: PlanBasisVerb | null; resolution?: Text } | null;
  purpose?: { aims?: TextList; requirements?: TextList; numbered?: boolean | null } | null;
  theme?: Text;
  motto?: TextList;
  methods?: TextList;
  participants?: { collectives?: Text; individuals?: Text } | null;
  sections?: Rows<SectionValues>;
  targets?: Rows<{
    indicator?: Text;
    target?: Text;
    unit?: Text;
    year?: Count;
    responsibleUnitName?: Text;
    note?: Text;
  }>;
  phases?: Rows<{ name?: Text; from?: Text; to?: Text; tasks?: TextList }>;
  milestones?: Rows<{ date?: Text; label?: Text; tentative?: boolean | null }>;
  measures?: TextList;
  awards?: {
    forms?: Rows<{ name?: Text; text?: Text }>;
    criteria?: Rows<{ label?: Text; text?: Text }>;
    quotas?: Rows<{
      form?: Text;
      collectives?: Count;
      individuals?: Count;
      either?: Count;
      per?: Text;
      note?: Text;
    }>;
    dossier?: TextList;
    submitTo?: Text;
    deadline?: Text;
    deadlineNote?: Text;
  } | null;
  implementation?: Rows<{ body?: Text; tasks?: TextList; asTyped?: boolean | null }>;
  reporting?: {
    who?: Text;
    frequency?: Text;
    to?: Text;
    via?: Text;
    inText?: boolean | null;
  } | null;
  closing?: Text;
  recipients?: {
    groups?: Rows<{ heading?: Text; names?: TextList }>;
    archive?: Text;
  } | null;
  signature?: SignatureValues | null;
  numbering?: PlanNumbering | null;
  headings?: Partial<Record<HeadingKey, Text>> | null;
  contestOrder?: readonly (PlanContestItem | null | undefined)[] | null;
  schedulePlacement?: PlanSchedulePlacement | null;
}

/** The headings an officer may word as the plan does (CampaignPlanHeadingsInput). */
export const HEADING_KEYS = [
  'purpose',
  'contest',
  'theme',
  'motto',
  'period',
  'participants',
  'content',
  'targets',
  'schedule',
  'measures',
  'awards',
  'implementation',
] as const satisfies readonly (keyof NonNullable<CampaignPlanContentInput['headings']>)[];

export type HeadingKey = (typeof HEADING_KEYS)[number];

export interface PlanFormValues {
  issuerUnitId?: string | null;
  kind?: CampaignKind | null;
  scope?: CampaignScope | null;
  title?: Text;
  periodFrom?: Text;
  periodTo?: Text;
  /** the căn cứ in the order they are cited */
  legalDocumentIds?: readonly (string | null | undefined)[] | null;
  content?: PlanContentValues | null;
  addressing?: AddressingValues | null;
  answerDeadline?: Text;
  respondsToPlanId?: string | null;
}

type Ids = readonly (string | null | undefined)[] | null | undefined;

/** Giao thực hiện: which units the plan is sent to (resolved by the API when it is issued). */
export interface AddressingValues {
  unitIds?: Ids;
  subtreeUnitIds?: Ids;
  unitKindCodes?: Ids;
  unitKindsWithinUnitIds?: Ids;
  clusterIds?: Ids;
}

/** What a plan's header and content become once blanks are gone: the fields the API takes. */
export interface PlanFields {
  kind: CampaignKind;
  scope: CampaignScope;
  title: string;
  periodFrom: string;
  periodTo: string;
  legalDocumentIds: string[];
  content: CampaignPlanContentInput;
  /** null: addressed to no unit (an update always sends it: leaving it out would clear it) */
  addressing: CampaignPlanAddressingInput | null;
  answerDeadline: string | null;
  respondsToPlanId: string | null;
}

const ids = (list: Ids): string[] => [
  ...new Set((list ?? []).filter((id): id is string => Boolean(id))),
];

/** The addressing as the API takes it, or null when it names nothing. */
export function cleanAddressing(
  values: AddressingValues | null | undefined,
): CampaignPlanAddressingInput | null {
  const addressing = {
    unitIds: ids(values?.unitIds),
    subtreeUnitIds: ids(values?.subtreeUnitIds),
    unitKindCodes: ids(values?.unitKindCodes),
    unitKindsWithinUnitIds: ids(values?.unitKindsWithinUnitIds),
    clusterIds: ids(values?.clusterIds),
  };
  const targets =
    addressing.unitIds.length +
    addressing.subtreeUnitIds.length +
    addressing.unitKindCodes.length +
    addressing.clusterIds.length;
  // "within these trees" alone addresses nobody: it only narrows the unit kinds
  return targets > 0 ? addressing : null;
}

/** Trimmed text, or null for a blank. */
export function text(value: Text): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** The non-blank entries of a list of paragraphs, trimmed. */
export function texts(list: TextList): string[] {
  return (list ?? []).map(text).filter((s): s is string => s !== null);
}

/** A list that is left out when empty (the API's optional lists). */
function some<T>(list: T[]): T[] | null {
  return list.length ? list : null;
}

function rows<T>(list: Rows<T>): T[] {
  return (list ?? []).filter((row): row is T => row !== null && row !== undefined);
}

const count = (value: Count): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/**
 * The content as the API takes it: text trimmed, blank paragraphs dropped, a part with nothing in it
 * left out. Rows of objects are kept even when blank (their required fields then fail the form's own
 * rules, at the same index as the API would name them); the preview reads the same cleaned content, so
 * it shows exactly what a save sends.
 */
export function cleanContent(
  values: PlanContentValues | null | undefined,
): CampaignPlanContentInput {
  const c = values ?? {};
  const participants = {
    collectives: text(c.participants?.collectives),
    individuals: text(c.participants?.individuals),
  };
  const a = c.awards ?? {};
  const awards = {
    forms: rows(a.forms).map((f) => ({ name: text(f.name) ?? '', text: text(f.text) })),
    criteria: rows(a.criteria).map((x) => ({
      label: text(x.label) ?? '',
      text: text(x.text) ?? '',
    })),
    quotas: some(
      rows(a.quotas).map((q) => ({
        form: text(q.form) ?? '',
        collectives: count(q.collectives),
        individuals: count(q.individuals),
        either: count(q.either),
        per: text(q.per),
        note: text(q.note),
      })),
    ),
    dossier: some(texts(a.dossier)),
    submitTo: text(a.submitTo),
    deadline: text(a.deadline),
    deadlineNote: text(a.deadlineNote),
  };
  const hasAwards =
    awards.forms.length > 0 ||
    awards.criteria.length > 0 ||
    Boolean(awards.quotas || awards.dossier || awards.submitTo || awards.deadline);
  const reporting = {
    who: text(c.reporting?.who) ?? '',
    frequency: text(c.reporting?.frequency) ?? '',
    to: text(c.reporting?.to) ?? '',
    via: text(c.reporting?.via),
    inText: c.reporting?.inText ? true : null,
  };
  // blank headings are the defaults: sent as nothing, so a plan without any goes back as it came
  const headings = Object.fromEntries(
    HEADING_KEYS.flatMap((key) => {
      const value = text(c.headings?.[key]);
      return value ? [[key, value]] : [];
    }),
  );
  const contestOrder = [
    ...new Set((c.contestOrder ?? []).filter((k): k is PlanContestItem => Boolean(k))),
  ];
  // a group with neither a heading nor a name prints nothing: it is left out
  const recipientGroups = rows(c.recipients?.groups)
    .map((g) => ({ heading: text(g.heading), names: texts(g.names) }))
    .filter((g) => g.heading || g.names.length);
  const archive = text(c.recipients?.archive);
  const signature = {
    on: some(
      rows(c.signature?.on).map((l) => ({
        authority: l.authority ?? 'TM',
        of: text(l.of) ?? '',
      })),
    ),
    title: text(c.signature?.title) ?? '',
    name: text(c.signature?.name) ?? '',
  };
  const resolution = text(c.opening?.resolution);
  const verb = c.opening?.verb ?? 'CAN_CU';
  return {
    // left out when it says what the API assumes anyway ("Căn cứ …", the default resolution)
    opening: verb !== 'CAN_CU' || resolution ? { verb, resolution } : null,
    purpose: {
      aims: texts(c.purpose?.aims),
      requirements: some(texts(c.purpose?.requirements)),
      numbered: c.purpose?.numbered ? true : null,
    },
    theme: text(c.theme),
    motto: some(texts(c.motto)),
    methods: some(texts(c.methods)),
    participants: participants.collectives || participants.individuals ? participants : null,
    sections: rows(c.sections).map((s) => ({
      // blank: the paragraphs print under no heading
      title: text(s.title),
      paragraphs: texts(s.paragraphs),
      footnotes: some(texts(s.footnotes)),
      subsections: some(
        rows(s.subsections).map((sub) => ({
          title: text(sub.title) ?? '',
          paragraphs: texts(sub.paragraphs),
          footnotes: some(texts(sub.footnotes)),
        })),
      ),
    })),
    targets: some(
      rows(c.targets).map((t) => ({
        indicator: text(t.indicator) ?? '',
        target: text(t.target) ?? '',
        unit: text(t.unit),
        year: count(t.year),
        responsibleUnitName: text(t.responsibleUnitName),
        note: text(t.note),
      })),
    ),
    phases: some(
      rows(c.phases).map((p) => ({
        name: text(p.name) ?? '',
        from: text(p.from) ?? '',
        to: text(p.to) ?? '',
        tasks: texts(p.tasks),
      })),
    ),
    milestones: some(
      rows(c.milestones).map((m) => ({
        date: text(m.date) ?? '',
        label: text(m.label) ?? '',
        tentative: m.tentative ? true : null,
      })),
    ),
    measures: some(texts(c.measures)),
    awards: hasAwards ? awards : null,
    implementation: some(
      rows(c.implementation).map((r) => ({
        body: text(r.body) ?? '',
        tasks: texts(r.tasks),
        asTyped: r.asTyped ? true : null,
      })),
    ),
    reporting:
      reporting.who || reporting.frequency || reporting.to || reporting.via ? reporting : null,
    closing: text(c.closing),
    recipients:
      recipientGroups.length || archive
        ? { groups: recipientGroups, archive: archive ?? '' }
        : null,
    signature: signature.on || signature.title || signature.name ? signature : null,
    // like the lead-in: left out when it says what the API assumes anyway ("a)"), so a plan saved
    // before the choice existed goes back as it came
    numbering: c.numbering === 'DECIMAL' ? 'DECIMAL' : null,
    headings: Object.keys(headings).length ? headings : null,
    // the content always prints: an order without it is the officer still choosing, sent with it last
    contestOrder: contestOrder.length
      ? contestOrder.includes('CONTENT')
        ? contestOrder
        : [...contestOrder, 'CONTENT']
      : null,
    schedulePlacement:
      c.schedulePlacement && c.schedulePlacement !== 'PART' ? c.schedulePlacement : null,
  };
}

/** The fields a save sends (create adds the issuer unit, update the id and version). */
export function planFields(values: PlanFormValues): PlanFields {
  return {
    kind: values.kind ?? 'PERIODIC',
    scope: values.scope ?? 'AGENCY',
    title: text(values.title) ?? '',
    periodFrom: text(values.periodFrom) ?? '',
    periodTo: text(values.periodTo) ?? '',
    legalDocumentIds: (values.legalDocumentIds ?? []).filter((id): id is string => Boolean(id)),
    content: cleanContent(values.content),
    addressing: cleanAddressing(values.addressing),
    answerDeadline: text(values.answerDeadline),
    respondsToPlanId: values.respondsToPlanId || null,
  };
}

/**
 * A new plan's form: one empty paragraph where every plan has some, nothing else; `answering` starts a
 * unit's plan that implements a plan addressed to it (its period and kind to begin with).
 */
export function newPlanValues(
  issuerUnitId?: string,
  answering?: {
    planId: string;
    kind?: CampaignKind;
    periodFrom?: string;
    periodTo?: string;
  } | null,
): PlanFormValues {
  return {
    issuerUnitId: issuerUnitId ?? null,
    respondsToPlanId: answering?.planId ?? null,
    periodFrom: answering?.periodFrom ?? null,
    periodTo: answering?.periodTo ?? null,
    kind: answering?.kind ?? 'PERIODIC',
    scope: 'AGENCY',
    title: '',
    legalDocumentIds: [],
    content: {
      opening: { verb: 'CAN_CU', resolution: '' },
      numbering: 'LETTERS',
      purpose: { aims: [''], requirements: [] },
      sections: [{ title: '', paragraphs: [''] }],
      implementation: [],
      recipients: { groups: [{ heading: null, names: [''] }], archive: 'VT' },
    },
  };
}

/** A saved plan as the editor's values. */
export function planValues(plan: CampaignPlanDetail): PlanFormValues {
  return {
    issuerUnitId: plan.issuerUnit.id,
    kind: plan.kind,
    scope: plan.scope,
    title: plan.title,
    periodFrom: plan.periodFrom,
    periodTo: plan.periodTo,
    legalDocumentIds: plan.legalBases.map((d) => d.id),
    // the lead-in's choice shows "Căn cứ" and the numbering "a)" when the plan left them to the default
    content: {
      ...plan.content,
      opening: plan.content.opening ?? { verb: 'CAN_CU', resolution: '' },
      numbering: plan.content.numbering ?? 'LETTERS',
    },
    addressing: plan.addressing,
    answerDeadline: plan.answerDeadline,
    respondsToPlanId: plan.respondsToPlanId,
  };
}
