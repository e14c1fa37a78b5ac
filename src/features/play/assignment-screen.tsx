import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asUiLanguage, languageTag, switchLanguage } from '../../i18n/init';
import { useNamespace } from '../../i18n/use-namespace';
import type { Assignment } from '../../records/assignment';
import { decodeAssignment, type LinkIssue } from '../../records/assignment-link';
import { formatDay } from '../../ui/format-day';
import { navigate } from '../../ui/routes';
import { useAsync } from '../../ui/use-async';
import { rememberAssignment } from '../../records/assigned-links';
import { assignmentProgress, type ModuleStatus } from './assignment-progress';
import { listAttempts } from './attempts-data';
import { loadProfile } from './profile';
import { startAttempt } from './start-attempt';
import { useLibrary } from './use-library';
import './assignment.css';
import { usePageTitle } from '../../ui/use-page-title';

/** What a trainee sees on opening an assignment link, `#/a/<payload>` (issue 10). */
export function AssignmentScreen({ payload }: { payload: string }) {
  const ready = useNamespace('assign');
  const decoded = useMemo(() => decodeAssignment(payload), [payload]);
  useEffect(() => {
    if (decoded.ok) void rememberAssignment(decoded.value, payload.trim());
  }, [decoded, payload]);
  if (!ready) return <p role="status">…</p>;
  return decoded.ok ? <Assigned a={decoded.value} /> : <Refused issue={decoded.issue} />;
}

function Refused({ issue }: { issue: LinkIssue }) {
  const { t } = useTranslation('assign');
  usePageTitle(t('link.refused.title'));
  const detail =
    issue.kind === 'invalid-field'
      ? t('link.refused.invalid-field', {
          field: t(`link.refused.field.${issue.field}`),
          problem: t(`link.refused.problem.${issue.problem}`),
        })
      : t(`link.refused.${issue.kind}`, { ...issue });
  return (
    <div className="assignment-refused" data-testid="link-refused">
      <h1>{t('link.refused.title')}</h1>
      <p role="alert" data-testid="link-error" data-kind={issue.kind}>
        {detail}
      </p>
      <p>{t('link.refused.whatToDo')}</p>
      <p>
        <a className="button" href="#/">
          {t('link.refused.home')}
        </a>
      </p>
    </div>
  );
}

