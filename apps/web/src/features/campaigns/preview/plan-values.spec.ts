import { describe, expect, it } from 'vitest';

import { partOfField } from '../editor/parts';
import { bacKanPlan } from '../testing/fixtures';
import { cleanContent, newPlanValues, planFields, planValues } from './plan-values';

describe('cleanContent — what a save sends', () => {
  it('gives back a saved plan’s content unchanged (the editor round-trips it)', () => {
    const plan = bacKanPlan();
    // the API's nulls for absent parts go back as null, never as [] or {}
    expect(cleanContent(planValues(plan).content)).toEqual(plan.content);
  });

  it('trims text, drops blank paragraphs and leaves out parts with nothing in them', () => {
    const content = cleanContent({
      purpose: { aims: [' Mục đích. ', '', undefined, '   '], requirements: ['  '] },
      theme: '   ',
      motto: [''],
      participants: { collectives: ' ', individuals: null },
      sections: [{ title: ' Nội dung ', paragraphs: ['', ' Đoạn. '], footnotes: [' '] }],
      awards: { forms: [], criteria: [], quotas: [], dossier: [''], submitTo: ' ' },
      reporting: { who: ' ', frequency: '', to: '', via: null },
      recipients: { groups: [{ heading: ' ', names: [' '] }, undefined], archive: ' ' },
      signature: { on: [], title: ' ', name: '' },
    });
    expect(content).toEqual({
      opening: null,
      purpose: { aims: ['Mục đích.'], requirements: null, numbered: null },
      theme: null,
      motto: null,
      methods: null,
      participants: null,
      sections: [{ title: 'Nội dung', paragraphs: ['Đoạn.'], footnotes: null, subsections: null }],
      targets: null,
      phases: null,
      milestones: null,
      measures: null,
      awards: null,
      implementation: null,
      reporting: null,
      closing: null,
      recipients: null,
      signature: null,
      numbering: null,
      headings: null,
      contestOrder: null,
      schedulePlacement: null,
    });
  });

  it('sends the decimal numbering and numbered mục đích items, and leaves the defaults out', () => {
    const chosen = cleanContent({
      numbering: 'DECIMAL',
      purpose: { aims: ['A.'], numbered: true },
    });
    expect(chosen.numbering).toBe('DECIMAL');
    expect(chosen.purpose).toEqual({ aims: ['A.'], requirements: null, numbered: true });
    const defaults = cleanContent({
      numbering: 'LETTERS',
      purpose: { aims: ['A.'], numbered: false },
    });
    expect(defaults.numbering).toBeNull();
    expect(defaults.purpose.numbered).toBeNull();
    // a saved plan without the choice shows "a), b)…" in the editor's select
    expect(planValues(bacKanPlan()).content?.numbering).toBe('LETTERS');
    expect(newPlanValues().content?.numbering).toBe('LETTERS');
  });

  it('keeps a started row whole, so the API names the same index the form shows', () => {
    const content = cleanContent({
      targets: [{ indicator: 'Kết nạp đảng viên', target: '' }, undefined, { target: '1.200' }],
      awards: { quotas: [{ form: 'Giấy khen', either: 1, collectives: Number.NaN }] },
      milestones: [{ date: '2025-05-19', label: 'Kỷ niệm', tentative: false }],
    });
    expect(content.targets).toEqual([
      {
        indicator: 'Kết nạp đảng viên',
        target: '',
        unit: null,
        year: null,
        responsibleUnitName: null,
        note: null,
      },
      {
        indicator: '',
        target: '1.200',
        unit: null,
        year: null,
        responsibleUnitName: null,
        note: null,
      },
    ]);
    expect(content.awards?.quotas).toEqual([
      { form: 'Giấy khen', either: 1, collectives: null, individuals: null, per: null, note: null },
    ]);
    // "not tentative" is left out rather than sent as false
    expect(content.milestones).toEqual([{ date: '2025-05-19', label: 'Kỷ niệm', tentative: null }]);
  });
});

