import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNamespace } from '../../i18n/use-namespace';
import { loadLibrary, type LibraryEntry } from '../../content/library';
import type { SavedAssignment } from '../../records/assignment';
import { useAsync } from '../../ui/use-async';
import { formatDay } from '../../ui/format-day';
import { buildLink, getAssignment } from './assign-data';
import { useQrImage } from './use-qr';
import { PackageDownload } from './package-download';
import './assign.css';
import { usePageTitle } from '../../ui/use-page-title';

type Loaded = { library: LibraryEntry[]; saved: SavedAssignment | undefined };

/** One assignment: what it asks, its link and QR code, and the way to the printable handout. */
export function AssignmentDetailScreen({ assignmentId }: { assignmentId: string }) {
  const ready = useNamespace('assign');
  const { t } = useTranslation('assign');
  const [loaded] = useAsync<Loaded>(
    async () => ({ library: await loadLibrary(), saved: await getAssignment(assignmentId) }),
    [assignmentId],
  );
  if (!ready || loaded.status === 'loading') return <p role="status">…</p>;
  if (loaded.status === 'failed') throw loaded.error;
  if (!loaded.value.saved) return <p role="alert">{t('notFound')}</p>;
  return <Detail library={loaded.value.library} saved={loaded.value.saved} />;
}

function Detail({ library, saved }: { library: LibraryEntry[]; saved: SavedAssignment }) {
  const { t, i18n } = useTranslation('assign');
  const lang = i18n.language === 'es' ? 'es' : 'en';
  const a = saved.current;
  const built = buildLink(a);
  const qr = useQrImage(built.ok ? built.link : undefined);
  usePageTitle(a.cohort);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const moduleTitle = (id: string) => {
    const m = library.find((l) => l.id === id);
    return m ? m.title[lang] : t('detail.moduleMissing', { id });
  };
  const copy = () =>
    navigator.clipboard.writeText(built.ok ? built.link : '').then(
      () => setCopyState('copied'),
      () => setCopyState('failed'),
    );
  return (
    <div className="assign assign-detail">
      <p>
        <a href="#/assign">{t('backToList')}</a>
      </p>
      <h1 data-testid="assignment-title">{a.cohort}</h1>
      <p className="hint">
        {t('revision', { revision: a.revision })}
        {saved.archived && ` · ${t('archivedBadge')}`}
      </p>
      <section aria-labelledby="link-heading" className="link-panel">
        <h2 id="link-heading">{t('detail.link')}</h2>
        {built.ok ? (
          <>
            <p className="hint">{t('detail.linkHint')}</p>
            <label htmlFor="assignment-link" className="visually-hidden">
              {t('detail.link')}
            </label>
            <textarea
              id="assignment-link"
              readOnly
              rows={3}
              value={built.link}
              data-testid="assignment-link"
              onFocus={(e) => e.target.select()}
            />
            <div className="actions compact">
              <button type="button" onClick={() => void copy()} data-testid="copy-link">
                {t('detail.copy')}
              </button>
              <a className="button" href={`#/assign/${a.id}/handout`} data-testid="handout-link">
                {t('detail.handout')}
              </a>
              <a className="button" href={`#/assign/${a.id}/edit`}>
                {t('edit')}
              </a>
              <a className="button" href={`#/cohort/${a.id}`} data-testid="cohort-link">
                {t('detail.results')}
              </a>
            </div>
            <p role="status" className="hint">
              {copyState === 'copied'
                ? t('detail.copied')
                : copyState === 'failed'
                  ? t('detail.copyFailed')
                  : ''}
            </p>
            {built.contactsReferenced && (
              <p className="warning" data-testid="contacts-referenced">
                {t('detail.contactsReferenced', {
                  where: a.contactsRef || t('detail.contactsReferencedSite'),
                })}
              </p>
            )}
            <figure className="qr">
              {qr && (
                <img
                  src={qr}
                  alt={t('detail.qrAlt', { cohort: a.cohort })}
                  width={240}
                  height={240}
                  data-testid="qr"
                />
              )}
              <figcaption className="hint" data-testid="qr-info">
                {t('detail.qrInfo', { version: built.qrVersion, length: built.link.length })}
              </figcaption>
            </figure>
          </>
        ) : (
          <p role="alert">{t('editor.errors.tooLong', { length: built.length })}</p>
        )}
      </section>
      <section aria-labelledby="summary-heading">
        <h2 id="summary-heading">{t('detail.summary')}</h2>
        <dl className="summary">
          <div>
            <dt>{t('detail.modules')}</dt>
            <dd>
              <ol data-testid="detail-modules">
                {a.modules.map((id) => (
                  <li key={id}>{moduleTitle(id)}</li>
                ))}
              </ol>
            </dd>
          </div>
          <div>
            <dt>{t('detail.due')}</dt>
            <dd>{a.due ? formatDay(a.due, lang) : t('noDue')}</dd>
          </div>
          <div>
            <dt>{t('detail.passMark')}</dt>
            <dd>{Math.round(a.passMark * 100)}%</dd>
          </div>
          <div>
            <dt>{t('detail.language')}</dt>
            <dd>{t(`editor.languageOption.${a.language}`)}</dd>
          </div>
          <div>
            <dt>{t('detail.mode')}</dt>
            <dd>{t(`editor.modeOption.${a.mode}`)}</dd>
          </div>
          {a.mode === 'assessed' && (
            <div>
              <dt>{t('detail.feedback')}</dt>
              <dd>{t(`editor.feedbackOption.${a.feedback}`)}</dd>
            </div>
          )}
          <div>
            <dt>{t('detail.contacts')}</dt>
            <dd>
              {a.contacts.length ? (
                <ul>
                  {a.contacts.map((c, i) => (
                    <li key={i}>{[c.name, c.phone, c.url].filter(Boolean).join(' · ')}</li>
                  ))}
                </ul>
              ) : (
                '—'
              )}
            </dd>
          </div>
          <div>
            <dt>{t('detail.lrs')}</dt>
            <dd>{a.lrs ? a.lrs.endpoint : t('detail.lrsNone')}</dd>
          </div>
        </dl>
      </section>
      <PackageDownload assignment={a} library={library} />
      <p className="hint trust" data-testid="trust-note">
        {t('detail.trust')}
      </p>
    </div>
  );
}
