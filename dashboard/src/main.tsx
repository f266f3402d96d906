import { createRoot } from 'react-dom/client';
import { Client, Provider, cacheExchange, fetchExchange } from 'urql';
import { I18nProvider } from './i18n.js';
import { App } from './App.js';
import './style.css';

// POST to the hub that served the page (the gateway, or the dev server's proxy to it).
const client = new Client({ url: '/graphql', exchanges: [cacheExchange, fetchExchange], preferGetMethod: false });

createRoot(document.getElementById('root')!).render(
  <Provider value={client}>
    <I18nProvider>
      <App />
    </I18nProvider>
  </Provider>,
);
