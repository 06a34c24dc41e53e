import './styles/utrecht.css';
import './styles/theme.css';
import './styles/base.css';
import './styles/target-size.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { i18nReady } from './i18n';
import { warmUpBackend } from './lib/supabase/client';

warmUpBackend();

void i18nReady.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
