import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { todayInVietnam, type AwardTrack } from '@thidua/shared-domain';
import { PageHeader } from '@thidua/web-ui';
import {
  useAwardKindsWithRules,
  useRuleParameters,
  useUnit,
  type AwardKindWithRules,
  type AwardRuleVersionItem,
  type RuleParameterItem,
} from '@thidua/web-data-access';
import { Button, Card, Flex, Space, Table, Tabs, Tag, Timeline, Typography } from 'antd';
import { useMemo, useState } from 'react';

import { t } from '../../../i18n';
import { QueryError } from '../../../shared/components/QueryError';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { useViewer } from '../../auth/hooks/useViewer';
import { UnitSelect } from '../../units/components/UnitSelect';
import { RuleParameterDrawer } from '../components/RuleParameterDrawer';
import { RuleVersionCard } from '../components/RuleVersionCard';
import { RuleVersionDrawer } from '../components/RuleVersionDrawer';
import { UncertainTag } from '../components/UncertainTag';

type VersionEdit = {
  kind: AwardKindWithRules;
  version: AwardRuleVersionItem | null;
  template: AwardRuleVersionItem | null;
};

/**
 * "Quy định khen thưởng": the catalog, each award's rule versions on a timeline (NĐ 98 → NĐ 152) as
 * sentences, and the parameters with the national value and a province's own. Every signed-in user
 * reads it (published law); RULES_MANAGE holders add and correct versions and values, and per row the
 * API says whether this viewer may (`canManage`: national rows need a global grant).
 */
export function AwardRulesPage() {
  const r = t.awardRules;
  useDocumentTitle(r.pageTitle);
  const { can } = useViewer();
  const manager = can('RULES_MANAGE');
  const [provinceId, setProvinceId] = useState<string | undefined>(undefined);
  const provinceUnit = useUnit(provinceId);
  const province = provinceId ? { id: provinceId, name: provinceUnit.data?.name ?? '' } : null;
  const kinds = useAwardKindsWithRules(province?.id ?? null);
  const parameters = useRuleParameters(province?.id ?? null);
  const [versionEdit, setVersionEdit] = useState<VersionEdit | null>(null);
  const [paramEdit, setParamEdit] = useState<{
    parameter: RuleParameterItem | null;
    key: RuleParameterItem['key'] | null;
  } | null>(null);
  const today = todayInVietnam();

  return (
    <>
      <PageHeader title={r.pageTitle} subtitle={r.subtitle} breadcrumb={[t.nav.emulation]} />
      {can('UNIT_READ') && (
        <Card size="small" style={{ marginBottom: 16 }}>
          <Flex gap={8} align="center" wrap>
            <Typography.Text id="award-rules-province">{r.province}</Typography.Text>
            <UnitSelect
              aria-labelledby="award-rules-province"
              style={{ minWidth: 320 }}
              allowClear
              kindCode="PROVINCE"
              placeholder={r.provincePlaceholder}
              value={provinceId}
              onChange={setProvinceId}
            />
            <Typography.Text type="secondary">{r.provinceHelp}</Typography.Text>
          </Flex>
        </Card>
      )}
      <Tabs
        items={[
          {
            key: 'kinds',
            label: r.tabKinds,
            children: (
              <>
                {kinds.error && (
                  <QueryError error={kinds.error} onRetry={() => void kinds.refetch()} />
                )}
                <Table<AwardKindWithRules>
                  rowKey="id"
                  loading={kinds.isLoading}
                  dataSource={kinds.data ?? []}
                  pagination={false}
                  expandable={{
                    expandedRowRender: (kind) => (
                      <KindTimeline
                        kind={kind}
                        today={today}
                        manager={manager}
                        onEdit={(version) => setVersionEdit({ kind, version, template: null })}
                        onAdd={(template) => setVersionEdit({ kind, version: null, template })}
                      />
                    ),
                  }}
                  columns={[
                    {
                      title: r.colName,
                      key: 'name',
                      render: (_, kind) => (
                        <Space size={4} wrap>
                          <Typography.Text strong>{kind.name}</Typography.Text>
                          {kind.provinceUnit && <Tag>{r.provinceOwn(kind.provinceUnit.name)}</Tag>}
                          <UncertainTag
                            show={kind.ruleVersions.some((v) => v.uncertain && inForce(v, today))}
                          />
                        </Space>
                      ),
                    },
                    {
                      title: r.colCategory,
                      key: 'category',
                      render: (_, kind) => r.categories[kind.category],
                    },
                    {
                      title: r.colSubjects,
                      key: 'subjects',
                      render: (_, kind) => kind.subjects.map((s) => r.subjects[s]).join(', '),
                    },
                    {
                      title: r.colLevel,
                      key: 'level',
                      render: (_, kind) => r.levels[kind.level],
                    },
                    {
                      title: r.colVersions,
                      key: 'versions',
                      render: (_, kind) => r.versionsCount(kind.ruleVersions.length),
                    },
                  ]}
                />
              </>
            ),
          },
          {
            key: 'parameters',
            label: r.tabParameters,
            children: (
              <>
                {parameters.error && (
                  <QueryError error={parameters.error} onRetry={() => void parameters.refetch()} />
                )}
                <Flex justify="flex-end" gap={8} style={{ marginBottom: 8 }}>
                  {manager && (
                    <Button
                      icon={<PlusOutlined aria-hidden />}
                      onClick={() => setParamEdit({ parameter: null, key: null })}
                    >
                      {province ? r.addOverride(province.name) : r.addParameter}
                    </Button>
                  )}
                </Flex>
                <Table<RuleParameterItem>
                  rowKey="id"
                  loading={parameters.isLoading}
                  dataSource={parameters.data ?? []}
                  pagination={false}
                  columns={[
                    {
                      title: r.colParameter,
                      key: 'label',
                      render: (_, p) => (
                        <Space size={4} wrap>
                          <span>{p.label}</span>
                          <UncertainTag show={p.uncertain} />
                        </Space>
                      ),
                    },
                    {
                      title: r.colValue,
                      key: 'value',
                      render: (_, p) => r.value(p.value, p.unit),
                    },
                    {
                      title: r.colScope,
                      key: 'scope',
                      render: (_, p) =>
                        p.provinceUnit ? (
                          <Tag color="purple">{r.provinceOwn(p.provinceUnit.name)}</Tag>
                        ) : (
                          <Tag>{r.national}</Tag>
                        ),
                    },
                    {
                      title: r.colPeriod,
                      key: 'period',
                      render: (_, p) => (
                        <Space size={4}>
                          <span>{r.period(p.effectiveFrom, p.effectiveTo)}</span>
                          {inForce(p, today) && <Tag color="green">{r.inForceNow}</Tag>}
                        </Space>
                      ),
                    },
                    {
                      title: r.colBasis,
                      key: 'basis',
                      render: (_, p) =>
                        [p.article, p.legalDocument?.name].filter(Boolean).join(' ') || '—',
                    },
                    {
                      title: '',
                      key: 'actions',
                      render: (_, p) =>
                        p.canManage && (
                          <Button
                            size="small"
                            icon={<EditOutlined aria-hidden />}
                            onClick={() => setParamEdit({ parameter: p, key: p.key })}
                          >
                            {r.editVersion}
                          </Button>
                        ),
                    },
                  ]}
                />
              </>
            ),
          },
        ]}
      />
      <RuleVersionDrawer
        open={versionEdit !== null}
        kind={versionEdit?.kind ?? null}
        version={versionEdit?.version ?? null}
        template={versionEdit?.template ?? null}
        provinceUnitId={province?.id ?? null}
        kinds={kinds.data ?? []}
        onClose={() => setVersionEdit(null)}
      />
      <RuleParameterDrawer
        open={paramEdit !== null}
        parameter={paramEdit?.parameter ?? null}
        parameterKey={paramEdit?.key ?? null}
        province={province}
        onClose={() => setParamEdit(null)}
      />
    </>
  );
}

