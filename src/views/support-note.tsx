import { useTranslation } from 'react-i18next';
import { useAsync } from '../ui/use-async';
import { loadSupportConfig, type SupportConfigResult } from './support-contacts';

/**
 * A short grounding note and support contacts, shown after heavy modules and in settings (where
 * the note speaks of the training, not of "this module": review item 17). A contact with neither a
 * phone nor a web address is a placeholder the organization has not filled in: it is not shown.
 */
export function SupportNote({
  variant = 'after-module',
}: {
  variant?: 'after-module' | 'settings';
}) {
  const { t, i18n } = useTranslation('play');
  const [state] = useAsync(() => loadSupportConfig(), []);
  const lang = i18n.language === 'es' ? 'es' : 'en';
  const reachable =
    state.status === 'ready' && state.value.ok
      ? state.value.value.contacts.filter((c) => c.phone || c.url)
      : [];
  return (
    <aside className="support" aria-labelledby="support-heading" data-testid="support-note">
      <h2 id="support-heading">
        {variant === 'settings' ? t('support.settingsHeading') : t('support.heading')}
      </h2>
      <p>{variant === 'settings' ? t('support.settingsText') : t('support.grounding')}</p>
      {state.status === 'ready' && !state.value.ok && (
        <p className="warning" role="note" data-testid="support-problem">
          {t('support.configProblem', { detail: describeProblem(state.value.problem, t as never) })}
        </p>
      )}
      {reachable.length > 0 && (
        <ul>
          {reachable.map((c) => (
            <li key={c.name.en}>
              <strong>{c.name[lang]}</strong>
              {c.phone && (
                <>
                  {' '}
                  · <a href={`tel:${c.phone.replace(/\s/g, '')}`}>{c.phone}</a>
                </>
              )}
              {c.url && (
                <>
                  {' '}
                  · <a href={c.url}>{c.url.replace(/^https?:\/\//, '')}</a>
                </>
              )}
              {c.hours && <span> · {c.hours[lang]}</span>}
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}

type Problem = Extract<SupportConfigResult, { ok: false }>['problem'];

function describeProblem(p: Problem, t: (k: string, o?: Record<string, unknown>) => string) {
  switch (p.kind) {
    case 'unreachable':
      return t('support.unreachable', { status: p.status });
    case 'not-json':
      return t('support.notJson');
    case 'invalid':
      return t('support.invalid', { path: p.path });
  }
}
