import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CSP, parsePolicy, withCspMeta } from '../../scripts/lib/csp.ts';

const root = join(import.meta.dirname, '../..');
const read = (p: string) => readFileSync(join(root, p), 'utf8');

/** The policy the build writes into index.html, read back out of the meta tag. */
const metaPolicy = () => {
  const html = withCspMeta(read('index.html'));
  const m = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/);
  return m?.[1];
};

describe('one Content-Security-Policy for the meta tag and the static-host headers', () => {
  it('puts the policy in index.html before any script', () => {
    const html = withCspMeta(read('index.html'));
    expect(metaPolicy()).toBe(CSP);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });

  it('public/_headers sends the same policy to every path', () => {
    const lines = read('public/_headers').split('\n');
    const at = lines.findIndex((l) => l.trim() === '/*');
    const header = lines.slice(at + 1).find((l) => l.trim().startsWith('Content-Security-Policy:'));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(header).toBeDefined();
    const value = header!.split(/:(.*)/s)[1]!.trim();
    expect(parsePolicy(value)).toEqual(parsePolicy(metaPolicy()!));
  });

  it('the nginx snippet in docs/deploy.md sends the same policy', () => {
    const doc = read('docs/deploy.md');
    const m = doc.match(/add_header Content-Security-Policy "([^"]+)" always;/);
    expect(m).not.toBeNull();
    expect(parsePolicy(m![1]!)).toEqual(parsePolicy(metaPolicy()!));
  });

  it('has no directive that a meta tag ignores, and no unsafe source', () => {
    const p = parsePolicy(CSP);
    for (const ignored of ['frame-ancestors', 'report-uri', 'sandbox'])
      expect(p.has(ignored)).toBe(false);
    expect(CSP).not.toMatch(/unsafe-(inline|eval)/);
    expect(p.get('script-src')).toBe("'self'");
  });
});
