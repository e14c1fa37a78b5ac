import type { InputHTMLAttributes, Ref } from 'react';

type Props = {
  id: string;
  label: string;
  hint?: string;
  /** The id of an error message elsewhere that explains this field while it is invalid. */
  errorId?: string;
  invalid?: boolean;
  /** An error shown under the field (and tied to it); the field is invalid while it is set. */
  error?: string;
  ref?: Ref<HTMLInputElement>;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'aria-describedby' | 'aria-invalid'>;

/**
 * One labelled text input with its hint, as every form in the app shows it (`.field` in
 * styles.css): the hint and, while invalid, the error are tied to the input for screen readers.
 */
export function TextField({ id, label, hint, errorId, invalid, error, ref, ...input }: Props) {
  const isInvalid = invalid || Boolean(error);
  const errorRef = error ? `${id}-error` : errorId;
  // The error first, so a screen reader says what is wrong before the hint.
  const describedBy =
    [isInvalid && errorRef ? errorRef : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') ||
    undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <input
        ref={ref}
        id={id}
        aria-describedby={describedBy}
        aria-invalid={isInvalid ? true : undefined}
        {...input}
      />
      {error && (
        <p id={`${id}-error`} className="error field-error" data-testid={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
