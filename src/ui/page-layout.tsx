import { useId, useState, type ReactNode } from 'react';

type NavLink = { href: string; label: string; current?: boolean };
type Props = {
  appName: string;
  skipLabel: string;
  navLabel: string;
  /** The button that opens the navigation on a small screen. */
  menuLabel: string;
  links: NavLink[];
  languageSwitch: ReactNode;
  children: ReactNode;
};

/**
 * The page frame: skip link, header with navigation and language switch, one main landmark.
 * On a phone the header is one row (review UX #19): the brand, the other language and a menu
 * button that opens the links; every target is at least 44 px tall.
 */
export function PageLayout({
  appName,
  skipLabel,
  navLabel,
  menuLabel,
  links,
  languageSwitch,
  children,
}: Props) {
  const [open, setOpen] = useState(false);
  const navId = useId();
  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {skipLabel}
      </a>
      <header className="site-header">
        <a className="brand" href="#/">
          {appName}
        </a>
        {links.length > 0 && (
          <>
            <button
              type="button"
              className="menu-button"
              aria-expanded={open}
              aria-controls={navId}
              onClick={() => setOpen((o) => !o)}
              data-testid="menu-button"
            >
              {menuLabel}
            </button>
            <nav aria-label={navLabel} id={navId} className={open ? 'open' : undefined}>
              <ul>
                {links.map((l) => (
                  <li key={l.href}>
                    <a
                      href={l.href}
                      aria-current={l.current ? 'page' : undefined}
                      onClick={() => setOpen(false)}
                    >
                      {l.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </>
        )}
        {languageSwitch}
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
