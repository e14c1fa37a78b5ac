import type { ReactNode } from 'react';

type NavLink = { href: string; label: string; current?: boolean };
type Props = {
  appName: string;
  skipLabel: string;
  navLabel: string;
  links: NavLink[];
  languageSwitch: ReactNode;
  children: ReactNode;
};

/** The page frame: skip link, header with navigation (none when `links` is empty) and language switch, one main landmark. */
export function PageLayout({
  appName,
  skipLabel,
  navLabel,
  links,
  languageSwitch,
  children,
}: Props) {
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
          <nav aria-label={navLabel}>
            <ul>
              {links.map((l) => (
                <li key={l.href}>
                  <a href={l.href} aria-current={l.current ? 'page' : undefined}>
                    {l.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {languageSwitch}
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