describe('cleanContent — the layout choices', () => {
  it('sends the headings given, the order with the content, the placement; blanks and defaults as null', () => {
    const content = cleanContent({
      purpose: { aims: ['Mục đích.'] },
      headings: { contest: ' Đối tượng, nội dung ', purpose: '  ', motto: null },
      contestOrder: ['PARTICIPANTS', undefined, 'MOTTO', 'PARTICIPANTS'],
      schedulePlacement: 'NONE',
      sections: [{ title: '  ', paragraphs: ['(1) Tập trung.'] }],
      implementation: [{ body: 'Phòng', tasks: ['Giao Phòng tổng hợp.'], asTyped: true }],
      reporting: { who: 'Các phòng', frequency: 'hằng quý', to: 'Văn phòng', inText: true },
    });
    expect(content.headings).toEqual({ contest: 'Đối tượng, nội dung' });
    // the content always prints: an order chosen without it is sent with it last
    expect(content.contestOrder).toEqual(['PARTICIPANTS', 'MOTTO', 'CONTENT']);
    expect(content.schedulePlacement).toBe('NONE');
    expect(content.sections?.[0]?.title).toBeNull();
    expect(content.implementation?.[0]).toMatchObject({ asTyped: true });
    expect(content.reporting).toMatchObject({ inText: true });
    const defaults = cleanContent({
      purpose: { aims: ['Mục đích.'] },
      headings: { contest: ' ' },
      contestOrder: [],
      schedulePlacement: 'PART',
      implementation: [{ body: 'Phòng', tasks: ['tổng hợp.'], asTyped: false }],
    });
    expect(defaults).toMatchObject({ headings: null, contestOrder: null, schedulePlacement: null });
    expect(defaults.implementation?.[0]).toMatchObject({ asTyped: null });
  });
});

describe('planFields and the editor’s starting values', () => {
  it('sends the header trimmed and the căn cứ in order, without empty rows', () => {
    const fields = planFields({
      ...newPlanValues('u-1'),
      title: '  Kế hoạch  ',
      periodFrom: '2025-01-01',
      periodTo: '2025-12-31',
      legalDocumentIds: ['b', undefined, 'a', null],
    });
    expect(fields).toMatchObject({
      kind: 'PERIODIC',
      scope: 'AGENCY',
      title: 'Kế hoạch',
      periodFrom: '2025-01-01',
      periodTo: '2025-12-31',
      legalDocumentIds: ['b', 'a'],
    });
    // a new plan starts with the file copy every plan ends with
    expect(fields.content.recipients).toEqual({ groups: [], archive: 'VT' });
  });

  it('puts each content field in its tab', () => {
    expect(partOfField(['content', 'sections', 0, 'title'])).toBe('sections');
    expect(partOfField(['content', 'phases', 1, 'to'])).toBe('schedule');
    expect(partOfField(['content', 'measures', 0])).toBe('schedule');
    expect(partOfField(['content', 'reporting', 'who'])).toBe('implementation');
    expect(partOfField(['content', 'signature', 'on', 0, 'of'])).toBe('closing');
    expect(partOfField(['content', 'methods', 2])).toBe('contest');
    expect(partOfField(['content', 'numbering'])).toBe('sections');
    expect(partOfField(['content', 'purpose', 'numbered'])).toBe('purpose');
    expect(partOfField(['content', 'headings', 'contest'])).toBe('layout');
    expect(partOfField(['content', 'contestOrder'])).toBe('layout');
    expect(partOfField(['content', 'schedulePlacement'])).toBe('layout');
    expect(partOfField(['content', 'implementation', 0, 'asTyped'])).toBe('implementation');
    expect(partOfField(['title'])).toBeNull();
    expect(partOfField(['legalDocumentIds', 0])).toBeNull();
  });
});
