import type { InputHTMLAttributes } from 'react';

type Props = {
  id: string;
  /** What the button says, in the page's language (the native input's own text is the browser's). */
  label: string;
  /** Pick a folder instead of files (non-standard, supported by Chromium, Firefox and Safari). */
  folder?: boolean;
  testId?: string;
  onFiles: (files: FileList | null) => void;
} & Pick<InputHTMLAttributes<HTMLInputElement>, 'multiple' | 'accept' | 'disabled'>;

/**
 * A file or folder picker that looks like the app's buttons (UX review item 13): the native input
 * stays the focusable, labelled control, unseen, so keyboards and screen readers use it as ever,
 * and the browser's "Choose file / No file chosen" in the browser's language no longer shows.
 */
export function FilePicker({ id, label, folder, testId, onFiles, ...input }: Props) {
  return (
    <span className="file-picker">
      <input
        id={id}
        type="file"
        data-testid={testId}
        {...input}
        {...(folder ? { webkitdirectory: '', directory: '' } : {})}
        onChange={(e) => {
          onFiles(e.target.files);
          // The same file or folder chosen again must fire again.
          e.target.value = '';
        }}
      />
      <label htmlFor={id} className={input.disabled ? 'button disabled' : 'button'}>
        {label}
      </label>
    </span>
  );
}
