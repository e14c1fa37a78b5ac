import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Resource } from 'i18next';
import { App } from './app';
import { createI18n, type UiLanguage } from '../i18n/init';

/** Renders the app once the language's strings are in (they were fetched beside this chunk). */
export async function boot(lng: UiLanguage, strings: Promise<Resource[string]>): Promise<void> {
  const i18n = createI18n(lng, { [lng]: await strings });
  const root = createRoot(document.getElementById('root')!);
  // Rendered as a transition, so React yields to the browser between slices (issue 14, TBT).
  startTransition(() =>
    root.render(
      <StrictMode>
        <App i18n={i18n} />
      </StrictMode>,
    ),
  );
}
