type Props = {
  label: string;
  current: string;
  options: { value: string; label: string; lang: string }[];
  onChange: (value: string) => void;
};

/** Switches language at any moment; the current one is marked for assistive technology. */
export function LanguageSwitch({ label, current, options, onChange }: Props) {
  return (
    <div className="language-switch" role="group" aria-label={label}>
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          lang={o.lang}
          aria-pressed={current === o.value}
          onClick={() => onChange(o.value)}
          data-testid={`lang-${o.value}`}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
