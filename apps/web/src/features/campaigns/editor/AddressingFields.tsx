import { useDebouncedValue } from '@thidua/web-ui';
import {
  useCampaignInbox,
  useClusters,
  useUnitKinds,
  type CampaignPlanDetail,
} from '@thidua/web-data-access';
import { Col, Form, Row, Select } from 'antd';
import { useMemo, useState } from 'react';

import { t } from '../../../i18n';
import { IsoDatePicker } from '../../../shared/components/IsoDatePicker';
import { foldFilter } from '../../../shared/forms/foldFilter';
import { UnitMultiSelect } from '../../units/components/UnitSelect';

type ParentPlan = { id: string; title: string; symbol?: string | null };

/**
 * The plan this one answers ("Thực hiện Kế hoạch số … của …"): one of the plans addressed to the
 * viewer's units (the API refuses a plan not addressed to the issuer unit).
 */
function ParentPlanSelect({
  id,
  value,
  onChange,
  initial,
}: {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  initial: ParentPlan | null;
}) {
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search.trim());
  const inbox = useCampaignInbox({ first: 20, search: debounced });
  const options = useMemo(() => {
    const seen = new Set<string>();
    const list: { value: string; label: string }[] = [];
    const add = (plan: { id: string; title: string; symbol?: string | null }) => {
      if (seen.has(plan.id)) return;
      seen.add(plan.id);
      list.push({
        value: plan.id,
        label: plan.symbol ? `${plan.symbol} — ${plan.title}` : plan.title,
      });
    };
    if (initial) add(initial);
    for (const row of inbox.data?.nodes ?? []) add(row.plan);
    return list;
  }, [inbox.data, initial]);
  return (
    <Select
      id={id}
      allowClear
      value={value ?? undefined}
      onChange={(next: string | undefined) => onChange?.(next ?? null)}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      options={options}
      loading={inbox.isFetching}
      placeholder={t.campaigns.respondsToPlaceholder}
      notFoundContent={inbox.isFetching ? t.ui.loading : t.campaigns.respondsToNone}
    />
  );
}

/**
 * Giao thực hiện: the units the plan addresses (chosen units, whole subtrees, unit kinds within some
 * trees, the members of clusters), the day they must answer by issuing their own plan, and the plan
 * this one answers. The API resolves the units when the plan is issued.
 */
export function AddressingFields({
  plan,
  parentPlan,
}: {
  plan: CampaignPlanDetail | null;
  /** the plan answered, to name it before any search */
  parentPlan: ParentPlan | null;
}) {
  const c = t.campaigns;
  const kinds = useUnitKinds();
  const clusters = useClusters({ first: 100 });
  const a = plan?.addressing;
  return (
    <>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name={['addressing', 'unitIds']} label={c.addressUnits}>
            <UnitMultiSelect initialUnits={a?.units ?? []} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name={['addressing', 'subtreeUnitIds']}
            label={c.addressSubtrees}
            extra={c.addressSubtreesHelp}
          >
            <UnitMultiSelect initialUnits={a?.subtreeUnits ?? []} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name={['addressing', 'unitKindCodes']} label={c.addressKinds}>
            <Select
              mode="multiple"
              loading={kinds.isPending}
              showSearch={{ filterOption: foldFilter }}
              options={(kinds.data ?? []).map((k) => ({ value: k.code, label: k.name }))}
              placeholder={c.addressKindsPlaceholder}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name={['addressing', 'unitKindsWithinUnitIds']}
            label={c.addressKindsWithin}
            extra={c.addressKindsWithinHelp}
          >
            <UnitMultiSelect initialUnits={a?.unitKindsWithinUnits ?? []} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name={['addressing', 'clusterIds']} label={c.addressClusters}>
        <Select
          mode="multiple"
          loading={clusters.isPending}
          showSearch={{ filterOption: foldFilter }}
          options={(clusters.data?.nodes ?? []).map((cluster) => ({
            value: cluster.id,
            label: cluster.name,
          }))}
          placeholder={c.addressClustersPlaceholder}
        />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} md={10}>
          <Form.Item name="answerDeadline" label={c.answerDeadline} extra={c.answerDeadlineHelp}>
            <IsoDatePicker allowClear />
          </Form.Item>
        </Col>
        <Col xs={24} md={14}>
          <Form.Item name="respondsToPlanId" label={c.respondsTo} extra={c.respondsToHelp}>
            <ParentPlanSelect initial={parentPlan} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
