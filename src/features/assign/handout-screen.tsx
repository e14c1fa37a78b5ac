import { useTranslation } from 'react-i18next';
import { useNamespace } from '../../i18n/use-namespace';
import { asUiLanguage, loadNamespace, type UiLanguage } from '../../i18n/init';
import { loadLibrary, type LibraryEntry } from '../../content/library';
import type { SavedAssignment } from '../../records/assignment';
import { useAsync } from '../../ui/use-async';
import { formatDay } from '../../ui/format-day';
import { buildLink, getAssignment } from './assign-data';
import { useQrImage } from './use-qr';
import './assign.css';
import { usePageTitle } from '../../ui/use-page-title';

type Loaded = { library: LibraryEntry[]; saved: SavedAssignment | undefined; lang: UiLanguage };

/**
 * A one-page handout to print (print stylesheet in assign.css): QR, link, modules, due date and
 * every support contact, in the assignment's language (the instructor's own when trainees choose).
 */
export function HandoutScreen({ assignmentId }: { assignmentId: string }) {
  const ready = useNamespace('assign');
  const { t, i18n } = useTranslation('assign');
  const uiLang = asUiLanguage(i18n.language);
  const [loaded] = useAsync<Loaded>(async () => {
    const saved = await getAssignment(assignmentId);
    const fixed = saved?.current.language;
    const lang = fixed === 'es' || fixed === 'en' ? fixed : uiLang;
    await loadNamespace(i18n, 'assign', lang);
    return { library: await loadLibrary(), saved, lang };
  }, [assignmentId, uiLang]);
  if (!ready || loaded.status === 'loading') return <p role="status">…</p>;
  if (loaded.status === 'failed') throw loaded.error;
  if (!loaded.value.saved) return <p role="alert">{t('notFound')}</p>;
  return <Handout {...loaded.value} saved={loaded.value.saved} />;
}

function Handout({ library, saved, lang }: Loaded & { saved: SavedAssignment }) {
  const { t: ui, i18n } = useTranslation('assign');
  const t = i18n.getFixedT(lang, 'assign');
  const a = saved.current;
  const built = buildLink(a);
  const qr = useQrImage(built.ok ? built.link : undefined);
  usePageTitle(ui('handout.title'));
  return (
    <div className="handout" data-testid="handout">
      <div className="actions no-print">
        <button type="button" className="primary" onClick={() => window.print()}>
          {ui('handout.print')}
        </button>
        <a className="button" href={`#/assign/${a.id}`}>
          {ui('handout.back')}
        </a>
      </div>
      <article lang={lang === 'es' ? 'es-MX' : 'en'} data-testid="handout-page">
        <h1>{t('handout.title')}</h1>
        <p className="handout-cohort">{a.cohort}</p>
        {built.ok && (
          <div className="handout-link">
            {qr && (
              <img
                src={qr}
                alt={t('detail.qrAlt', { cohort: a.cohort })}
                width={200}
                height={200}
                data-testid="handout-qr"
              />
            )}
            <div>
              <p>{t('handout.scan')}</p>
              <p className="link-text" data-testid="handout-url">
                {built.link}
              </p>
            </div>
          </div>
        )}
        <h2>{t('handout.modules')}</h2>
        <ol data-testid="handout-modules">
          {a.modules.map((id) => (
            <li key={id}>
              {library.find((m) => m.id === id)?.title[lang] ??
                `${id} (${t('detail.unknownModule')})`}
            </li>
          ))}
        </ol>
        <p>
          <strong>{t('handout.due')}:</strong>{' '}
          <span data-testid="handout-due">
            {a.due ? formatDay(a.due, lang) : t('handout.noDue')}
          </span>
        </p>
        <p>
          <strong>{t('handout.mode')}:</strong> {t(`editor.modeOption.${a.mode}`)}.{' '}
          {t('handout.passMark', { mark: Math.round(a.passMark * 100) })}
        </p>
        <h2>{t('handout.contacts')}</h2>
        {a.contacts.length ? (
          <ul data-testid="handout-contacts">
            {a.contacts.map((c, i) => (
              <li key={i}>
                <strong>{c.name}</strong>
                {c.phone && ` · ${c.phone}`}
                {c.url && ` · ${c.url}`}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('handout.noContacts')}</p>
        )}
        {a.contactsRef && <p>{a.contactsRef}</p>}
        <p className="hint">{t('handout.privacy')}</p>
      </article>
    </div>
  );
}
