import type { InputHTMLAttributes } from 'react';

type Props = {
  id: string;
  label: string;
  hint?: string;
  /** The id of the error message that explains this field while it is invalid. */
  errorId?: string;
  invalid?: boolean;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'aria-describedby' | 'aria-invalid'>;

/**
 * One labelled text input with its hint, as every form in the app shows it (`.field` in
 * styles.css): the hint and, while invalid, the error are tied to the input for screen readers.
 */
export function TextField({ id, label, hint, errorId, invalid, ...input }: Props) {
  const describedBy =
    [hint ? `${id}-hint` : '', invalid && errorId ? errorId : ''].filter(Boolean).join(' ') ||
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
        id={id}
        aria-describedby={describedBy}
        aria-invalid={invalid ? true : undefined}
        {...input}
      />
    </div>
  );
}
