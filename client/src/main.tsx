import '@mantine/core/styles.css';
import './lib/i18n/i18n';
// Imported for its effect: the live connection follows the session from the start.
import './lib/socket/liveSocket';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { session } from './lib/auth/session';
import { adoptUserLanguage } from './lib/i18n/languageSync';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Restore the session once, outside React, so StrictMode's double effects cannot refresh twice.
void session.restore().then(async () => {
  const state = session.getState();
  if (state.status === 'authenticated') await adoptUserLanguage(state.user);
});

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
