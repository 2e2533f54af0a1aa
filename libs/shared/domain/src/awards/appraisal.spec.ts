import { describe, expect, it } from 'vitest';
import { appraisalChecklist, dossierSlotOf, settleChecklist } from './appraisal';
import type { ConditionCheck } from './eligibility';

function check(over: Partial<ConditionCheck>): ConditionCheck {
  return {
    key: '1',
    code: 'EVALUATION',
    principle: false,
    met: true,
    requirement: 'Hoàn thành tốt nhiệm vụ trở lên',
    label: 'Năm 2025 Nguyễn Văn A được xếp loại Hoàn thành xuất sắc nhiệm vụ.',
    used: [],
    basis: 'Điều 24 Luật Thi đua, khen thưởng',
    uncertain: false,
    children: [],
    ...over,
  };
}

const RULE_DOCUMENTS = [
  { document: 'Tờ trình đề nghị xét tặng danh hiệu thi đua', form: 'Mẫu số 01', confidence: 'M' },
  { document: 'Báo cáo thành tích của cá nhân', form: 'Mẫu số 05', confidence: 'M' },
  { document: 'Biên bản bình xét thi đua và kết quả bỏ phiếu', form: null, confidence: 'H' },
  { document: 'Chứng nhận, xác nhận sáng kiến, đề tài', form: null, confidence: 'H' },
  { document: 'Văn bản liên quan', form: null, confidence: 'H' },
] as const;

describe('appraisal checklist', () => {
  it('reads the slot a rule document belongs to from its words', () => {
    expect(dossierSlotOf('Tờ trình đề nghị xét tặng danh hiệu thi đua')).toBe('TO_TRINH');
    expect(dossierSlotOf('BIÊN BẢN họp xét khen thưởng')).toBe('BIEN_BAN');
    expect(dossierSlotOf('Báo cáo tóm tắt thành tích')).toBe('BAO_CAO_THANH_TICH');
    expect(dossierSlotOf('Xác nhận hiệu quả đề tài khoa học')).toBe('SANG_KIEN');
    expect(dossierSlotOf('Văn bản liên quan')).toBeNull();
  });

  it('lists the checks as judged, then the rule documents found or not in the dossier', () => {
    const items = appraisalChecklist({
      nominationId: 'n1',
      awardName: 'Chiến sĩ thi đua cơ sở',
      checks: [
        check({ key: 'HOLD', code: 'HOLD', principle: true, requirement: 'Không bị kỷ luật' }),
        check({ met: null, key: '2', requirement: 'Có sáng kiến được công nhận' }),
      ],
      manualReason: null,
      ruleDocuments: RULE_DOCUMENTS,
      documents: [
        { kind: 'TO_TRINH', nominationId: null, label: 'to-trinh.pdf' },
        { kind: 'BAO_CAO_THANH_TICH', nominationId: 'n2', label: 'bctt-cua-nguoi-khac.pdf' },
      ],
    });
    expect(items.map((i) => [i.key, i.source, i.met])).toEqual([
      ['p:HOLD', 'PRINCIPLE', true],
      ['c:2', 'CONDITION', null],
      ['d:0', 'DOCUMENT', true],
      ['d:1', 'DOCUMENT', false],
      ['d:2', 'DOCUMENT', false],
      ['d:3', 'DOCUMENT', null],
      ['d:4', 'DOCUMENT', null],
    ]);
    expect(items[2]).toMatchObject({
      requirement: 'Tờ trình đề nghị xét tặng danh hiệu thi đua (Mẫu số 01)',
      finding: 'Có trong hồ sơ: to-trinh.pdf.',
    });
    // another nominee's report does not answer for this one
    expect(items[3].finding).toBe('Không thấy trong hồ sơ.');
  });

  it('asks the appraiser to confirm by hand what the engine did not judge', () => {
    const items = appraisalChecklist({
      nominationId: 'n1',
      awardName: 'Giấy khen của Giám đốc Sở',
      checks: null,
      manualReason: 'Hình thức của kế hoạch chưa gắn với danh mục.',
      ruleDocuments: [],
      documents: [],
    });
    expect(items).toEqual([
      {
        key: 'c:manual',
        source: 'CONDITION',
        requirement: 'Tiêu chuẩn của Giấy khen của Giám đốc Sở',
        finding: 'Hình thức của kế hoạch chưa gắn với danh mục.',
        met: null,
        basis: null,
      },
    ]);
  });

  const items = appraisalChecklist({
    nominationId: 'n1',
    awardName: 'Lao động tiên tiến',
    checks: [check({}), check({ key: '2', met: false, requirement: 'Chấp hành tốt' })],
    manualReason: null,
    ruleDocuments: [RULE_DOCUMENTS[3]],
    documents: [],
  });

  it('refuses "đạt" while an item stands unmet, naming it', () => {
    const { problems } = settleChecklist('Nguyễn Văn A', items, [], 'PASS');
    expect(problems).toEqual([
      {
        path: 'verdict',
        message: 'Nguyễn Văn A: chưa thể kết luận đạt khi mục "Chấp hành tốt" không đạt.',
      },
    ]);
  });

  it('lets the appraiser override the check with a ground, and confirms the rest by the verdict', () => {
    const noGround = settleChecklist('A', items, [{ key: 'c:2', ok: true }], 'PASS');
    expect(noGround.problems[0]).toMatchObject({ path: 'checklist.0.remark' });
    const { items: settled, problems } = settleChecklist(
      'A',
      items,
      [{ key: 'c:2', ok: true, remark: 'Đã có xác nhận của chi bộ ngày 02/10/2025.' }],
      'PASS',
    );
    expect(problems).toEqual([]);
    expect(settled.map((i) => [i.key, i.ok, i.settledBy])).toEqual([
      ['c:1', true, 'CHECK'],
      ['c:2', true, 'APPRAISER'],
      ['d:0', true, 'VERDICT'],
    ]);
  });

  it('needs a remark for an item set "không đạt", refuses unknown and repeated keys', () => {
    const { problems, items: settled } = settleChecklist(
      'A',
      items,
      [
        { key: 'c:1', ok: false, remark: '  ' },
        { key: 'x:9', ok: true },
        { key: 'c:1', ok: false, remark: 'Hai lần' },
      ],
      'FAIL',
    );
    expect(problems.map((p) => p.path)).toEqual([
      'checklist.1.key',
      'checklist.2.key',
      'checklist.0.remark',
    ]);
    // under "không đạt" an item the check could not judge stays open
    expect(settled.find((i) => i.key === 'd:0')).toMatchObject({ ok: false, settledBy: 'OPEN' });
  });
});
