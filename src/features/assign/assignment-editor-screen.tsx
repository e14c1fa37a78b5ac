import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNamespace } from '../../i18n/use-namespace';
import { loadLibrary, type LibraryEntry } from '../../content/library';
import { MAX_COHORT_LENGTH, type SavedAssignment } from '../../records/assignment';
import { useAsync } from '../../ui/use-async';
import { navigate } from '../../ui/routes';
import { draftLinkFits, getAssignment, saveAssignment } from './assign-data';
import {
  emptyForm,
  formOf,
  readForm,
  type AssignmentForm,
  type FormError,
} from './assignment-form';
import { ContactsFieldset, LrsFieldset } from './editor-fieldsets';
import { ModulePicker } from './module-picker';
import './assign.css';
import { usePageTitle } from '../../ui/use-page-title';

type Loaded = { library: LibraryEntry[]; saved: SavedAssignment | undefined };

/** New assignment (no id) or the next revision of one (issue 10). */
export function AssignmentEditorScreen({ assignmentId }: { assignmentId?: string }) {
  const ready = useNamespace('assign');
  const { t } = useTranslation('assign');
  const [loaded] = useAsync<Loaded>(
    async () => ({
      library: await loadLibrary(),
      saved: assignmentId ? await getAssignment(assignmentId) : undefined,
    }),
    [assignmentId],
  );
  if (!ready || loaded.status === 'loading') return <p role="status">…</p>;
  if (loaded.status === 'failed') throw loaded.error;
  if (assignmentId && !loaded.value.saved) return <p role="alert">{t('notFound')}</p>;
  return <Editor key={assignmentId ?? 'new'} {...loaded.value} />;
}

