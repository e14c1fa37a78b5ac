import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewData } from './use-review-data';
import { forgetReadCredentials, loadReadCredentials, saveReadCredentials } from './lrs-credentials';

type Problem = { kind: string; status?: number; detail?: string };

/** Reads attempts from an LRS with a read key (the statements API; the reader loads on first use). */
export function LrsPanel({ data, busy }: { data: ReviewData; busy: boolean }) {
  const { t } = useTranslation('review');
  const [initial] = useState(loadReadCredentials);
  const [endpoint, setEndpoint] = useState(initial.creds?.endpoint ?? '');
  const [key, setKey] = useState(initial.creds?.key ?? '');
  const [remember, setRemember] = useState(initial.remembered);
  const [since, setSince] = useState('');
  const [until, setUntil] = useState('');
  const [problem, setProblem] = useState<Problem>();
  const [unreadable, setUnreadable] = useState(0);

  const read = async () => {
    setProblem(undefined);
    setUnreadable(0);
    saveReadCredentials({ endpoint, key }, remember);
    const [{ readAttemptsFromLrs, isLrsReadError }, { basicAuthorization }] = await Promise.all([
      import('../../standards/lrs/read-attempts'),
      import('../../standards/lrs/lrs-target'),
    ]);
    const ac = new AbortController();
    data.onCancel(() => ac.abort());
    data.setBusy({ kind: 'lrs', pages: 0, statements: 0 });
    try {
      const authorization = /^(basic|bearer)\s/i.test(key.trim())
        ? key.trim()
        : basicAuthorization(key);
      const r = await readAttemptsFromLrs(
        { endpoint: endpoint.trim(), authorization },
        {
          ...(since ? { since: new Date(`${since}T00:00:00Z`).toISOString() } : {}),
          ...(until ? { until: new Date(`${until}T23:59:59.999Z`).toISOString() } : {}),
        },
        {
          signal: ac.signal,
          onProgress: (p) => data.setBusy({ kind: 'lrs', ...p }),
        },
      );
      data.onCancel(undefined);
      setUnreadable(r.unreadable.length);
      data.setBusy(undefined);
      await data.addRecords(r.records, 'lrs-link');
    } catch (e) {
      data.onCancel(undefined);
      data.setBusy(undefined);
      if (isLrsReadError(e)) {
        if (e.problem.kind === 'cancelled') data.setLast({ kind: 'cancelled' });
        else setProblem(e.problem);
      } else setProblem({ kind: 'network', detail: String(e) });
    }
  };

  return (
    <form
      className="review-lrs"
      aria-labelledby="review-lrs-heading"
      onSubmit={(e) => {
        e.preventDefault();
        if (!busy) void read();
      }}
    >
      <h3 id="review-lrs-heading">{t('lrs.heading')}</h3>
      <p>{t('lrs.help')}</p>
      <p>
        <label htmlFor="review-lrs-endpoint">{t('lrs.endpoint')}</label>
        <input
          id="review-lrs-endpoint"
          type="url"
          required
          value={endpoint}
          onChange={(e) => setEndpoint(e.target.value)}
          data-testid="lrs-endpoint"
          autoComplete="off"
        />
      </p>
      <p>
        <label htmlFor="review-lrs-key">{t('lrs.key')}</label>
        <input
          id="review-lrs-key"
          type="password"
          required
          value={key}
          onChange={(e) => setKey(e.target.value)}
          data-testid="lrs-key"
          autoComplete="off"
        />
      </p>
      <p className="review-lrs-dates">
        <span>
          <label htmlFor="review-lrs-since">{t('lrs.since')}</label>
          <input
            id="review-lrs-since"
            type="date"
            value={since}
            onChange={(e) => setSince(e.target.value)}
          />
        </span>
        <span>
          <label htmlFor="review-lrs-until">{t('lrs.until')}</label>
          <input
            id="review-lrs-until"
            type="date"
            value={until}
            onChange={(e) => setUntil(e.target.value)}
          />
        </span>
      </p>
      <p>
        <input
          id="review-lrs-remember"
          type="checkbox"
          checked={remember}
          onChange={(e) => setRemember(e.target.checked)}
        />{' '}
        <label htmlFor="review-lrs-remember">{t('lrs.remember')}</label>
        <br />
        <small>{t('lrs.rememberHelp')}</small>
      </p>
      <p>
        <button type="submit" disabled={busy} data-testid="lrs-read">
          {t('lrs.read')}
        </button>{' '}
        <button
          type="button"
          onClick={() => {
            forgetReadCredentials();
            setKey('');
            setRemember(false);
          }}
        >
          {t('lrs.forget')}
        </button>
      </p>
      {problem && (
        <p role="alert" className="notice" data-testid="lrs-problem">
          {t(`lrs.error.${problem.kind as 'network'}`, {
            status: problem.status ?? '',
            detail: problem.detail ?? '',
          })}
        </p>
      )}
      {unreadable > 0 && <p>{t('lrs.error.unreadable', { count: unreadable })}</p>}
    </form>
  );
}
