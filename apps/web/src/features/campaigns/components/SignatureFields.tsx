import { CAMPAIGN_PLAN_LIMITS as L, SIGNING_AUTHORITIES } from '@thidua/shared-domain';
import type { SigningAuthority } from '@thidua/web-data-access';
import { Button, Col, Form, Input, Row, Select, type FormRule } from 'antd';
import { PlusOutlined } from '@ant-design/icons';

import { t } from '../../../i18n';
import { requiredChoice } from '../../../shared/forms/rules';
import { RowActions, requiredText } from '../editor/fields';
import { requiredWithAny } from '../editor/rules';

/** NĐ 30 Điều 13: at most the lines "TM. …" over "KT. …" above the title; the API takes three. */
const MAX_LINES = 3;

const AUTHORITIES = Object.keys(SIGNING_AUTHORITIES) as SigningAuthority[];

/** The fields' values: lines may be half-filled while typing. */
export interface SignatureFieldValues {
  on?: ({ authority?: SigningAuthority | null; of?: string | null } | undefined)[] | null;
  title?: string | null;
  name?: string | null;
}

/**
 * Quyền hạn, chức vụ, họ tên người ký: the lines "TM. Ủy ban nhân dân" / "KT. Chủ tịch" from the
 * outermost, then the title and the name. `path` is where the signature sits in the form
 * (['content', 'signature'] in the editor, ['signer'] when issuing). `optional`: the editor's
 * signature may be left out, but once started needs a title and a name.
 */
export function SignatureFields({
  path,
  optional = false,
}: {
  path: string[];
  optional?: boolean;
}) {
  const c = t.campaigns;
  const siblings = [
    [...path, 'title'],
    [...path, 'name'],
  ];
  const required = (what: string, other: (string | number)[]): FormRule =>
    optional ? requiredWithAny([other], what) : requiredText(what);
  return (
    <>
      <Form.List name={[...path, 'on']}>
        {(lines, { add, remove, move }) => (
          <div role="group" aria-label={c.signingLines} style={{ marginBottom: 8 }}>
            {lines.map((line, index) => {
              const what = `${c.signingLines} ${index + 1}`;
              return (
                <Row key={line.key} gutter={8} wrap={false} align="top">
                  <Col flex="200px">
                    <Form.Item
                      name={[line.name, 'authority']}
                      rules={[requiredChoice(c.authorityWhat)]}
                    >
                      <Select<SigningAuthority>
                        aria-label={`${c.authority} (${what})`}
                        placeholder={c.authority}
                        options={AUTHORITIES.map((a) => ({ value: a, label: c.authorities[a] }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col flex="auto">
                    <Form.Item name={[line.name, 'of']} rules={[requiredText(c.authorityOfWhat)]}>
                      <Input
                        aria-label={`${c.authorityOf} (${what})`}
                        placeholder={c.authorityOfPlaceholder}
                        maxLength={L.label}
                      />
                    </Form.Item>
                  </Col>
                  <Col flex="none">
                    <RowActions
                      what={what}
                      index={index}
                      count={lines.length}
                      move={lines.length > 1 ? move : undefined}
                      remove={remove}
                    />
                  </Col>
                </Row>
              );
            })}
            {lines.length < MAX_LINES && (
              <Button
                type="dashed"
                size="small"
                icon={<PlusOutlined aria-hidden />}
                onClick={() => add({ authority: 'TM', of: '' })}
              >
                {c.addSigningLine}
              </Button>
            )}
          </div>
        )}
      </Form.List>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item
            name={[...path, 'title']}
            label={c.signerTitle}
            dependencies={optional ? [siblings[1]] : undefined}
            rules={[required(c.signerTitleWhat, [...path, 'name'])]}
          >
            <Input maxLength={L.label} placeholder={c.signerTitlePlaceholder} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name={[...path, 'name']}
            label={c.signerName}
            dependencies={optional ? [siblings[0]] : undefined}
            rules={[required(c.signerNameWhat, [...path, 'title'])]}
          >
            <Input maxLength={L.label} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
