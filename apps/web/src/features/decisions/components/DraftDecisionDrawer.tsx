import { AWARD_SUBJECTS, awardFormKey } from '@thidua/shared-domain';
import { CheckList, FormActions, useDebouncedValue } from '@thidua/web-ui';
import {
  useAwardDecisionCandidates,
  useAwardRounds,
  useDraftAwardDecision,
  type AwardDecisionCandidate,
  type AwardRoundItem,
} from '@thidua/web-data-access';
import {
  Alert,
  App,
  Button,
  Checkbox,
  Drawer,
  Empty,
  Flex,
  Form,
  Radio,
  Select,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';

import { awardDecisionPath } from '../../../app/paths';
import { t } from '../../../i18n';
import { QueryError } from '../../../shared/components/QueryError';
import {
  DiscardGuardScope,
  useDiscardGuard,
  useGuardedForm,
} from '../../../shared/forms/discardGuard';
import { requiredChoice } from '../../../shared/forms/rules';
import { useApiErrorHandler } from '../../../shared/hooks/useApiErrorHandler';
import { UnitSelect } from '../../units/components/UnitSelect';
import { decisionsMessages as m } from '../messages';

interface Values {
  roundId?: string;
  issuerUnitId?: string;
  awardKey?: string;
  nominationIds?: string[];
}

/** The nominees of one danh hiệu or hình thức: a decision gives one (ADR 0022 §2). */
export interface AwardGroup {
  key: string;
  name: string;
  all: AwardDecisionCandidate[];
  /** not yet in a decision */
  free: AwardDecisionCandidate[];
}

/** The API's `sameAward`: the code when there is one, else the form's name as folded words. */
export function groupByAward(candidates: readonly AwardDecisionCandidate[]): AwardGroup[] {
  const groups = new Map<string, AwardGroup>();
  for (const c of candidates) {
    const key = `${c.awardCode ?? ''}|${awardFormKey(c.awardName)}`;
    const group = groups.get(key) ?? { key, name: c.awardName, all: [], free: [] };
    group.all.push(c);
    if (!c.decisionId) group.free.push(c);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * "Soạn dự thảo quyết định": a round, the issuing unit (the round's receiving unit unless changed),
 * then the round's nominees appraised "đạt" by award; the officer picks one award and its nominees
 * (those already in a decision are shown, not offered). The API computes the multipliers, amounts,
 * căn cứ and trích yếu; the new draft's page opens.
 */
export function DraftDecisionDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const guard = useDiscardGuard(onClose);
  return (
    <Drawer open={open} onClose={guard.close} title={m.draftTitle} size={720} destroyOnHidden>
      <DiscardGuardScope guard={guard}>
        {open && <DraftForm onCancel={onClose} />}
      </DiscardGuardScope>
    </Drawer>
  );
}

function DraftForm({ onCancel }: { onCancel: () => void }) {
  const [form] = Form.useForm<Values>();
  const cancel = useGuardedForm(form) ?? onCancel;
  const draft = useDraftAwardDecision();
  const onError = useApiErrorHandler();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [round, setRound] = useState<AwardRoundItem | null>(null);
  const roundId = Form.useWatch('roundId', form);
  const issuerUnitId = Form.useWatch('issuerUnitId', form);
  const awardKey = Form.useWatch('awardKey', form);
  const chosen = Form.useWatch('nominationIds', form) ?? [];
  const candidates = useAwardDecisionCandidates(roundId, issuerUnitId);
  const groups = useMemo(() => groupByAward(candidates.data ?? []), [candidates.data]);
  const group = groups.find((g) => g.key === awardKey);
  const anyFree = groups.some((g) => g.free.length > 0);

  const chooseAward = (key: string | undefined) => {
    const next = groups.find((g) => g.key === key);
    // a decision usually gives the award to everyone found "đạt": all chosen, to untick
    form.setFieldsValue({ awardKey: key, nominationIds: next?.free.map((c) => c.nominationId) });
  };

  const submit = (values: Values) =>
    draft.mutate(
      {
        roundId: values.roundId ?? '',
        issuerUnitId: values.issuerUnitId ?? '',
        nominationIds: values.nominationIds ?? [],
      },
      {
        onSuccess: (d) => {
          void message.success(m.drafted);
          form.resetFields();
          navigate(awardDecisionPath(d.id));
        },
        onError: (error) => onError(error, form),
      },
    );

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={submit}
      disabled={draft.isPending}
      onValuesChange={(changed: Values) => {
        // another round or issuer: another list of nominees
        if ('roundId' in changed || 'issuerUnitId' in changed)
          form.setFieldsValue({ awardKey: undefined, nominationIds: [] });
      }}
    >
      <Typography.Paragraph type="secondary">{m.draftIntro}</Typography.Paragraph>
      <Form.Item name="roundId" label={m.round} rules={[requiredChoice(m.roundWhat)]}>
        <RoundSelect
          onRound={(r) => {
            setRound(r);
            if (r) form.setFieldValue('issuerUnitId', r.receivingUnit.id);
          }}
        />
      </Form.Item>
      <Form.Item
        name="issuerUnitId"
        label={m.issuer}
        extra={m.issuerHelp}
        rules={[requiredChoice(m.issuerWhat)]}
      >
        <UnitSelect key={round?.id ?? 'none'} initialUnit={round?.receivingUnit ?? null} />
      </Form.Item>
      {roundId && issuerUnitId && (
        <>
          {candidates.isPending && (
            <Flex align="center" gap={8} role="status" style={{ marginBottom: 16 }}>
              <Spin size="small" />
              <Typography.Text type="secondary">{m.candidatesLoading}</Typography.Text>
            </Flex>
          )}
          {candidates.isError && (
            <QueryError error={candidates.error} onRetry={() => void candidates.refetch()} />
          )}
          {candidates.data && groups.length === 0 && (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m.noCandidates} />
          )}
          {candidates.data && groups.length > 0 && !anyFree && (
            <Alert type="info" showIcon title={m.allTaken} style={{ marginBottom: 16 }} />
          )}
          {groups.length > 0 && (
            <Form.Item name="awardKey" label={m.award} rules={[requiredChoice(m.awardWhat)]}>
              <Radio.Group
                onChange={(e) => chooseAward(e.target.value as string)}
                style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
                options={groups.map((g) => ({
                  value: g.key,
                  label: m.awardOption(g.name, g.free.length, g.all.length),
                  disabled: g.free.length === 0,
                }))}
              />
            </Form.Item>
          )}
          {group && (
            <NomineePicker
              group={group}
              chosen={chosen}
              onAll={(ids) => form.setFieldValue('nominationIds', ids)}
            />
          )}
        </>
      )}
      <FormActions>
        <Button onClick={cancel} disabled={false}>
          {t.common.cancel}
        </Button>
        <Button type="primary" htmlType="submit" loading={draft.isPending}>
          {m.createDraft}
        </Button>
      </FormActions>
    </Form>
  );
}

/** The nominees of the chosen award as a check list (those in a decision already: shown, disabled). */
function NomineePicker({
  group,
  chosen,
  onAll,
}: {
  group: AwardGroup;
  chosen: string[];
  onAll: (ids: string[]) => void;
}) {
  const freeIds = group.free.map((c) => c.nominationId);
  const all = freeIds.length > 0 && freeIds.every((id) => chosen.includes(id));
  const some = chosen.length > 0 && !all;
  return (
    <Form.Item label={m.nominees} required extra={m.selectedCount(chosen.length, freeIds.length)}>
      <Checkbox
        checked={all}
        indeterminate={some}
        onChange={(e) => onAll(e.target.checked ? freeIds : [])}
        style={{ marginBottom: 8 }}
      >
        {m.selectAll}
      </Checkbox>
      <Form.Item
        name="nominationIds"
        noStyle
        rules={[{ type: 'array', min: 1, message: t.validation.requiredChoice(m.nomineesWhat) }]}
      >
        <NomineeChecks nominees={group.all} />
      </Form.Item>
    </Form.Item>
  );
}

/**
 * The nominees as a check list (a form control: `value`/`onChange` from the Form.Item); the shared
 * CheckList, not antd's Checkbox.Group, whose race emptied the choice of a tick made right after the
 * list appeared.
 */
function NomineeChecks({
  nominees,
  value,
  onChange,
}: {
  nominees: AwardGroup['all'];
  value?: string[];
  onChange?: (value: string[]) => void;
}) {
  return (
    <CheckList
      value={value}
      onChange={onChange}
      items={nominees.map((c) => ({
        value: c.nominationId,
        disabled: Boolean(c.decisionId),
        label: (
          <span>
            {m.nomineeLine(c.name, c.proposingUnitName)}{' '}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              ({AWARD_SUBJECTS[c.subject as keyof typeof AWARD_SUBJECTS] ?? c.subject}
              {c.toTrinhSymbol ? ` · ${c.toTrinhSymbol}` : ''})
            </Typography.Text>
            {c.decisionId && (
              <>
                {' '}
                <Tag>{m.takenBy}</Tag>
                <Link to={awardDecisionPath(c.decisionId)}>{m.openTaken}</Link>
              </>
            )}
          </span>
        ),
      }))}
    />
  );
}

/** Every round in reach, found by the server's search on its title; tells the round chosen. */
function RoundSelect({
  id,
  value,
  onChange,
  onRound,
}: {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  onRound: (round: AwardRoundItem | null) => void;
}) {
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search.trim());
  const rounds = useAwardRounds({ first: 20, search: debounced || undefined });
  const nodes = rounds.data?.nodes ?? [];
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value}
      onChange={(next: string | undefined) => {
        onChange?.(next);
        onRound(nodes.find((r) => r.id === next) ?? null);
      }}
      placeholder={m.roundPlaceholder}
      loading={rounds.isFetching}
      options={nodes.map((r) => ({ value: r.id, label: `${r.title} (${r.year})` }))}
    />
  );
}
