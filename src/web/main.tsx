import '@mantine/core/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './i18n/i18n.ts';
import { Center, Loader, MantineProvider, Text, Title } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Route, Routes } from 'react-router';
import { RecoverPage } from './auth/recover.page.tsx';
import { hasRole, SessionProvider, useSession } from './auth/session.tsx';
import { MustChangePasswordPage } from './auth/settings.page.tsx';
import { SignInPage } from './auth/sign-in.page.tsx';
import { pages } from './routes.tsx';
import { AppLayout } from './shell/app-layout.tsx';
import { cssVariablesResolver, theme } from './shell/theme.ts';

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } });

function Root() {
  const { t } = useTranslation('common');
  const { me, loading } = useSession();
  if (loading) {
    return (
      <Center mih="100vh">
        <Loader aria-label={t('Loading')} />
      </Center>
    );
  }
  if (!me) {
    return (
      <Routes>
        <Route path="/recover" element={<RecoverPage />} />
        <Route path="*" element={<SignInPage />} />
      </Routes>
    );
  }
  if (me.mustChangePassword) return <MustChangePasswordPage />;
  return (
    <AppLayout>
      <Routes>
        {pages
          .filter((p) => !p.role || hasRole(me, p.role))
          .map((p) => (
            <Route key={p.path} path={p.path} element={p.element} />
          ))}
        <Route
          path="*"
          element={
            <>
              <Title order={1}>{t('Not found')}</Title>
              <Text>{t('This page does not exist, or your role cannot open it.')}</Text>
            </>
          }
        />
      </Routes>
    </AppLayout>
  );
}

/** Date pickers name months and days in the screens' language (dayjs locale set in i18n.ts). */
function LocalizedDates({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return <DatesProvider settings={{ locale: i18n.resolvedLanguage === 'es' ? 'es' : 'en' }}>{children}</DatesProvider>;
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
        <LocalizedDates>
          <Notifications />
          <QueryClientProvider client={queryClient}>
            <BrowserRouter>
              <SessionProvider>
                <Root />
              </SessionProvider>
            </BrowserRouter>
          </QueryClientProvider>
        </LocalizedDates>
      </MantineProvider>
    </StrictMode>,
  );
}
