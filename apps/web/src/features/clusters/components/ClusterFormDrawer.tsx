import { TEXT_LIMITS, UNIT_CODE } from '@thidua/shared-domain';
import { FormActions } from '@thidua/web-ui';
import {
  useCreateCluster,
  useUpdateCluster,
  type ClusterItem,
  type ClusterKind,
} from '@thidua/web-data-access';
import { App, Button, Drawer, Form, Input, Radio } from 'antd';

import { t } from '../../../i18n';
import { blankToNull, codeRule, required, requiredChoice } from '../../../shared/forms/rules';
import { useVersionedForm } from '../../../shared/forms/versionedForm';
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
  const save = useVersionedForm(form, cluster ? onReload : undefined);
  const { message } = App.useApp();
  const pending = create.isPending || update.isPending;

  const submit = (values: ClusterValues) => {
    save.reset();
    const handlers = {
      onSuccess: (saved: ClusterItem) => {
        void message.success(cluster ? t.clusters.updated : t.clusters.created(saved.name));
        onDone();
        onSaved?.(saved.id);
      },
      onError: save.onError,
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
      {save.alert}
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
