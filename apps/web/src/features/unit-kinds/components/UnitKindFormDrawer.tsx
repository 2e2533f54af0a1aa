import { FormActions } from '@thidua/web-ui';
import {
  unitKeys,
  useCreateUnitKind,
  useUpdateUnitKind,
  type UnitKindCatalogItem,
  type UnitTree,
} from '@thidua/web-data-access';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Drawer, Form, Input, InputNumber, Select, Switch } from 'antd';
import { useMemo } from 'react';

import { t } from '../../../i18n';
import {
  DiscardGuardScope,
  useDiscardGuard,
  useGuardedForm,
} from '../../../shared/forms/discardGuard';
import { required, requiredChoice } from '../../../shared/forms/rules';
import { useVersionedForm } from '../../../shared/forms/versionedForm';
import { UNIT_TREES } from '../../units/hooks/useUnitBrowserState';

interface UnitKindValues {
  code: string;
  name: string;
  tree: UnitTree | undefined;
  allowedParentCodes: string[];
  canBeRoot: boolean;
  legalPersonDefault: boolean;
  sortOrder: number;
}

/** Create a unit kind, or edit a custom one (`kind` given). System kinds never reach this drawer. */
export function UnitKindFormDrawer({
  open,
  kind,
  kinds,
  onClose,
}: {
  open: boolean;
  kind: UnitKindCatalogItem | null;
  /** the whole catalog, for the allowed parents */
  kinds: readonly UnitKindCatalogItem[];
  onClose: () => void;
}) {
  const guard = useDiscardGuard(onClose);
  return (
    <Drawer
      open={open}
      onClose={guard.close}
      title={kind ? t.unitKinds.editTitle(kind.name) : t.unitKinds.createTitle}
      size={560}
      destroyOnHidden
    >
      <DiscardGuardScope guard={guard}>
        {open && <UnitKindForm kind={kind} kinds={kinds} onDone={onClose} />}
      </DiscardGuardScope>
    </Drawer>
  );
}

function UnitKindForm({
  kind,
  kinds,
  onDone,
}: {
  kind: UnitKindCatalogItem | null;
  kinds: readonly UnitKindCatalogItem[];
  onDone: () => void;
}) {
  const [form] = Form.useForm<UnitKindValues>();
  const cancel = useGuardedForm(form) ?? onDone;
  const create = useCreateUnitKind();
  const update = useUpdateUnitKind();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  // the catalog page holds the kind: refreshing it and closing is the reload
  const save = useVersionedForm(
    form,
    kind
      ? () => {
          void queryClient.invalidateQueries({ queryKey: unitKeys.kinds() });
          onDone();
        }
      : undefined,
  );
  const saving = create.isPending || update.isPending;
  const tree = Form.useWatch('tree', form) ?? kind?.tree;

  // the kinds of the same organisation tree first, each tree a group; never the kind itself
  const parentOptions = useMemo(() => {
    const trees = tree ? [tree, ...UNIT_TREES.filter((other) => other !== tree)] : UNIT_TREES;
    return trees
      .map((group) => ({
        label: t.units.trees[group],
        title: t.units.trees[group],
        options: kinds
          .filter((other) => other.tree === group && other.id !== kind?.id)
          .map((other) => ({
            value: other.code,
            // system kinds by name only (PROVINCE is the program's code); custom ones with the code chosen
            label: other.isSystem ? other.name : `${other.name} (${other.code})`,
            title: other.name,
          })),
      }))
      .filter((group) => group.options.length > 0);
  }, [kinds, kind, tree]);

  const submit = (values: UnitKindValues) => {
    save.reset();
    const common = {
      name: values.name.trim(),
      allowedParentCodes: values.allowedParentCodes,
      canBeRoot: values.canBeRoot,
      legalPersonDefault: values.legalPersonDefault,
      sortOrder: values.sortOrder,
    };
    const handlers = {
      onSuccess: () => {
        void message.success(kind ? t.unitKinds.updated : t.unitKinds.created);
        onDone();
      },
      onError: save.onError,
    };
    if (kind) update.mutate({ id: kind.id, version: kind.version, ...common }, handlers);
    else if (values.tree) {
      create.mutate({ code: values.code.trim(), tree: values.tree, ...common }, handlers);
    }
  };

  return (
    <Form<UnitKindValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      disabled={saving}
      initialValues={{
        code: kind?.code ?? '',
        name: kind?.name ?? '',
        tree: kind?.tree,
        allowedParentCodes: kind?.allowedParentCodes ?? [],
        canBeRoot: kind?.canBeRoot ?? false,
        legalPersonDefault: kind?.legalPersonDefault ?? false,
        sortOrder: kind?.sortOrder ?? 100,
      }}
    >
      {save.alert}
      <Form.Item
        name="code"
        label={t.unitKinds.code}
        extra={kind ? undefined : t.unitKinds.codeHelp}
        rules={
          kind
            ? []
            : [
                required(t.unitKinds.codeWhat),
                { pattern: /^[A-Z][A-Z0-9_]*$/, message: t.validation.unitKindCode },
              ]
        }
        normalize={(v: string) => v.toUpperCase()}
      >
        <Input disabled={Boolean(kind)} maxLength={50} style={{ fontFamily: 'monospace' }} />
      </Form.Item>
      <Form.Item name="name" label={t.unitKinds.name} rules={[required(t.unitKinds.nameWhat)]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="tree"
        label={t.unitKinds.tree}
        extra={kind ? undefined : t.unitKinds.treeHelp}
        rules={kind ? [] : [requiredChoice(t.unitKinds.treeWhat)]}
      >
        <Select<UnitTree>
          disabled={Boolean(kind)}
          options={UNIT_TREES.map((value) => ({
            value,
            label: t.units.trees[value],
            title: t.units.trees[value],
          }))}
        />
      </Form.Item>
      <Form.Item
        name="allowedParentCodes"
        label={t.unitKinds.allowedParents}
        extra={t.unitKinds.allowedParentsHelp}
      >
        <Select<string[]>
          mode="multiple"
          allowClear
          placeholder={t.unitKinds.allowedParentsPlaceholder}
          options={parentOptions}
          optionFilterProp="label"
        />
      </Form.Item>
      <Form.Item
        name="canBeRoot"
        label={t.unitKinds.canBeRoot}
        extra={t.unitKinds.canBeRootHelp}
        valuePropName="checked"
      >
        <Switch />
      </Form.Item>
      <Form.Item
        name="legalPersonDefault"
        label={t.unitKinds.legalPersonDefault}
        extra={t.unitKinds.legalPersonDefaultHelp}
        valuePropName="checked"
      >
        <Switch />
      </Form.Item>
      <Form.Item
        name="sortOrder"
        label={t.unitKinds.sortOrder}
        rules={[
          { required: true, message: t.validation.required(t.unitKinds.sortOrderWhat) },
          { type: 'integer', min: 0, max: 9999, message: t.validation.sortOrder },
        ]}
      >
        <InputNumber min={0} max={9999} precision={0} style={{ width: 160 }} />
      </Form.Item>
      <FormActions>
        <Button onClick={cancel}>{t.common.cancel}</Button>
        <Button type="primary" htmlType="submit" loading={saving}>
          {t.common.save}
        </Button>
      </FormActions>
    </Form>
  );
}
