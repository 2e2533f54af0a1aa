import {
  hasErrorCode,
  useVerifyAwardCertificate,
  type PublicAwardItem,
} from '@thidua/web-data-access';
import { Alert, Button, Card, Descriptions, Form, Input, Result, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';

import { PATHS, verifyCertificatePath } from '../../../app/paths';
import { t } from '../../../i18n';
import { formatIsoDate } from '../../../shared/dates';
import { errorMessage } from '../../../shared/errors';
import { required } from '../../../shared/forms/rules';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { PublicFrame } from '../../shell/components/PublicFrame';
import { publicAwardMessages as m } from '../messages';

/**
 * Xác minh bằng khen, giấy khen (ADR 0022 §10): the page a certificate's QR code opens
 * (`/xac-minh/<code>`), outside the signed-in frame. It shows what the issued decision says of that
 * certificate, or that no certificate has the code, and takes another code typed from the paper.
 */
export function VerifyCertificatePage() {
  const { code = '' } = useParams<{ code: string }>();
  useDocumentTitle(m.verifyTitle);
  const award = useVerifyAwardCertificate(code);

  let body: ReactNode;
  if (award.isPending) body = <Typography.Paragraph>{t.ui.loading}</Typography.Paragraph>;
  else if (award.isError)
    body = hasErrorCode(award.error, 'NOT_FOUND') ? (
      <Result status="404" title={m.notFoundTitle} subTitle={m.notFoundText(code)} />
    ) : (
      <Alert type="error" showIcon title={errorMessage(award.error)} />
    );
  else body = <AwardDetail code={code} award={award.data} />;

  return (
    <PublicFrame>
      <Typography.Title level={1} style={{ marginTop: 0, fontSize: 22 }}>
        {m.verifyTitle}
      </Typography.Title>
      {body}
      <CodeForm key={code} code={code} />
      <Typography.Paragraph style={{ marginTop: 24 }}>
        <Link to={PATHS.publicAwardLookup}>{m.toLookup}</Link>
      </Typography.Paragraph>
    </PublicFrame>
  );
}

function AwardDetail({ code, award }: { code: string; award: PublicAwardItem }) {
  return (
    <Card>
      <Alert
        type="success"
        showIcon
        title={m.verifiedTitle}
        description={m.verifiedCode(code)}
        style={{ marginBottom: 16 }}
      />
      <Typography.Paragraph type="secondary">{m.verifyIntro}</Typography.Paragraph>
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'name', label: m.recipient, children: award.name },
          { key: 'unit', label: m.unit, children: award.unitName ?? m.none },
          { key: 'award', label: m.award, children: award.awardName },
          { key: 'number', label: m.decisionNumber, children: award.decisionNumber },
          { key: 'date', label: m.decidedOn, children: formatIsoDate(award.decidedOn) },
          { key: 'issuer', label: m.issuer, children: award.issuerName },
          { key: 'goldBook', label: m.goldBook, children: award.goldBookNumber ?? m.none },
          { key: 'year', label: m.year, children: award.year },
        ]}
      />
    </Card>
  );
}

/** Another code, typed from under the QR code: the page of that code (the API folds case and dashes). */
function CodeForm({ code }: { code: string }) {
  const navigate = useNavigate();
  return (
    <Card title={m.codeFormTitle} size="small" style={{ marginTop: 24 }}>
      <Form<{ code: string }>
        layout="vertical"
        initialValues={{ code }}
        onFinish={(values) => void navigate(verifyCertificatePath(values.code.trim()))}
      >
        <Form.Item
          name="code"
          label={m.codeLabel}
          rules={[required(m.codeWhat)]}
          style={{ maxWidth: 320 }}
        >
          <Input maxLength={32} placeholder={m.codePlaceholder} autoComplete="off" />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {m.verify}
        </Button>
      </Form>
    </Card>
  );
}