function Editor({ library, saved }: Loaded) {
  const { t } = useTranslation('assign');
  usePageTitle(saved ? t('editor.editTitle') : t('editor.newTitle'));
  const [form, setForm] = useState<AssignmentForm>(() =>
    saved ? formOf(saved.current) : emptyForm(),
  );
  const [errors, setErrors] = useState<
    (FormError | { field: 'link'; kind: 'tooLong'; length: number })[]
  >([]);
  const [busy, setBusy] = useState(false);
  const update = (patch: Partial<AssignmentForm>) => setForm((f) => ({ ...f, ...patch }));
  const errorFor = (field: string) => errors.find((e) => e.field === field);
  const message = (e: (typeof errors)[number]) =>
    e.kind === 'tooLong'
      ? t('editor.errors.tooLong', { length: e.length })
      : t(`editor.errors.${e.kind}`, { max: MAX_COHORT_LENGTH, n: 'n' in e ? e.n : 0 });
  const invalid = (field: string) =>
    errorFor(field) ? { 'aria-invalid': true, 'aria-describedby': `${field}-error` } : {};
  const inlineError = (field: string) => {
    const e = errorFor(field);
    return e ? (
      <p className="error" id={`${field}-error`}>
        {message(e)}
      </p>
    ) : null;
  };

  // How big the link would be, shown as the instructor types (only once the form reads).
  const preview = readForm(form);
  const size = preview.ok
    ? draftLinkFits(preview.draft, saved?.current.id, (saved?.current.revision ?? 0) + 1)
    : undefined;

  const submit = async () => {
    const r = readForm(form);
    if (!r.ok) return setErrors(r.errors);
    const fits = draftLinkFits(r.draft, saved?.current.id, (saved?.current.revision ?? 0) + 1);
    if (!fits.ok) return setErrors([{ field: 'link', kind: 'tooLong', length: fits.length }]);
    setErrors([]);
    setBusy(true);
    // DESIGN §8.1: a key in a link must not be able to read results; try a read with it.
    if (r.draft.lrs) {
      const { checkWriteOnlyKey } = await import('../../standards/lrs/check-write-only');
      const check = await checkWriteOnlyKey(r.draft.lrs.endpoint, r.draft.lrs.key);
      if (check.kind !== 'write-only') {
        setBusy(false);
        return setErrors([
          { field: 'lrsEndpoint', kind: check.kind === 'can-read' ? 'lrsCanRead' : 'lrsUnchecked' },
        ]);
      }
    }
    const id = await saveAssignment(r.draft, saved?.current.id);
    navigate({ name: 'assign-detail', assignmentId: id });
  };

  return (
    <div className="assign assign-editor">
      <h1>{saved ? t('editor.editTitle') : t('editor.newTitle')}</h1>
      {saved && (
        <p className="hint">{t('editor.editNote', { next: saved.current.revision + 1 })}</p>
      )}
      {errors.length > 0 && (
        <div className="error-summary" role="alert" data-testid="form-errors">
          <ul>
            {errors.map((e, i) => (
              <li key={i}>{message(e)}</li>
            ))}
          </ul>
        </div>
      )}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="field">
          <label htmlFor="cohort">{t('editor.cohort')}</label>
          <p className="hint" id="cohort-hint">
            {t('editor.cohortHint', { max: MAX_COHORT_LENGTH })}
          </p>
          <input
            id="cohort"
            type="text"
            value={form.cohort}
            onChange={(e) => update({ cohort: e.target.value })}
            {...invalid('cohort')}
          />
          {inlineError('cohort')}
        </div>
        <ModulePicker
          library={library}
          chosen={form.modules}
          onChange={(modules) => update({ modules })}
          error={inlineError('modules')}
        />
        <div className="field-row">
          <div className="field">
            <label htmlFor="due">{t('editor.due')}</label>
            <input
              id="due"
              type="date"
              value={form.due}
              onChange={(e) => update({ due: e.target.value })}
              {...invalid('due')}
            />
            {inlineError('due')}
          </div>
          <div className="field">
            <label htmlFor="pass-mark">{t('editor.passMark')}</label>
            <input
              id="pass-mark"
              type="number"
              inputMode="numeric"
              min={0}
              max={100}
              step={1}
              value={form.passMark}
              onChange={(e) => update({ passMark: e.target.value })}
              {...invalid('passMark')}
            />
            {inlineError('passMark')}
          </div>
        </div>
        <Choice
          legend={t('editor.language')}
          name="language"
          value={form.language}
          options={(['choice', 'es', 'en'] as const).map((v) => [
            v,
            t(`editor.languageOption.${v}`),
          ])}
          onChange={(language) => update({ language })}
        />
        <Choice
          legend={t('editor.mode')}
          name="mode"
          value={form.mode}
          options={(['assessed', 'practice'] as const).map((v) => [v, t(`editor.modeOption.${v}`)])}
          onChange={(mode) => update({ mode })}
        />
        {form.mode === 'assessed' && (
          <Choice
            legend={t('editor.feedback')}
            name="feedback"
            value={form.feedback}
            options={(['end', 'immediate'] as const).map((v) => [
              v,
              t(`editor.feedbackOption.${v}`),
            ])}
            onChange={(feedback) => update({ feedback })}
          />
        )}
        <ContactsFieldset form={form} update={update} inlineError={inlineError} invalid={invalid} />
        <LrsFieldset form={form} update={update} inlineError={inlineError} invalid={invalid} />
        {size && (
          <p className="hint" role="status" data-testid="link-size">
            {size.ok
              ? t('editor.linkSize', { length: size.link.length, version: size.qrVersion })
              : t('editor.errors.tooLong', { length: size.length })}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy} data-testid="save-assignment">
            {t('editor.save')}
          </button>
          <a className="button" href={saved ? `#/assign/${saved.current.id}` : '#/assign'}>
            {t('editor.cancel')}
          </a>
        </div>
      </form>
    </div>
  );
}

function Choice<V extends string>(props: {
  legend: string;
  name: string;
  value: V;
  options: (readonly [V, string])[];
  onChange: (v: V) => void;
}) {
  return (
    <fieldset className="choice-group">
      <legend>{props.legend}</legend>
      {props.options.map(([v, label]) => (
        <label key={v} className="check">
          <input
            type="radio"
            name={props.name}
            value={v}
            checked={props.value === v}
            onChange={() => props.onChange(v)}
          />
          <span>{label}</span>
        </label>
      ))}
    </fieldset>
  );
}
