import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { t, uiLanguage } from '../../components/i18n';
import { StatisticsPage } from '../../components/statistics/statistics-page';
import '../../components/statistics/statistics.css';

document.documentElement.lang = uiLanguage();
document.title = `${t('statsTitle')} · ${t('extName')}`;
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <StatisticsPage />
    </StrictMode>,
  );
}
