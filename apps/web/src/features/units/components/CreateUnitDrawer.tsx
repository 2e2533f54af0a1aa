import { TEXT_LIMITS, UNIT_CODE } from '@thidua/shared-domain';
import { FormActions } from '@thidua/web-ui';
import {
  useCreateUnit,
  useUnitDetail,
  useUnitKinds,
  type UnitDetail,
  type UnitKindItem,
  type UnitTree,
} from '@thidua/web-data-access';
import { Alert, App, Button, Drawer, Form, Input, Select, Switch } from 'antd';
import { useEffect, useMemo } from 'react';

import { t } from '../../../i18n';
import {
  DiscardGuardScope,
  useDiscardGuard,
  useGuardedForm,
} from '../../../shared/forms/discardGuard';
import { IsoDatePicker } from '../../../shared/components/IsoDatePicker';
import {
  blankToNull,
  codeRule,
  emailRule,
  required,
  requiredChoice,
} from '../../../shared/forms/rules';
import { useApiErrorHandler } from '../../../shared/hooks/useApiErrorHandler';
import { UnitSelect } from './UnitSelect';

interface CreateUnitValues {
  parentId?: string;
  kindCode?: string;
  code: string;
  name: string;
  shortName?: string;
  legalPerson: boolean;
  address?: string;
  phone?: string;
  email?: string;
  validFrom?: string | null;
}

/** Kinds a new unit may have: those allowed under the parent's kind, or root kinds without a parent. */
export function allowedKinds(
  kinds: readonly UnitKindItem[],
  tree: UnitTree,
  parentKindCode: string | undefined,
): UnitKindItem[] {
  return kinds.filter(
    (kind) =>
      kind.tree === tree &&
      (parentKindCode ? kind.allowedParentCodes.includes(parentKindCode) : kind.canBeRoot),
  );
}

/**
 * Creates a unit: under a fixed `parent` (the detail page's "Tạo đơn vị trực thuộc"), or in a
 * hierarchy with a parent chosen in the form.
 */
export function CreateUnitDrawer({
  open,
  onClose,
  tree,
  parent,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  tree: UnitTree;
  parent?: Pick<UnitDetail, 'id' | 'name' | 'kind'> | null;
  onCreated?: (unitId: string) => void;
}) {
  const guard = useDiscardGuard(onClose);
  return (
    <Drawer
      open={open}
      onClose={guard.close}
      title={parent ? t.units.createChildTitle(parent.name) : t.units.createRootTitle}
      size={640}
      destroyOnHidden
    >
      <DiscardGuardScope guard={guard}>
        {open && (
          <CreateUnitForm tree={tree} parent={parent} onDone={onClose} onCreated={onCreated} />
        )}
      </DiscardGuardScope>
    </Drawer>
  );
}

function CreateUnitForm({
  tree,
  parent,
  onDone,
  onCreated,
}: {
  tree: UnitTree;
  parent?: Pick<UnitDetail, 'id' | 'name' | 'kind'> | null;
  onDone: () => void;
  onCreated?: (unitId: string) => void;
}) {
  const [form] = Form.useForm<CreateUnitValues>();
  const cancel = useGuardedForm(form) ?? onDone;
  const create = useCreateUnit();
  const onError = useApiErrorHandler();
  const { message } = App.useApp();
  const kinds = useUnitKinds();
  const chosenParentId = Form.useWatch('parentId', form);
  const chosenParent = useUnitDetail(parent ? undefined : chosenParentId);
  const parentKindCode = parent ? parent.kind.code : chosenParent.data?.kind.code;
  const kindCode = Form.useWatch('kindCode', form);

  const options = useMemo(
    () => allowedKinds(kinds.data ?? [], tree, parentKindCode),
    [kinds.data, tree, parentKindCode],
  );

  // a kind that is no longer allowed (the parent changed) is cleared; the new kind sets the default
  useEffect(() => {
    if (kindCode && !options.some((k) => k.code === kindCode)) {
      form.setFieldValue('kindCode', undefined);
    }
  }, [options, kindCode, form]);

  const submit = (values: CreateUnitValues) => {
    create.mutate(
      {
        parentId: parent?.id ?? values.parentId ?? null,
        kindCode: values.kindCode ?? '',
        code: values.code.trim(),
        name: values.name.trim(),
        shortName: blankToNull(values.shortName),
        legalPerson: values.legalPerson,
        address: blankToNull(values.address),
        phone: blankToNull(values.phone),
        email: blankToNull(values.email),
        validFrom: values.validFrom ?? null,
      },
      {
        onSuccess: (unit) => {
          void message.success(t.units.created(unit.name));
          onDone();
          onCreated?.(unit.id);
        },
        onError: (error) => onError(error, form),
      },
    );
  };

  return (
    <Form<CreateUnitValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      disabled={create.isPending}
      initialValues={{ legalPerson: false }}
      onValuesChange={(changed: Partial<CreateUnitValues>) => {
        if (changed.kindCode) {
          const kind = kinds.data?.find((k) => k.code === changed.kindCode);
          if (kind) form.setFieldValue('legalPerson', kind.legalPersonDefault);
        }
      }}
    >
      {!parent && (
        <Form.Item name="parentId" label={t.units.parent} extra={t.units.noParent}>
          <UnitSelect allowClear tree={tree} />
        </Form.Item>
      )}
      <Form.Item name="kindCode" label={t.units.kind} rules={[requiredChoice(t.units.kindWhat)]}>
        <Select
          loading={kinds.isPending}
          options={options.map((k) => ({ value: k.code, label: k.name }))}
          notFoundContent={t.units.noKinds}
        />
      </Form.Item>
      {kinds.isError && <Alert type="error" showIcon title={t.errors.loadFailed} />}
      <Form.Item name="name" label={t.units.name} rules={[required(t.units.nameWhat)]}>
        <Input maxLength={TEXT_LIMITS.unitName} />
      </Form.Item>
      <Form.Item
        name="code"
        label={t.units.code}
        rules={[required(t.units.codeWhat), codeRule(UNIT_CODE, t.units.code)]}
      >
        <Input maxLength={UNIT_CODE.maxLength} spellCheck={false} />
      </Form.Item>
      <Form.Item name="shortName" label={t.units.shortName} extra={t.units.shortNameHelp}>
        <Input maxLength={TEXT_LIMITS.unitShortName} />
      </Form.Item>
      <Form.Item name="legalPerson" label={t.units.legalPerson} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item name="address" label={t.units.address}>
        <Input maxLength={TEXT_LIMITS.address} />
      </Form.Item>
      <Form.Item name="phone" label={t.units.phone}>
        <Input maxLength={TEXT_LIMITS.phone} />
      </Form.Item>
      <Form.Item name="email" label={t.units.email} rules={[emailRule]}>
        <Input type="email" maxLength={TEXT_LIMITS.email} />
      </Form.Item>
      <Form.Item name="validFrom" label={t.units.validFrom} extra={t.units.validFromHelp}>
        <IsoDatePicker allowClear />
      </Form.Item>
      <FormActions>
        <Button onClick={cancel}>{t.common.cancel}</Button>
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {t.units.create}
        </Button>
      </FormActions>
    </Form>
  );
}
