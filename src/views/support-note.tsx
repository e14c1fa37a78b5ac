import { useTranslation } from 'react-i18next';
import { useAsync } from '../ui/use-async';

type Contact = {
  name: { es: string; en: string };
  phone?: string;
  url?: string;
  hours?: { es: string; en: string };
};
type SupportConfig = { organization?: { es: string; en: string }; contacts: Contact[] };

/** Loaded from public/support-contacts.json so each organization can set its own (DESIGN §6). */
async function loadSupport(): Promise<SupportConfig> {
  const res = await fetch('./support-contacts.json');
  if (!res.ok) throw new Error(String(res.status));
  return (await res.json()) as SupportConfig;
}

/** A short grounding note and support contacts, shown after heavy modules and in settings. */
export function SupportNote() {
  const { t, i18n } = useTranslation('play');
  const [state] = useAsync(loadSupport, []);
  const lang = i18n.language === 'es' ? 'es' : 'en';
  return (
    <aside className="support" aria-labelledby="support-heading" data-testid="support-note">
      <h2 id="support-heading">{t('support.heading')}</h2>
      <p>{t('support.grounding')}</p>
      {state.status === 'ready' && state.value.contacts.length > 0 && (
        <ul>
          {state.value.contacts.map((c) => (
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
