import { lazy, Suspense } from 'react';
import { Link, Route, Switch, useRoute } from 'wouter';
import { useI18n, type MessageKey } from './i18n.js';
import { QueryState } from './components/QueryState.js';
import { SIGN_IN_PATH, SessionBar, SessionEnded } from './components/SessionBar.js';

// Each page is its own chunk: the first page loads only what it draws.
const NationalPage = lazy(() => import('./pages/National.js'));
const ProvinceListPage = lazy(() => import('./pages/ProvinceList.js'));
const ProvincePage = lazy(() => import('./pages/Province.js'));
const RegencyPage = lazy(() => import('./pages/Regency.js'));
const ProposalsPage = lazy(() => import('./pages/Proposals.js'));
const MeetingsPage = lazy(() => import('./pages/Meetings.js'));
const MeetingPage = lazy(() => import('./pages/Meeting.js'));
const SourcesPage = lazy(() => import('./pages/Sources.js'));
const SignInPage = lazy(() => import('./pages/SignIn.js'));

const NAVIGATION: [string, MessageKey, string][] = [
  ['/', 'national', '/'],
  ['/provinsi', 'provinces', '/provinsi/*?'],
  ['/usulan', 'proposals', '/usulan'],
  ['/rapat', 'meetings', '/rapat/*?'],
  ['/sumber', 'sources', '/sumber'],
];

function NavLink({ href, label, pattern }: { href: string; label: string; pattern: string }) {
  const [active] = useRoute(pattern);
  return (
    <Link href={href} className={active ? 'active' : undefined} aria-current={active ? 'page' : undefined}>
      {label}
    </Link>
  );
}

export function App() {
  const { t, lang, setLang } = useI18n();
  return (
    <>
      <header className="top">
        <Link href="/" className="brand">
          {t('appTitle')}
        </Link>
        <nav aria-label="main">
          {NAVIGATION.map(([href, key, pattern]) => (
            <NavLink key={href} href={href} label={t(key)} pattern={pattern} />
          ))}
          <a href="/graphql">{t('explorer')}</a>
        </nav>
        <label className="lang">
          <span>{t('language')}</span>
          <select value={lang} onChange={(event) => setLang(event.target.value as 'id' | 'en')}>
            <option value="id">Bahasa Indonesia</option>
            <option value="en">English</option>
          </select>
        </label>
        <SessionBar />
      </header>
      <SessionEnded />
      <main>
        <Suspense fallback={<QueryState fetching />}>
          <Switch>
            <Route path="/" component={NationalPage} />
            <Route path="/provinsi" component={ProvinceListPage} />
            <Route path="/provinsi/:code" component={ProvincePage} />
            <Route path="/kabkota/:code" component={RegencyPage} />
            <Route path="/usulan" component={ProposalsPage} />
            <Route path="/rapat" component={MeetingsPage} />
            <Route path="/rapat/:id" component={MeetingPage} />
            <Route path="/sumber" component={SourcesPage} />
            <Route path={SIGN_IN_PATH} component={SignInPage} />
            <Route>
              <p className="state">{t('notFound')}</p>
            </Route>
          </Switch>
        </Suspense>
      </main>
    </>
  );
}
