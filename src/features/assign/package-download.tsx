import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryEntry } from '../../content/library';
import { useNamespace } from '../../i18n/use-namespace';
import type { Assignment } from '../../records/assignment';
import type { AppFilesProgress } from '../../standards/package/app-files';
import type { PackageFormat } from '../../standards/package/manifests';

type State =
  | { kind: 'idle' }
  | { kind: 'fetching'; progress?: AppFilesProgress }
  | { kind: 'zipping' }
  | { kind: 'done'; fileName: string; bytes: number }
  | { kind: 'cancelled' }
  | { kind: 'failed'; reason: 'no-list' | 'fetch' | 'zip'; detail: string };

const FORMATS: PackageFormat[] = ['scorm12', 'scorm2004', 'cmi5'];

const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'assignment';

/**
 * The assignment's modules as an LMS package (cmi5, SCORM 1.2, SCORM 2004), made here in the
 * browser from the served app's own files (issue 11): the same zip `npm run package` writes.
 * The packaging code loads only when the instructor asks for a package.
 */
export function PackageDownload({
  assignment,
  library,
}: {
  assignment: Assignment;
  library: LibraryEntry[];
}) {
  const ready = useNamespace('standards');
  const { t, i18n } = useTranslation('standards');
  const [format, setFormat] = useState<PackageFormat>('scorm12');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const abort = useRef<AbortController | undefined>(undefined);
  useEffect(() => () => abort.current?.abort(), []);
  if (!ready) return null;
  const locale = i18n.language === 'es' ? 'es-MX' : 'en-US';
  const working = state.kind === 'fetching' || state.kind === 'zipping';

  const start = async () => {
    const stop = new AbortController();
    abort.current = stop;
    setState({ kind: 'fetching' });
    const [{ fetchAppFiles, AppFilesFailure }, { zipPackage }] = await Promise.all([
      import('../../standards/package/app-files'),
      import('../../standards/package/package-client'),
    ]);
    let appFiles: Record<string, Uint8Array>;
    try {
      appFiles = await fetchAppFiles(new URL('.', location.href).href, {
        signal: stop.signal,
        onProgress: (progress) => !stop.signal.aborted && setState({ kind: 'fetching', progress }),
      });
    } catch (e) {
      if (stop.signal.aborted) return setState({ kind: 'cancelled' });
      const p = e instanceof AppFilesFailure ? e.problem : undefined;
      return setState({
        kind: 'failed',
        reason: p?.kind === 'no-list' ? 'no-list' : 'fetch',
        detail: p && 'path' in p ? p.path : String(e),
      });
    }
    setState({ kind: 'zipping' });
    const modules = assignment.modules.flatMap((id) => {
      const m = library.find((l) => l.id === id);
      return m ? [{ id, title: m.title, summary: m.summary }] : [];
    });
    try {
      const zip = await zipPackage(
        {
          format,
          info: {
            id: `acompana-${slug(assignment.id)}`,
            title: {
              es: `Acompaña: ${assignment.cohort}`,
              en: `Acompaña: ${assignment.cohort}`,
            },
            modules,
          },
          appFiles,
        },
        { signal: stop.signal },
      );
      if (stop.signal.aborted) return setState({ kind: 'cancelled' });
      const fileName = `acompana-${format}-${slug(assignment.cohort)}.zip`;
      const url = URL.createObjectURL(new Blob([zip as BlobPart], { type: 'application/zip' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName;
      a.hidden = true;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setState({ kind: 'done', fileName, bytes: zip.length });
    } catch (e) {
      if (stop.signal.aborted) return setState({ kind: 'cancelled' });
      setState({ kind: 'failed', reason: 'zip', detail: String((e as Error)?.message ?? e) });
    }
  };

  const p = state.kind === 'fetching' ? state.progress : undefined;
  return (
    <section aria-labelledby="package-heading" className="package-download">
      <h2 id="package-heading">{t('package.heading')}</h2>
      <p className="hint">{t('package.lead')}</p>
      <fieldset className="choice-group" disabled={working}>
        <legend>{t('package.format')}</legend>
        {FORMATS.map((f) => (
          <label key={f} className="check">
            <input
              type="radio"
              name="package-format"
              value={f}
              checked={format === f}
              onChange={() => setFormat(f)}
            />
            <span>
              {t(`package.formats.${f}`)}
              <br />
              <span className="hint">{t(`package.formatHints.${f}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="actions compact">
        <button
          type="button"
          onClick={() => void start()}
          disabled={working}
          data-testid="download-package"
        >
          {t('package.download')}
        </button>
        {working && (
          <button type="button" onClick={() => abort.current?.abort()}>
            {t('package.cancel')}
          </button>
        )}
      </div>
      {working && (
        <div className="import-progress" data-testid="package-progress">
          <progress
            aria-label={t('package.progressLabel')}
            max={p?.bytesTotal || 1}
            value={state.kind === 'zipping' ? p?.bytesTotal || 1 : (p?.bytes ?? 0)}
          />
        </div>
      )}
      <p role="status" className="hint" data-testid="package-status">
        {state.kind === 'fetching'
          ? t('package.fetching', { done: p?.files ?? 0, total: p?.filesTotal ?? '…' })
          : state.kind === 'zipping'
            ? t('package.zipping')
            : state.kind === 'done'
              ? t('package.done', {
                  file: state.fileName,
                  size: (state.bytes / 1_048_576).toLocaleString(locale, {
                    maximumFractionDigits: 1,
                  }),
                })
              : state.kind === 'cancelled'
                ? t('package.cancelled')
                : ''}
      </p>
      {state.kind === 'failed' && (
        <p role="alert" className="error" data-testid="package-error">
          {t(`package.errors.${state.reason}`, { detail: state.detail })}
        </p>
      )}
      <p className="hint">{t('package.note')}</p>
    </section>
  );
}
