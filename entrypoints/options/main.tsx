import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { t, uiLanguage } from '../../components/i18n';
import { OptionsPage } from '../../components/options-page';
import '../../components/options-page.css';

// The browser's language until the agent's own choice is read (components/settings-store.ts).
document.documentElement.lang = uiLanguage();
document.title = t('optionsTitle');
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <OptionsPage />
    </StrictMode>,
  );
}
