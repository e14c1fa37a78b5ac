import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSupportConfig } from './support-contacts';

const shipped = readFileSync(
  join(import.meta.dirname, '../../public/support-contacts.json'),
  'utf8',
);

describe('parseSupportConfig', () => {
  it('reads the shipped file', () => {
    const r = parseSupportConfig(shipped);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.contacts.length).toBeGreaterThan(0);
  });

  it('names the first wrong field by its path', () => {
    expect(parseSupportConfig('{"organization":{"es":"x","en":"y"}}')).toEqual({
      ok: false,
      problem: { kind: 'invalid', path: 'contacts' },
    });
    expect(parseSupportConfig('{"contacts":[{"name":{"es":"Línea"}}]}')).toEqual({
      ok: false,
      problem: { kind: 'invalid', path: 'contacts.0.name.en' },
    });
  });

  it('refuses a link that is not a web address, and a phone with letters', () => {
    const bad = (c: object) =>
      parseSupportConfig(JSON.stringify({ contacts: [{ name: { es: 'a', en: 'a' }, ...c }] }));
    expect(bad({ url: 'javascript:alert(1)' })).toMatchObject({
      ok: false,
      problem: { path: 'contacts.0.url' },
    });
    expect(bad({ phone: 'call me' })).toMatchObject({
      ok: false,
      problem: { path: 'contacts.0.phone' },
    });
    expect(bad({ url: 'https://example.org/apoyo', phone: '+52 800 911 2000' }).ok).toBe(true);
  });

  it('says when the file is not JSON at all', () => {
    expect(parseSupportConfig('{contacts: [')).toEqual({
      ok: false,
      problem: { kind: 'not-json' },
    });
  });
});
