import { TEXT_LIMITS, UNIT_CODE } from '@thidua/shared-domain';
import { FormActions } from '@thidua/web-ui';
import {
  hasErrorCode,
  useCreateCluster,
  useUpdateCluster,
  type ClusterItem,
  type ClusterKind,
} from '@thidua/web-data-access';
import { Alert, App, Button, Drawer, Form, Input, Radio } from 'antd';
import { useState } from 'react';

import { t } from '../../../i18n';
import { blankToNull, codeRule, required, requiredChoice } from '../../../shared/forms/rules';
import { useApiErrorHandler } from '../../../shared/hooks/useApiErrorHandler';
import { UnitSelect } from '../../units/components/UnitSelect';

interface ClusterValues {
  code: string;
  name: string;
  kind: ClusterKind;
  organizerUnitId?: string;
  description?: string;
}

export const CLUSTER_KINDS: readonly ClusterKind[] = ['CUM', 'KHOI'];

/** Creates a cluster (`cluster` null) or edits its name and description. */
export function ClusterFormDrawer({
  open,
  cluster,
  onClose,
  onSaved,
  onReload,
}: {
  open: boolean;
  cluster: ClusterItem | null;
  onClose: () => void;
  onSaved?: (clusterId: string) => void;
  onReload?: () => Promise<unknown>;
}) {
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={cluster ? t.clusters.editTitle(cluster.name) : t.clusters.createTitle}
      size={560}
      destroyOnHidden
    >
      {open && (
        <ClusterForm
          key={cluster?.version ?? 'new'}
          cluster={cluster}
          onDone={onClose}
          onSaved={onSaved}
          onReload={onReload}
        />
      )}
    </Drawer>
  );
}

function ClusterForm({
  cluster,
  onDone,
  onSaved,
  onReload,
}: {
  cluster: ClusterItem | null;
  onDone: () => void;
  onSaved?: (clusterId: string) => void;
  onReload?: () => Promise<unknown>;
}) {
  const [form] = Form.useForm<ClusterValues>();
  const create = useCreateCluster();
  const update = useUpdateCluster();
  const onError = useApiErrorHandler();
  const { message } = App.useApp();
  const [conflict, setConflict] = useState<string | null>(null);
  const pending = create.isPending || update.isPending;

  const submit = (values: ClusterValues) => {
    setConflict(null);
    const handlers = {
      onSuccess: (saved: ClusterItem) => {
        void message.success(cluster ? t.clusters.updated : t.clusters.created(saved.name));
        onDone();
        onSaved?.(saved.id);
      },
      onError: (error: unknown) =>
        hasErrorCode(error, 'CONFLICT') ? setConflict(error.message) : onError(error, form),
    };
    if (cluster) {
      update.mutate(
        {
          id: cluster.id,
          version: cluster.version,
          name: values.name.trim(),
          description: blankToNull(values.description),
        },
        handlers,
      );
    } else {
      create.mutate(
        {
          code: values.code.trim(),
          name: values.name.trim(),
          kind: values.kind,
          organizerUnitId: values.organizerUnitId ?? '',
          description: blankToNull(values.description),
        },
        handlers,
      );
    }
  };

  return (
    <Form<ClusterValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      disabled={pending}
      initialValues={
        cluster
          ? {
              code: cluster.code,
              name: cluster.name,
              kind: cluster.kind,
              organizerUnitId: cluster.organizer.id,
              description: cluster.description ?? '',
            }
          : { kind: 'CUM' }
      }
    >
      {conflict && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={t.errors.conflictTitle}
          description={conflict}
          action={
            onReload && (
              <Button size="small" onClick={() => void onReload().then(() => setConflict(null))}>
                {t.errors.conflictReload}
              </Button>
            )
          }
          style={{ marginBottom: 16 }}
        />
      )}
      <Form.Item name="kind" label={t.clusters.kind} rules={[requiredChoice(t.clusters.kindWhat)]}>
        <Radio.Group
          disabled={Boolean(cluster)}
          optionType="button"
          options={CLUSTER_KINDS.map((kind) => ({ value: kind, label: t.clusters.kinds[kind] }))}
        />
      </Form.Item>
      <Form.Item name="name" label={t.clusters.name} rules={[required(t.clusters.nameWhat)]}>
        <Input maxLength={TEXT_LIMITS.clusterName} />
      </Form.Item>
      <Form.Item
        name="code"
        label={t.clusters.code}
        rules={[required(t.clusters.codeWhat), codeRule(UNIT_CODE, t.clusters.code)]}
      >
        <Input maxLength={UNIT_CODE.maxLength} spellCheck={false} disabled={Boolean(cluster)} />
      </Form.Item>
      <Form.Item
        name="organizerUnitId"
        label={t.clusters.organizer}
        extra={t.clusters.organizerHelp}
        rules={[requiredChoice(t.clusters.organizerWhat)]}
      >
        <UnitSelect disabled={Boolean(cluster)} initialUnit={cluster?.organizer} />
      </Form.Item>
      <Form.Item name="description" label={t.clusters.description}>
        <Input.TextArea rows={3} maxLength={TEXT_LIMITS.note} />
      </Form.Item>
      <FormActions>
        <Button onClick={onDone}>{t.common.cancel}</Button>
        <Button type="primary" htmlType="submit" loading={pending}>
          {cluster ? t.common.saveChanges : t.clusters.create}
        </Button>
      </FormActions>
    </Form>
  );
}