function Assigned({ a }: { a: Assignment }) {
  const { t, i18n } = useTranslation('assign');
  usePageTitle(t('link.title'));
  const lang = asUiLanguage(i18n.language);
  const library = useLibrary();
  const [attempts] = useAsync(listAttempts, []);
  const [busy, setBusy] = useState(false);
  // A fixed language: the assignment opens in it (the switch stays, as everywhere: DESIGN §1).
  useEffect(() => {
    if (a.language !== 'choice' && asUiLanguage(i18n.language) !== a.language)
      void switchLanguage(i18n, a.language);
    // Only on opening the link, not on every later switch.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [a.id, a.revision]);
  if (!library || attempts.status === 'loading') return <p role="status">…</p>;
  if (attempts.status === 'failed') throw attempts.error;
  const progress = assignmentProgress(a, attempts.value.attempts, new Date());
  const title = (id: string) => library.find((m) => m.id === id)?.title[lang];
  const begin = async (moduleId: string) => {
    const entry = library.find((m) => m.id === moduleId);
    const profile = await loadProfile();
    if (!entry || !profile) return;
    setBusy(true);
    const record = await startAttempt(entry, a.mode, profile, languageTag(lang), {
      assignment: { id: a.id, cohort: a.cohort },
      passMark: a.passMark,
      feedback: a.feedback,
    });
    navigate({ name: 'play', attemptId: record.attemptId });
  };
  const modeText =
    a.mode === 'practice'
      ? t('link.mode.practice')
      : a.feedback === 'end'
        ? t('link.mode.assessedEnd')
        : t('link.mode.assessedImmediate');
  const overdue = progress.some((s) => s.status !== 'done' && s.late);
  return (
    <div className="assignment" data-testid="assignment">
      <h1>{t('link.title')}</h1>
      <p className="assignment-cohort" data-testid="assignment-cohort">
        {a.cohort}
      </p>
      <ul className="assignment-facts">
        <li data-testid="assignment-due">
          {a.due ? t('link.due', { date: formatDay(a.due, lang) }) : t('link.noDue')}
        </li>
        <li>{modeText}</li>
        <li>{t('link.passMark', { mark: Math.round(a.passMark * 100) })}</li>
        <li>{t(`link.language.${a.language}`)}</li>
      </ul>
      {overdue && (
        <p className="warning" data-testid="overdue">
          {t('link.overdue')}
        </p>
      )}
      <h2>{t('link.modules')}</h2>
      <ol className="assignment-modules">
        {progress.map((s) => (
          <ModuleRow
            key={s.moduleId}
            s={s}
            title={title(s.moduleId)}
            busy={busy}
            onStart={() => void begin(s.moduleId)}
          />
        ))}
      </ol>
      <p className="hint">{t('link.results')}</p>
      {a.lrs && <p className="hint">{t('link.lrs')}</p>}
      <section aria-labelledby="assignment-contacts" className="assignment-support">
        <h2 id="assignment-contacts">{t('link.contacts')}</h2>
        {a.contacts.length > 0 && (
          <ul data-testid="assignment-contacts">
            {a.contacts.map((c, i) => (
              <li key={i}>
                <strong>{c.name}</strong>
                {c.phone && (
                  <>
                    {' · '}
                    <a href={`tel:${c.phone.replace(/\s/g, '')}`}>{c.phone}</a>
                  </>
                )}
                {c.url && (
                  <>
                    {' · '}
                    <a href={c.url} rel="noopener noreferrer">
                      {c.url.replace(/^https:\/\//, '')}
                    </a>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
        {a.contactsRef !== undefined && a.contacts.length === 0 && (
          <p data-testid="contacts-referenced">{t('link.contactsReferenced')}</p>
        )}
        {a.contactsRef && (
          <p>
            {t('link.contactsAt')}{' '}
            <a href={a.contactsRef} rel="noopener noreferrer">
              {a.contactsRef.replace(/^https:\/\//, '')}
            </a>
          </p>
        )}
      </section>
      <p className="hint">{t('link.trust')}</p>
    </div>
  );
}

function ModuleRow(props: {
  s: ModuleStatus;
  title: string | undefined;
  busy: boolean;
  onStart: () => void;
}) {
  const { t } = useTranslation('assign');
  const { s, title } = props;
  if (!title)
    return (
      <li className="assignment-module missing" data-testid="assignment-module">
        {t('link.missing', { id: s.moduleId })}
      </li>
    );
  const result =
    s.status === 'done' ? ` · ${s.passed ? t('link.passed') : t('link.notPassed')}` : '';
  return (
    <li className="assignment-module" data-testid="assignment-module" data-module={s.moduleId}>
      <h3>{title}</h3>
      <p className={`module-status status-${s.status}`} data-testid="module-status">
        {t(`link.status.${s.status}`)}
        {result}
        {s.late && <strong className="late"> · {t('link.status.late')}</strong>}
      </p>
      <div className="actions compact">
        {s.resume ? (
          <a
            className="button primary-link"
            href={`#/play/${s.resume.attemptId}`}
            data-testid="resume-module"
          >
            {t('link.resume', { module: title })}
          </a>
        ) : (
          <button
            type="button"
            className={s.status === 'done' ? '' : 'primary'}
            disabled={props.busy}
            onClick={props.onStart}
            data-testid="start-module"
          >
            {s.status === 'done'
              ? t('link.again', { module: title })
              : t('link.start', { module: title })}
          </button>
        )}
        {s.lastDone && (
          <a className="button" href={`#/debrief/${s.lastDone.attemptId}`}>
            {t('link.debrief', { module: title })}
          </a>
        )}
      </div>
    </li>
  );
}
