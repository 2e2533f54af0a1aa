import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  useUnitDetail,
  useUnitKinds,
  type RestructuringOperationKind,
  type UnitTree,
} from '@thidua/web-data-access';
import {
  Alert,
  Button,
  Card,
  Col,
  Flex,
  Form,
  Input,
  Radio,
  Row,
  Select,
  Switch,
  Typography,
  type FormInstance,
} from 'antd';
import { useEffect } from 'react';

import { t } from '../../../i18n';
import { required, requiredChoice } from '../../../shared/forms/rules';
import { UnitMultiSelect, UnitSelect } from '../../units/components/UnitSelect';
import type { OperationValues } from '../wizardInput';

/** The form items of step 1 for one operation. Names follow the API input (`newUnits.0.code`…). */
export function OperationFields({
  kind,
  form,
}: {
  kind: RestructuringOperationKind;
  form: FormInstance<OperationValues>;
}) {
  switch (kind) {
    case 'RENAME':
      return <RenameFields form={form} />;
    case 'MOVE':
      return <MoveFields form={form} />;
    case 'MERGE':
      return <MergeFields form={form} />;
    case 'SPLIT':
      return <SplitFields form={form} />;
    case 'DISSOLVE':
      return (
        <>
          <Form.Item
            name="unitId"
            label={t.restructuring.unit}
            rules={[requiredChoice(t.restructuring.unitWhat)]}
          >
            <UnitSelect />
          </Form.Item>
          <Alert type="warning" showIcon title={t.restructuring.dissolveWarning} />
        </>
      );
  }
}

function CurrentUnitHint({ unitId, show }: { unitId?: string; show: 'name' | 'parent' }) {
  const unit = useUnitDetail(unitId);
  if (!unit.data) return null;
  return (
    <Typography.Text type="secondary">
      {show === 'name'
        ? t.restructuring.currentName(unit.data.name)
        : t.restructuring.currentParent(unit.data.parent?.name ?? t.units.noParent)}
    </Typography.Text>
  );
}

function RenameFields({ form }: { form: FormInstance<OperationValues> }) {
  const unitId = Form.useWatch('unitId', form);
  return (
    <>
      <Form.Item
        name="unitId"
        label={t.restructuring.unit}
        rules={[requiredChoice(t.restructuring.unitWhat)]}
        extra={<CurrentUnitHint unitId={unitId} show="name" />}
      >
        <UnitSelect />
      </Form.Item>
      <Form.Item
        name="newName"
        label={t.restructuring.newName}
        rules={[required(t.restructuring.newNameWhat)]}
      >
        <Input maxLength={300} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="newShortName"
            label={t.restructuring.newShortName}
            extra={t.restructuring.keepHelp}
          >
            <Input maxLength={64} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="newCode"
            label={t.restructuring.newCode}
            extra={t.restructuring.keepHelp}
          >
            <Input maxLength={64} spellCheck={false} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}

function MoveFields({ form }: { form: FormInstance<OperationValues> }) {
  const unitId = Form.useWatch('unitId', form);
  const unit = useUnitDetail(unitId);
  return (
    <>
      <Form.Item
        name="unitId"
        label={t.restructuring.unit}
        rules={[requiredChoice(t.restructuring.unitWhat)]}
        extra={<CurrentUnitHint unitId={unitId} show="parent" />}
      >
        <UnitSelect />
      </Form.Item>
      <Form.Item
        name="newParentId"
        label={t.restructuring.newParent}
        rules={[requiredChoice(t.restructuring.newParentWhat)]}
      >
        <UnitSelect tree={unit.data?.tree} excludeIds={unitId ? [unitId] : undefined} />
      </Form.Item>
    </>
  );
}

/** Kind choices for new units: those of the hierarchy the operation works in. */
function KindSelect({ tree, ...props }: { tree?: UnitTree; id?: string; 'aria-label'?: string }) {
  const kinds = useUnitKinds();
  return (
    <Select
      {...props}
      loading={kinds.isPending}
      options={(kinds.data ?? [])
        .filter((kind) => !tree || kind.tree === tree)
        .map((kind) => ({ value: kind.code, label: kind.name }))}
    />
  );
}

function NewUnitFields({
  prefix,
  tree,
  labelSuffix = '',
}: {
  prefix: (string | number)[];
  tree?: UnitTree;
  labelSuffix?: string;
}) {
  return (
    <Row gutter={16}>
      <Col xs={24} md={14}>
        <Form.Item
          name={[...prefix, 'name']}
          label={`${t.restructuring.newUnitName}${labelSuffix}`}
          rules={[required(t.units.nameWhat)]}
        >
          <Input maxLength={300} />
        </Form.Item>
      </Col>
      <Col xs={24} md={10}>
        <Form.Item
          name={[...prefix, 'code']}
          label={`${t.restructuring.newUnitCode}${labelSuffix}`}
          rules={[required(t.units.codeWhat)]}
        >
          <Input maxLength={64} spellCheck={false} />
        </Form.Item>
      </Col>
      <Col xs={24} md={14}>
        <Form.Item
          name={[...prefix, 'kindCode']}
          label={`${t.restructuring.newUnitKind}${labelSuffix}`}
          rules={[requiredChoice(t.units.kindWhat)]}
        >
          <KindSelect tree={tree} />
        </Form.Item>
      </Col>
      <Col xs={12} md={5}>
        <Form.Item name={[...prefix, 'shortName']} label={t.units.shortName}>
          <Input maxLength={64} />
        </Form.Item>
      </Col>
      <Col xs={12} md={5}>
        <Form.Item
          name={[...prefix, 'legalPerson']}
          label={t.restructuring.newUnitLegalPerson}
          valuePropName="checked"
        >
          <Switch />
        </Form.Item>
      </Col>
    </Row>
  );
}

function MergeFields({ form }: { form: FormInstance<OperationValues> }) {
  const sourceIds = Form.useWatch('sourceUnitIds', form);
  const mode = Form.useWatch('mergeMode', form) ?? 'new';
  const firstSource = useUnitDetail(sourceIds?.[0]);
  const tree = firstSource.data?.tree;
  const sourceKind = firstSource.data?.kind.code;
  const sourceLegalPerson = firstSource.data?.legalPerson;

  // a new unit is usually of the kind of the units it replaces (xã + xã → xã)
  useEffect(() => {
    if (!sourceKind || form.getFieldValue(['newUnit', 'kindCode'])) return;
    form.setFieldValue(['newUnit', 'kindCode'], sourceKind);
    form.setFieldValue(['newUnit', 'legalPerson'], sourceLegalPerson ?? false);
  }, [form, sourceKind, sourceLegalPerson]);

  return (
    <>
      <Form.Item
        name="sourceUnitIds"
        label={t.restructuring.sources}
        extra={t.restructuring.sourcesMin}
        rules={[
          requiredChoice(t.restructuring.sourcesWhat),
          ({ getFieldValue }) => ({
            validator: async (_rule, value: unknown) => {
              const count = Array.isArray(value) ? value.length : 0;
              const min = getFieldValue('mergeMode') === 'existing' ? 1 : 2;
              if (count > 0 && count < min) throw new Error(t.restructuring.sourcesMin);
            },
          }),
        ]}
      >
        <UnitMultiSelect tree={tree} />
      </Form.Item>
      <Form.Item name="mergeMode" label={t.restructuring.mergeInto}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'new', label: t.restructuring.mergeIntoNew },
            { value: 'existing', label: t.restructuring.mergeIntoExisting },
          ]}
        />
      </Form.Item>
      {mode === 'existing' ? (
        <Form.Item
          name="targetUnitId"
          label={t.restructuring.target}
          dependencies={['sourceUnitIds']}
          rules={[
            requiredChoice(t.restructuring.targetWhat),
            ({ getFieldValue }) => ({
              validator: async (_rule, value: unknown) => {
                const sources: unknown = getFieldValue('sourceUnitIds');
                if (
                  typeof value === 'string' &&
                  Array.isArray(sources) &&
                  sources.includes(value)
                ) {
                  throw new Error(t.restructuring.targetInSources);
                }
              },
            }),
          ]}
        >
          <UnitSelect tree={tree} excludeIds={sourceIds} />
        </Form.Item>
      ) : (
        <Card size="small" title={t.restructuring.newUnit} style={{ marginBottom: 16 }}>
          <NewUnitFields prefix={['newUnit']} tree={tree} />
          <Form.Item
            name="newUnitParentId"
            label={t.restructuring.newUnitParent}
            rules={[requiredChoice(t.restructuring.newUnitParentWhat)]}
            style={{ marginBottom: 0 }}
          >
            <UnitSelect tree={tree} excludeIds={sourceIds} />
          </Form.Item>
        </Card>
      )}
    </>
  );
}

