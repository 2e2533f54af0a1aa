import { BrandMark } from '@thidua/web-ui';
import { useLogin, useMe } from '@thidua/web-data-access';
import { Alert, Flex, Typography } from 'antd';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router-dom';

import { CHANGE_PASSWORD_FLAG, PATHS, safeNextPath } from '../../../app/paths';
import type { LoginLocationState } from '../../../app/session';
import { t } from '../../../i18n/entry';
import { errorMessage } from '../../../shared/errors';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { LoginForm, type LoginValues } from '../components/LoginForm';

export function LoginPage() {
  useDocumentTitle(t.auth.pageTitle);
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const next = safeNextPath(params.get('next'));
  const me = useMe({ fresh: true });
  const login = useLogin();
  const sessionExpired = (location.state as LoginLocationState | null)?.sessionExpired === true;

  // already signed in (e.g. opened the login page from a bookmark): go straight on — but only on the
  // API's word now, never on a cached answer from before the session expired
  const signedIn = me.isFetchedAfterMount && !me.isError && me.data?.user;
  if (signedIn && !login.isPending) {
    return <Navigate to={signedIn.mustChangePassword ? PATHS.profile : next} replace />;
  }

  const submit = (values: LoginValues) => {
    login.mutate(values, {
      onSuccess: ({ user }) => {
        navigate(user.mustChangePassword ? `${PATHS.profile}?${CHANGE_PASSWORD_FLAG}=1` : next, {
          replace: true,
        });
      },
    });
  };

  return (
    <Flex
      vertical
      align="center"
      style={{
        minHeight: '100vh',
        padding: '56px 24px 24px',
        background:
          'linear-gradient(180deg, #8f1012 0, #b3141b 300px, #f3f4f7 300px, #f3f4f7 100%)',
      }}
    >
      <Flex vertical align="center" gap={8} style={{ marginBottom: 24, textAlign: 'center' }}>
        <BrandMark size={64} />
        <Typography.Title
          level={1}
          style={{
            color: '#ffd54f',
            margin: 0,
            fontSize: 30,
            textTransform: 'uppercase',
            letterSpacing: 0.5,
          }}
        >
          {t.app.title}
        </Typography.Title>
        <Typography.Text style={{ color: 'rgba(255,255,255,.9)' }}>
          {t.app.subtitle}
        </Typography.Text>
      </Flex>
      {/* a plain box, not antd Card: Card brings Tabs, and Tabs the Menu and Dropdown (~20 KB gzip) */}
      <main
        style={{
          width: '100%',
          maxWidth: 420,
          padding: 'clamp(20px, 6vw, 32px)',
          background: '#fff',
          borderRadius: 8,
          boxShadow: '0 8px 24px rgba(0,0,0,.12)',
        }}
      >
        <Typography.Title level={2} style={{ marginTop: 0, marginBottom: 4, fontSize: 20 }}>
          {t.auth.heading}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t.auth.intro}</Typography.Paragraph>
        {sessionExpired && !login.error && (
          <Alert
            type="warning"
            showIcon
            title={t.auth.sessionExpired}
            style={{ marginBottom: 16 }}
          />
        )}
        <LoginForm
          onSubmit={submit}
          submitting={login.isPending}
          error={login.error ? errorMessage(login.error) : null}
        />
      </main>
      <Flex wrap justify="center" gap="8px 24px" style={{ marginTop: 24 }}>
        <Link to={PATHS.publicNotices}>{t.auth.publicNotices}</Link>
        <Link to={PATHS.publicAwardLookup}>{t.auth.publicAwardLookup}</Link>
      </Flex>
      <Typography.Text type="secondary" style={{ marginTop: 24, fontSize: 12 }}>
        {t.app.footer}
      </Typography.Text>
    </Flex>
  );
}
