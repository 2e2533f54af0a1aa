import { AWARD_DRAFT_LIMITS as L } from '@thidua/shared-domain';
import {
  useRedraftAchievementReport,
  useReopenAchievementReport,
  useSignOffAchievementReport,
  useUpdateAchievementReport,
  type AchievementReportContentInput,
  type AchievementReportItem,
  type AwardDossierDetail,
} from '@thidua/web-data-access';
import { Alert, Button, ConfigProvider, Descriptions, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';

import { blankToNull } from '../../../shared/forms/rules';
import { PartBlock, requiredText } from '../../campaigns/editor/fields';
import { draftMessages as m } from '../messages';
import {
  DraftDownload,
  DraftDrawer,
  DraftFormActions,
  DraftRows,
  DraftStateCell,
  DraftText,
  YearCell,
  cellStyle,
  useDraftEditor,
} from './DraftFields';
import { reportState } from './DraftStatus';

type Content = AchievementReportItem['content'];

/** The form's values: the content as the API takes it, optional texts as '' while typed. */
interface ReportValues {
  content: Omit<
    AchievementReportContentInput,
    'targets' | 'priorAwards' | 'initiatives' | 'confirmer'
  > & {
    targets: { name: string; planned: string; achieved: string }[];
    priorAwards: { year: number | null; award: string; decision: string }[];
    initiatives: { title: string; level: string; recognition: string }[];
    confirmer: { title: string; name: string };
  };
}

function toValues(c: Content): ReportValues {
  return {
    content: {
      period: c.period,
      profile: c.profile.map((f) => ({ label: f.label, value: f.value })),
      background: c.background,
      commitments: c.commitments,
      targets: c.targets.map((x) => ({
        name: x.name,
        planned: x.planned,
        achieved: x.achieved ?? '',
      })),
      measures: c.measures,
      results: c.results,
      lessons: c.lessons,
      evaluations: c.evaluations.map((e) => ({ year: e.year, result: e.result })),
      priorAwards: c.priorAwards.map((a) => ({
        year: a.year,
        award: a.award,
        decision: a.decision ?? '',
      })),
      initiatives: c.initiatives.map((i) => ({
        title: i.title,
        level: i.level,
        recognition: i.recognition ?? '',
      })),
      author: { title: c.author.title, name: c.author.name },
      confirmer: { title: c.confirmer?.title ?? '', name: c.confirmer?.name ?? '' },
    },
  };
}

const text = (v: string | null | undefined) => (v ?? '').trim();

/** What the API takes: texts trimmed, blank optional parts null, no confirmer without its title. */
function toReportInput({ content: c }: ReportValues): AchievementReportContentInput {
  return {
    period: text(c.period),
    profile: (c.profile ?? []).map((f) => ({ label: text(f.label), value: text(f.value) })),
    background: text(c.background),
    commitments: text(c.commitments),
    targets: (c.targets ?? []).map((x) => ({
      name: text(x.name),
      planned: text(x.planned),
      achieved: blankToNull(x.achieved),
    })),
    measures: text(c.measures),
    results: text(c.results),
    lessons: text(c.lessons),
    evaluations: (c.evaluations ?? []).map((e) => ({
      year: Number(e.year),
      result: text(e.result),
    })),
    priorAwards: (c.priorAwards ?? []).map((a) => ({
      year: Number(a.year),
      award: text(a.award),
      decision: blankToNull(a.decision),
    })),
    initiatives: (c.initiatives ?? []).map((i) => ({
      title: text(i.title),
      level: text(i.level),
      recognition: blankToNull(i.recognition),
    })),
    author: { title: text(c.author?.title), name: text(c.author?.name) },
    confirmer: text(c.confirmer?.title)
      ? { title: text(c.confirmer.title), name: blankToNull(c.confirmer.name) }
      : null,
  };
}

/**
 * The báo cáo thành tích of one nominee (ADR 0020): the editable parts the API keeps, in the order the
 * form prints them; "Soạn lại từ dữ liệu", the Word preview, and sign-off / reopen. A signed-off report,
 * or one the viewer may not change, is shown read-only. `report` undefined: still loading.
 */
export function AchievementReportDrawer({
  open,
  dossier,
  name,
  report,
  onClose,
  onReload,
}: {
  open: boolean;
  dossier: AwardDossierDetail;
  /** the nominee's name, for the title while the report loads */
  name: string;
  report: AchievementReportItem | null | undefined;
  onClose: () => void;
  /** reads the drafts again (after a CONFLICT) */
  onReload: () => Promise<unknown>;
}) {
  return (
    <DraftDrawer
      open={open}
      title={m.reportTitle(report?.name ?? name)}
      width={880}
      draft={report}
      onClose={onClose}
    >
      {(r) => (
        <ReportEditor
          // a saved, signed-off or redrafted report comes back with its next version
          key={`${r.nominationId}-${r.version}`}
          dossier={dossier}
          report={r}
          onDone={onClose}
          onReload={onReload}
        />
      )}
    </DraftDrawer>
  );
}

function ReportEditor({
  dossier,
  report,
  onDone,
  onReload,
}: {
  dossier: AwardDossierDetail;
  report: AchievementReportItem;
  onDone: () => void;
  onReload: () => Promise<unknown>;
}) {
  const update = useUpdateAchievementReport();
  const redraft = useRedraftAchievementReport();
  const signOff = useSignOffAchievementReport();
  const reopen = useReopenAchievementReport();
  const { form, cancel, alert, run, confirmed } = useDraftEditor<ReportValues>(onDone, onReload);
  // what was typed since the last save: a sign-off takes the saved text, so it waits for a save
  const [dirty, setDirty] = useState(false);
  const signed = report.signedOffAt !== null;
  const editable = dossier.canEdit && !signed;
  const pending = update.isPending || redraft.isPending || signOff.isPending || reopen.isPending;
  const ref = { nominationId: report.nominationId, version: report.version };

  const submit = (values: ReportValues) =>
    run(update.mutate, { ...ref, content: toReportInput(values) }, m.reportSaved);

  // the version read: a redraft from a stale drawer is refused rather than replacing newer text
  const doRedraft = () =>
    confirmed(
      { title: m.redraftReportTitle, content: m.redraftReportText, okText: m.redraft },
      redraft.mutate,
      ref,
      m.redrafted,
    );

  const doSignOff = () =>
    confirmed(
      {
        title: m.signOffTitle(report.name),
        content: m.signOffText,
        okText: m.signOff,
        danger: false,
      },
      signOff.mutate,
      ref,
      m.signedOff,
    );

  const doReopen = () =>
    confirmed(
      { title: m.reopenTitle, content: m.reopenText, okText: m.reopen, danger: false },
      reopen.mutate,
      ref,
      m.reopened,
    );

  const state = reportState(report);
  const kind = m.reportKinds[report.kind] ?? report.kind;

  return (
    <Form<ReportValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      onValuesChange={() => setDirty(true)}
      initialValues={toValues(report.content)}
    >
      {alert}
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 12 }}
        items={[
          {
            key: 'kind',
            label: m.reportKind,
            children: report.form ? `${report.form} — ${kind}` : kind,
          },
          { key: 'award', label: m.reportAward, children: report.award },
          {
            key: 'state',
            label: m.reportState,
            children: (
              <DraftStateCell
                state={state}
                signedOffAt={report.signedOffAt}
                signedOffByName={report.signedOffByName}
                draftedAt={report.draftedAt}
              />
            ),
          },
        ]}
      />
      {report.uploaded && (
        <Alert type="info" showIcon title={m.reportUploadedNotice} style={{ marginBottom: 12 }} />
      )}
      {signed && dossier.canEdit && (
        <Alert type="success" showIcon title={m.signedOffNotice} style={{ marginBottom: 12 }} />
      )}
      {!dossier.canEdit && (
        <Alert type="info" showIcon title={m.readOnly} style={{ marginBottom: 12 }} />
      )}
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <DraftDownload
          dossier={dossier}
          draft={report}
          fallbackName={`Bao cao thanh tich ${report.name}.docx`}
        />
        {editable && (
          <Button disabled={pending} onClick={() => void doRedraft()}>
            {m.redraft}
          </Button>
        )}
        {editable && (
          <Button
            type="primary"
            ghost
            loading={signOff.isPending}
            disabled={pending || dirty}
            title={dirty ? m.signOffSaveFirst : undefined}
            onClick={() => void doSignOff()}
          >
            {m.signOff}
          </Button>
        )}
        {signed && dossier.canEdit && (
          <Button loading={reopen.isPending} disabled={pending} onClick={() => void doReopen()}>
            {m.reopen}
          </Button>
        )}
      </Flex>
      {editable && dirty && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: -8 }}>
          {m.signOffSaveFirst}
        </Typography.Paragraph>
      )}

      <ConfigProvider componentDisabled={!editable || pending}>
        <Form.Item name={['content', 'period']} label={m.period}>
          <Input.TextArea rows={2} maxLength={L.title} placeholder={m.periodPlaceholder} />
        </Form.Item>

        <PartBlock title={m.partProfile}>
          <DraftRows
            name={['content', 'profile']}
            label={m.partProfile}
            noun={m.profileLine}
            max={L.profile}
            empty={() => ({ label: '', value: '' })}
          >
            {(row, what) => (
              <>
                <Form.Item name={[row.name, 'label']} style={cellStyle(140)}>
                  <Input aria-label={`${m.profileLabel} (${what})`} maxLength={L.line} />
                </Form.Item>
                <Form.Item name={[row.name, 'value']} style={cellStyle(220, 2)}>
                  <Input aria-label={`${m.profileValue} (${what})`} maxLength={L.line} />
                </Form.Item>
              </>
            )}
          </DraftRows>
          <DraftText name={['content', 'background']} label={m.background} />
        </PartBlock>

        <PartBlock title={m.partAchievements}>
          <DraftText name={['content', 'commitments']} label={m.commitments} />
          <DraftRows
            name={['content', 'targets']}
            label={m.targets}
            noun={m.target}
            max={L.targets}
            empty={() => ({ name: '', planned: '', achieved: '' })}
          >
            {(row, what) => (
              <>
                <Form.Item
                  name={[row.name, 'name']}
                  style={cellStyle(200, 2)}
                  rules={[requiredText(m.targetName.toLowerCase())]}
                >
                  <Input aria-label={`${m.targetName} (${what})`} maxLength={L.line} />
                </Form.Item>
                <Form.Item name={[row.name, 'planned']} style={cellStyle(120)}>
                  <Input aria-label={`${m.targetPlanned} (${what})`} maxLength={L.line} />
                </Form.Item>
                <Form.Item name={[row.name, 'achieved']} style={cellStyle(120)}>
                  <Input aria-label={`${m.targetAchieved} (${what})`} maxLength={L.line} />
                </Form.Item>
              </>
            )}
          </DraftRows>
          <DraftText name={['content', 'measures']} label={m.measures} />
          <DraftText name={['content', 'results']} label={m.results} rows={6} />
          <DraftText name={['content', 'lessons']} label={m.lessons} rows={3} />
          <DraftRows
            name={['content', 'evaluations']}
            label={m.evaluations}
            noun={m.evaluation}
            max={L.evaluations}
            empty={() => ({ year: null, result: '' })}
          >
            {(row, what) => (
              <>
                <YearCell row={row} what={what} />
                <Form.Item
                  name={[row.name, 'result']}
                  style={cellStyle(220, 2)}
                  rules={[requiredText(m.evaluationResult.toLowerCase())]}
                >
                  <Input aria-label={`${m.evaluationResult} (${what})`} maxLength={L.line} />
                </Form.Item>
              </>
            )}
          </DraftRows>
          <DraftRows
            name={['content', 'initiatives']}
            label={m.initiatives}
            noun={m.initiative}
            max={L.initiatives}
            empty={() => ({ title: '', level: '', recognition: '' })}
          >
            {(row, what) => (
              <>
                <Form.Item
                  name={[row.name, 'title']}
                  style={cellStyle(200, 2)}
                  rules={[requiredText(m.initiativeTitle.toLowerCase())]}
                >
                  <Input aria-label={`${m.initiativeTitle} (${what})`} maxLength={L.line} />
                </Form.Item>
                <Form.Item name={[row.name, 'level']} style={cellStyle(120)}>
                  <Input aria-label={`${m.initiativeLevel} (${what})`} maxLength={L.line} />
                </Form.Item>
                <Form.Item name={[row.name, 'recognition']} style={cellStyle(200, 2)}>
                  <Input aria-label={`${m.initiativeRecognition} (${what})`} maxLength={L.line} />
                </Form.Item>
              </>
            )}
          </DraftRows>
        </PartBlock>

        <PartBlock title={m.partAwards}>
          <DraftRows
            name={['content', 'priorAwards']}
            label={m.partAwards}
            noun={m.priorAward}
            max={L.priorAwards}
            empty={() => ({ year: null, award: '', decision: '' })}
          >
            {(row, what) => (
              <>
                <YearCell row={row} what={what} />
                <Form.Item
                  name={[row.name, 'award']}
                  style={cellStyle(200, 2)}
                  rules={[requiredText(m.priorAwardName.toLowerCase())]}
                >
                  <Input aria-label={`${m.priorAwardName} (${what})`} maxLength={L.line} />
                </Form.Item>
                <Form.Item name={[row.name, 'decision']} style={cellStyle(200, 2)}>
                  <Input aria-label={`${m.priorAwardDecision} (${what})`} maxLength={L.line} />
                </Form.Item>
              </>
            )}
          </DraftRows>
        </PartBlock>

        <PartBlock title={m.partSignatures}>
          <Flex gap={12} wrap>
            <Form.Item
              name={['content', 'author', 'title']}
              label={m.authorTitle}
              extra={m.authorTitleHelp}
              style={cellStyle(240)}
            >
              <Input maxLength={L.line} />
            </Form.Item>
            <Form.Item
              name={['content', 'author', 'name']}
              label={m.authorName}
              style={cellStyle(240)}
            >
              <Input maxLength={L.line} />
            </Form.Item>
          </Flex>
          <Flex gap={12} wrap style={{ marginTop: 12 }}>
            <Form.Item
              name={['content', 'confirmer', 'title']}
              label={m.confirmerTitle}
              extra={m.confirmerTitleHelp}
              style={cellStyle(240)}
              dependencies={[['content', 'confirmer', 'name']]}
              rules={[
                ({ getFieldValue }) => ({
                  validator: async (_rule, value: unknown) => {
                    const named = text(getFieldValue(['content', 'confirmer', 'name']) as string);
                    if (named && !text(value as string))
                      throw new Error(m.requiredRow(m.confirmerTitleWhat));
                  },
                }),
              ]}
            >
              <Input maxLength={L.line} />
            </Form.Item>
            <Form.Item
              name={['content', 'confirmer', 'name']}
              label={m.confirmerName}
              style={cellStyle(240)}
            >
              <Input maxLength={L.line} />
            </Form.Item>
          </Flex>
        </PartBlock>
      </ConfigProvider>

      <DraftFormActions
        editable={editable}
        onCancel={cancel}
        saving={update.isPending}
        pending={pending}
      />
    </Form>
  );
}