function SplitFields({ form }: { form: FormInstance<OperationValues> }) {
  const sourceId = Form.useWatch('sourceUnitId', form);
  const source = useUnitDetail(sourceId);
  const sourceKind = source.data?.kind.code;
  const sourceLegalPerson = source.data?.legalPerson;

  // new units are usually of the kind of the unit split (xã → xã + xã): fill the kinds not chosen yet
  useEffect(() => {
    if (!sourceKind) return;
    const units = (form.getFieldValue('newUnits') as OperationValues['newUnits']) ?? [];
    units.forEach((unit, index) => {
      if (unit?.kindCode) return;
      form.setFieldValue(['newUnits', index, 'kindCode'], sourceKind);
      form.setFieldValue(['newUnits', index, 'legalPerson'], sourceLegalPerson ?? false);
    });
  }, [form, sourceKind, sourceLegalPerson]);

  return (
    <>
      <Form.Item
        name="sourceUnitId"
        label={t.restructuring.splitSource}
        rules={[requiredChoice(t.restructuring.splitSourceWhat)]}
        extra={t.restructuring.splitHelp}
      >
        <UnitSelect />
      </Form.Item>
      <Form.List
        name="newUnits"
        rules={[
          {
            validator: async (_rule, value: unknown) => {
              if (!Array.isArray(value) || value.length < 2) {
                throw new Error(t.restructuring.splitMin);
              }
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <Flex vertical gap={12}>
            <Typography.Text strong>{t.restructuring.splitNewUnits}</Typography.Text>
            {fields.map((field, index) => (
              <Card
                key={field.key}
                size="small"
                title={t.restructuring.splitNewUnit(index + 1)}
                extra={
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={`${t.restructuring.splitRemove} ${index + 1}`}
                    title={t.restructuring.splitRemove}
                    onClick={() => remove(field.name)}
                  />
                }
              >
                <NewUnitFields
                  prefix={[field.name]}
                  tree={source.data?.tree}
                  labelSuffix={` ${index + 1}`}
                />
              </Card>
            ))}
            <Form.ErrorList errors={errors} />
            <div>
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() =>
                  add({
                    kindCode: source.data?.kind.code,
                    legalPerson: source.data?.legalPerson ?? false,
                  })
                }
              >
                {t.restructuring.splitAdd}
              </Button>
            </div>
          </Flex>
        )}
      </Form.List>
    </>
  );
}
