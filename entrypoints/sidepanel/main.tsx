import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { t, uiLanguage } from '../../components/i18n';
import { SidePanel } from '../../components/side-panel';
import '../../components/side-panel.css';

// The browser's language until the agent's own choice is read (components/settings-store.ts).
document.documentElement.lang = uiLanguage();
document.title = t('extName');
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <SidePanel />
    </StrictMode>,
  );
}
