import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { savedLanguage } from './app/language';
import { createI18n, detectLanguage, loadUiLanguage } from './i18n/init';
import './ui/styles.css';

const lng = detectLanguage(savedLanguage(), navigator.languages ?? [navigator.language]);
void loadUiLanguage(lng).then((res) => {
  const i18n = createI18n(lng, { [lng]: res });
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App i18n={i18n} />
    </StrictMode>,
  );
});