function inForce(v: { effectiveFrom: string; effectiveTo: string | null }, day: string): boolean {
  return v.effectiveFrom <= day && (v.effectiveTo === null || day <= v.effectiveTo);
}

/** An award's versions by track, oldest first: the NĐ 98 → NĐ 152 timeline. */
function KindTimeline({
  kind,
  today,
  manager,
  onEdit,
  onAdd,
}: {
  kind: AwardKindWithRules;
  today: string;
  manager: boolean;
  onEdit: (version: AwardRuleVersionItem) => void;
  onAdd: (template: AwardRuleVersionItem | null) => void;
}) {
  const r = t.awardRules;
  const byTrack = useMemo(() => {
    const map = new Map<AwardTrack, AwardRuleVersionItem[]>();
    for (const v of kind.ruleVersions) map.set(v.track, [...(map.get(v.track) ?? []), v]);
    return [...map.entries()];
  }, [kind.ruleVersions]);
  return (
    <Flex vertical gap={16}>
      {manager && (
        <div>
          <Button
            icon={<PlusOutlined aria-hidden />}
            onClick={() =>
              onAdd(
                kind.ruleVersions.find((v) => inForce(v, today) && v.track === 'CONG_TRANG') ??
                  null,
              )
            }
          >
            {r.addVersion}
          </Button>
        </div>
      )}
      {byTrack.length === 0 && <Typography.Text type="secondary">{r.noVersions}</Typography.Text>}
      {byTrack.map(([track, versions]) => (
        <section key={track} aria-label={`${kind.name} — ${r.tracks[track]}`}>
          <Typography.Title level={2} style={{ fontSize: 15 }}>
            {r.tracks[track]}
          </Typography.Title>
          <Timeline
            items={versions.map((v) => ({
              key: v.id,
              color: inForce(v, today) ? 'green' : 'gray',
              content: <RuleVersionCard version={v} today={today} onEdit={() => onEdit(v)} />,
            }))}
          />
        </section>
      ))}
    </Flex>
  );
}
