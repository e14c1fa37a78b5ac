import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryEntry } from '../../content/library';

type Props = {
  library: LibraryEntry[];
  chosen: string[];
  onChange: (modules: string[]) => void;
  error: ReactNode;
};

/** Ordered module choice with buttons only (no drag): complete from the keyboard and a screen reader. */
export function ModulePicker({ library, chosen, onChange, error }: Props) {
  const { t, i18n } = useTranslation('assign');
  const lang = i18n.language === 'es' ? 'es' : 'en';
  const title = (id: string) => library.find((m) => m.id === id)?.title[lang] ?? id;
  const move = (i: number, by: -1 | 1) => {
    const next = [...chosen];
    [next[i], next[i + by]] = [next[i + by]!, next[i]!];
    onChange(next);
  };
  const available = library.filter((m) => !chosen.includes(m.id));
  return (
    <fieldset className="module-picker" aria-describedby={error ? 'modules-error' : undefined}>
      <legend>{t('editor.modules')}</legend>
      <p className="hint">{t('editor.modulesHint')}</p>
      {chosen.length === 0 && <p>{t('editor.noModules')}</p>}
      <ol className="chosen-modules" data-testid="chosen-modules">
        {chosen.map((id, i) => (
          <li key={id}>
            <span className="module-name">{title(id)}</span>
            <span className="row-actions">
              <button
                type="button"
                onClick={() => move(i, -1)}
                disabled={i === 0}
                aria-label={t('editor.moveUp', { module: title(id) })}
              >
                ↑
              </button>
              <button
                type="button"
                onClick={() => move(i, 1)}
                disabled={i === chosen.length - 1}
                aria-label={t('editor.moveDown', { module: title(id) })}
              >
                ↓
              </button>
              <button
                type="button"
                onClick={() => onChange(chosen.filter((c) => c !== id))}
                aria-label={t('editor.remove', { module: title(id) })}
              >
                ✕
              </button>
            </span>
          </li>
        ))}
      </ol>
      {error}
      {available.length > 0 && (
        <>
          <h3 className="sub-heading">{t('editor.available')}</h3>
          <ul className="available-modules">
            {available.map((m) => (
              <li key={m.id}>
                <button
                  type="button"
                  className="add-module"
                  onClick={() => onChange([...chosen, m.id])}
                  data-testid="add-module"
                  data-module={m.id}
                  aria-label={t('editor.add', { module: m.title[lang] })}
                >
                  + {m.title[lang]}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </fieldset>
  );
}
