import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sharedAttemptStore, type QuarantinedRecord } from '../../records/attempt-store';
import { useAsync } from '../../ui/use-async';

type Listing = { setAside: QuarantinedRecord[]; newer: number };

async function loadListing(): Promise<Listing> {
  const store = await sharedAttemptStore();
  // Listing first: it sets aside what no longer reads and puts back what now does.
  const { newer } = await store.list();
  return { setAside: await store.quarantined(), newer: newer.length };
}

const moduleOf = (raw: unknown): string | undefined => {
  const s =
    raw && typeof raw === 'object' ? (raw as { scenario?: { id?: unknown } }).scenario : undefined;
  return typeof s?.id === 'string' ? s.id : undefined;
};

/** Everything set aside, raw, so a coordinator (or a later build) can look at it. */
function downloadSetAside(records: QuarantinedRecord[]) {
  const body = JSON.stringify(
    { kind: 'acompana.set-aside', exportedAt: new Date().toISOString(), records },
    null,
    2,
  );
  const url = URL.createObjectURL(new Blob([body], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `acompana-set-aside-${new Date().toISOString().slice(0, 10)}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Sessions set aside on this device (review M1): each with its reason, all exportable, each
 * retried on request; and how many attempts a newer build saved (kept, untouched).
 */
export function SetAsideList({ titleOf }: { titleOf: (moduleId: string) => string }) {
  const { t, i18n } = useTranslation('play');
  const [listing, reload] = useAsync(loadListing, []);
  const [outcome, setOutcome] = useState<Record<number, 'restored' | 'exists' | 'gone'>>({});
  if (listing.status !== 'ready') return null;
  const { setAside, newer } = listing.value;
  if (!setAside.length && !newer) return null;
  const date = (iso: string) =>
    new Date(iso).toLocaleDateString(i18n.language === 'es' ? 'es-MX' : 'en');
  const retry = async (id: number) => {
    const r = await (await sharedAttemptStore()).restore(id);
    setOutcome((o) => ({ ...o, [id]: r }));
    if (r === 'restored') reload();
  };
  return (
    <section aria-labelledby="set-aside-heading" className="set-aside" data-testid="set-aside-list">
      <h2 id="set-aside-heading">{t('quarantine.heading')}</h2>
      {newer > 0 && (
        <p className="notice" data-testid="newer-records">
          {t('quarantine.newer', { count: newer })}
        </p>
      )}
      {setAside.length > 0 && (
        <>
          <p>{t('quarantine.lead')}</p>
          <ul>
            {setAside.map((q) => {
              const module = moduleOf(q.raw);
              return (
                <li key={q.id} data-testid="set-aside-item">
                  <p>
                    {t('quarantine.item', {
                      module: module ? titleOf(module) : t('quarantine.unknownModule'),
                      date: date(q.setAsideAt),
                      why: t(
                        q.kind === 'unplayable' ? 'quarantine.unplayable' : 'quarantine.unreadable',
                      ),
                    })}
                  </p>
                  <details>
                    <summary>{t('quarantine.detail')}</summary>
                    <code lang="en">{q.reason}</code>
                  </details>
                  {q.id !== undefined && (
                    <button type="button" onClick={() => void retry(q.id!)}>
                      {t('quarantine.retry')}
                    </button>
                  )}
                  {q.id !== undefined && outcome[q.id] === 'exists' && (
                    <p role="status">{t('quarantine.exists')}</p>
                  )}
                </li>
              );
            })}
          </ul>
          <button
            type="button"
            onClick={() => downloadSetAside(setAside)}
            data-testid="download-set-aside"
          >
            {t('quarantine.download')}
          </button>
        </>
      )}
    </section>
  );
}
