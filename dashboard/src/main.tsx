import { createRoot } from 'react-dom/client';
import { I18nProvider } from './i18n.js';
import { SessionProvider } from './session.js';
import { GraphClientProvider } from './graph-client.js';
import { App } from './App.js';
import './style.css';

createRoot(document.getElementById('root')!).render(
  <SessionProvider>
    <GraphClientProvider>
      <I18nProvider>
        <App />
      </I18nProvider>
    </GraphClientProvider>
  </SessionProvider>,
);
