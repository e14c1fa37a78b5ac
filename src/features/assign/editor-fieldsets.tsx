import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignmentForm } from './assignment-form';

type Props = {
  form: AssignmentForm;
  update: (patch: Partial<AssignmentForm>) => void;
  inlineError: (field: string) => ReactNode;
  invalid: (field: string) => object;
};

/** Support contacts shown to trainees (DESIGN §6), and where the full list is when they do not fit. */
export function ContactsFieldset({ form, update, inlineError, invalid }: Props) {
  const { t } = useTranslation('assign');
  const setRow = (i: number, patch: Partial<AssignmentForm['contacts'][number]>) =>
    update({ contacts: form.contacts.map((c, j) => (j === i ? { ...c, ...patch } : c)) });
  return (
    <fieldset>
      <legend>{t('editor.contacts')}</legend>
      <p className="hint">{t('editor.contactsHint')}</p>
      {form.contacts.map((c, i) => (
        <fieldset key={i} className="contact-row" data-testid="contact-row">
          <legend>{t('editor.contactN', { n: i + 1 })}</legend>
          <div className="field">
            <label htmlFor={`contact-${i}-name`}>{t('editor.contactName')}</label>
            <input
              id={`contact-${i}-name`}
              type="text"
              value={c.name}
              onChange={(e) => setRow(i, { name: e.target.value })}
              {...invalid(`contact-${i}`)}
            />
          </div>
          <div className="field-row">
            <div className="field">
              <label htmlFor={`contact-${i}-phone`}>{t('editor.contactPhone')}</label>
              <input
                id={`contact-${i}-phone`}
                type="tel"
                value={c.phone}
                onChange={(e) => setRow(i, { phone: e.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor={`contact-${i}-url`}>{t('editor.contactUrl')}</label>
              <input
                id={`contact-${i}-url`}
                type="url"
                value={c.url}
                onChange={(e) => setRow(i, { url: e.target.value })}
              />
            </div>
          </div>
          {inlineError(`contact-${i}`)}
          <button
            type="button"
            onClick={() => update({ contacts: form.contacts.filter((_, j) => j !== i) })}
          >
            {t('editor.removeContact', { n: i + 1 })}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        onClick={() => update({ contacts: [...form.contacts, { name: '', phone: '', url: '' }] })}
        data-testid="add-contact"
      >
        {t('editor.addContact')}
      </button>
      <div className="field">
        <label htmlFor="contacts-ref">{t('editor.contactsRef')}</label>
        <p className="hint">{t('editor.contactsRefHint')}</p>
        <input
          id="contacts-ref"
          type="url"
          value={form.contactsRef}
          onChange={(e) => update({ contactsRef: e.target.value })}
          {...invalid('contactsRef')}
        />
        {inlineError('contactsRef')}
      </div>
    </fieldset>
  );
}

/**
 * An optional LRS for the assignment's statements. The key is stored with the assignment and
 * travels in the link (DESIGN §8.1): the standards issue adds the check that refuses a key that
 * can read, and sends the statements.
 */
export function LrsFieldset({ form, update, inlineError, invalid }: Props) {
  const { t } = useTranslation('assign');
  return (
    <fieldset>
      <legend>{t('editor.lrs')}</legend>
      <p className="hint">{t('editor.lrsHint')}</p>
      <div className="field">
        <label htmlFor="lrs-endpoint">{t('editor.lrsEndpoint')}</label>
        <input
          id="lrs-endpoint"
          type="url"
          value={form.lrsEndpoint}
          onChange={(e) => update({ lrsEndpoint: e.target.value })}
          {...invalid('lrsEndpoint')}
        />
        {inlineError('lrsEndpoint')}
      </div>
      <div className="field">
        <label htmlFor="lrs-key">{t('editor.lrsKey')}</label>
        <input
          id="lrs-key"
          type="password"
          autoComplete="off"
          value={form.lrsKey}
          onChange={(e) => update({ lrsKey: e.target.value })}
        />
      </div>
    </fieldset>
  );
}
