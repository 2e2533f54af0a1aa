/** The editor's tabs, one per part of the plan's content, in the order the document prints them. */
export type PartKey =
  | 'purpose'
  | 'contest'
  | 'sections'
  | 'targets'
  | 'schedule'
  | 'awards'
  | 'implementation'
  | 'closing'
  | 'layout';

/** Which tab holds the content field `content.<key>…`. */
const PART_OF_CONTENT: Record<string, PartKey> = {
  purpose: 'purpose',
  theme: 'contest',
  motto: 'contest',
  methods: 'contest',
  participants: 'contest',
  sections: 'sections',
  // the select stands above the sections, whose headings it numbers
  numbering: 'sections',
  targets: 'targets',
  phases: 'schedule',
  milestones: 'schedule',
  measures: 'schedule',
  awards: 'awards',
  implementation: 'implementation',
  reporting: 'implementation',
  closing: 'implementation',
  recipients: 'closing',
  signature: 'closing',
  headings: 'layout',
  contestOrder: 'layout',
  schedulePlacement: 'layout',
};

/**
 * The tab of a form field (`['content', 'sections', 0, 'title']` → 'sections'), or null for the
 * plan's header fields, which are always on screen.
 */
export function partOfField(name: readonly (string | number)[]): PartKey | null {
  const [root, key] = name;
  if (root !== 'content' || typeof key !== 'string') return null;
  return PART_OF_CONTENT[key] ?? null;
}
