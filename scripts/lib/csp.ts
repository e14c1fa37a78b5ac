/**
 * The Content-Security-Policy, in one place (issue 4, issue 9): the build writes it into
 * `index.html` as a meta tag (works from a file share or inside an LMS package), and the same
 * policy ships as response headers for static hosts (`public/_headers`, the nginx snippet in
 * `docs/deploy.md`); `tests/repo/csp.test.ts` checks that all three agree.
 *
 * No inline or eval'd script, no inline styles; connect-src allows any https origin so an
 * organization's LRS (from settings or an assignment link, unknown at build time) can be reached,
 * and plain http on loopback only, for a local LRS and the delivery tests (docs/standards.md). `frame-ancestors` is left out on purpose: an LMS shows the app in a frame
 * from its own origin, which only the deploying organization knows (see docs/deploy.md).
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' https: http://127.0.0.1:* http://localhost:*",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

export const CSP = CSP_DIRECTIVES.join('; ');

/** Adds the policy as a meta tag right after the charset (it must come before any script). */
export const withCspMeta = (html: string): string =>
  html.replace(
    '<meta charset="UTF-8" />',
    `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
  );

/** A policy as a set of directives, so two spellings (order, spacing) compare equal. */
export const parsePolicy = (policy: string): Map<string, string> =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!.toLowerCase(), values.join(' ')]),
  );
