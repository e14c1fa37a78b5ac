import { describe, expect, it } from 'vitest';
import type { Assignment } from './assignment';
import {
  assignmentLink,
  decodeAssignment,
  encodeAssignment,
  MAX_PAYLOAD_LENGTH,
  payloadOf,
} from './assignment-link';
import { crc32 } from './crc32';

const base: Assignment = {
  id: 'k3x9q2m7za',
  revision: 1,
  cohort: 'Guardia Nacional — Reynosa, dic. 2026',
  modules: ['orientation-first-contact', 'triage-safehouse', 'hospital-dispersion'],
  due: '2026-12-18',
  passMark: 0.8,
  language: 'es',
  mode: 'assessed',
  feedback: 'end',
  contacts: [{ name: 'Línea de la Vida', phone: '800 911 2000' }],
};

const encode = (a: Assignment) => {
  const r = encodeAssignment(a);
  if (!r.ok) throw new Error('did not encode');
  return r.payload;
};

describe('assignment links', () => {
  it('CRC-32 matches the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('round-trips an assignment through its link', () => {
    const payload = encode(base);
    expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeAssignment(payload)).toEqual({ ok: true, value: base });
    const link = assignmentLink('https://acompana.example.org/app/#/', payload);
    expect(link).toBe(`https://acompana.example.org/app/#/a/${payload}`);
    expect(payloadOf(link)).toBe(payload);
  });

  it('round-trips every option: trainee choice of language, practice, LRS, contacts with addresses', () => {
    const a: Assignment = {
      ...base,
      revision: 4,
      language: 'choice',
      mode: 'practice',
      feedback: 'immediate',
      passMark: 0.65,
      contacts: [
        { name: 'Apoyo psicológico', url: 'https://apoyo.example.mx' },
        { name: 'Coordinación', phone: '55 1234 5678', url: 'https://c.example.mx' },
      ],
      contactsRef: 'https://apoyo.example.mx/contactos',
      lrs: { endpoint: 'https://lrs.example.org/xAPI/', key: 'd3JpdGVyOnNlY3JldA' },
    };
    const { due: _due, ...noDue } = a;
    expect(decodeAssignment(encode(a))).toEqual({ ok: true, value: a });
    expect(decodeAssignment(encode(noDue))).toEqual({ ok: true, value: noDue });
  });

  it('keeps all seven modules in a short link, thanks to the preset dictionary', () => {
    const all = {
      ...base,
      modules: [
        'sample-first-hour',
        'orientation-first-contact',
        'triage-safehouse',
        'hospital-dispersion',
        'identification-reunification',
        'interviewing-without-revictimization',
        'integrated-operation',
      ],
    };
    const payload = encode(all);
    expect(payload.length).toBeLessThan(140);
    expect(JSON.stringify(all.modules).length).toBeGreaterThan(180);
  });

  it('references support contacts instead of embedding them when they do not fit', () => {
    const many: Assignment = {
      ...base,
      contacts: [
        'Unidad de Atención Psicosocial, Reynosa',
        'Refugio temporal Casa Nueva Esperanza',
        'Defensoría de derechos humanos, guardia nocturna',
        'Consulado de Honduras, protección consular',
        'Médicos voluntarios del albergue municipal',
      ].map((name, i) => ({ name, phone: `${81 + i} ${4127 + i * 379} ${9053 - i * 613}` })),
      contactsRef: 'https://apoyo.example.mx/contactos',
    };
    const r = encodeAssignment(many);
    expect(r).toMatchObject({ ok: true, contactsReferenced: true });
    if (!r.ok) return;
    expect(r.payload.length).toBeLessThanOrEqual(MAX_PAYLOAD_LENGTH);
    const back = decodeAssignment(r.payload);
    expect(back).toMatchObject({
      ok: true,
      value: { contacts: [], contactsRef: 'https://apoyo.example.mx/contactos' },
    });
  });

  it('applies the caller’s limit as well (the QR version)', () => {
    expect(encodeAssignment({ ...base, contacts: [] }, (p) => p.length < 20)).toMatchObject({
      ok: false,
      issue: { kind: 'too-long', max: MAX_PAYLOAD_LENGTH },
    });
  });

  it('refuses a truncated link and says how much is missing', () => {
    const payload = encode(base);
    const r = decodeAssignment(payload.slice(0, -9));
    expect(r).toEqual({
      ok: false,
      issue: { kind: 'truncated', have: payload.length - 9, need: payload.length },
    });
  });

  it('refuses a link with a changed character as damaged (checksum)', () => {
    const payload = encode(base);
    for (const at of [5, 20, payload.length - 2]) {
      const ch = payload[at] === 'A' ? 'B' : 'A';
      const edited = payload.slice(0, at) + ch + payload.slice(at + 1);
      expect(decodeAssignment(edited)).toEqual({ ok: false, issue: { kind: 'damaged' } });
    }
  });

  it('opens a link with the sentence’s punctuation stuck to its end', () => {
    const payload = encode(base);
    for (const tail of ['.', ').', '»', ',', '!'])
      expect(decodeAssignment(payload + tail)).toEqual({ ok: true, value: base });
  });

  it('names a character that cannot be in a link, and where', () => {
    const payload = encode(base);
    expect(decodeAssignment(payload.slice(0, 10) + '%' + payload.slice(11))).toEqual({
      ok: false,
      issue: { kind: 'bad-character', character: '%', position: 11 },
    });
  });

  it('refuses extra characters, an empty or overlong link and a newer format', () => {
    const payload = encode(base);
    expect(decodeAssignment(payload + 'AAAA')).toMatchObject({
      ok: false,
      issue: { kind: 'extra-characters' },
    });
    expect(decodeAssignment('')).toEqual({ ok: false, issue: { kind: 'empty' } });
    expect(decodeAssignment('A'.repeat(301))).toMatchObject({
      ok: false,
      issue: { kind: 'too-long', length: 301 },
    });
    expect(decodeAssignment('AgAA')).toEqual({
      ok: false,
      issue: { kind: 'newer-format', format: 2 },
    });
    expect(decodeAssignment('AAAA')).toEqual({ ok: false, issue: { kind: 'not-a-link' } });
  });

  it('refuses a deliberately edited link whose checksum was recomputed when a field is invalid', async () => {
    // What a checksum cannot stop: a valid edit passes. A schema violation is still refused.
    const { deflateSync } = await import('fflate');
    const { LINK_DICTIONARY_V1 } = await import('./link-dictionary');
    const forge = (obj: unknown) => {
      const body = deflateSync(new TextEncoder().encode(JSON.stringify(obj)), {
        dictionary: LINK_DICTIONARY_V1,
      });
      const bytes = new Uint8Array(body.length + 6);
      bytes[0] = 1;
      bytes[1] = body.length;
      bytes.set(body, 2);
      new DataView(bytes.buffer).setUint32(body.length + 2, crc32(bytes.subarray(0, -4)));
      return btoa(String.fromCharCode(...bytes))
        .replace(/\+/g, '-')
        .replace(/\//g, '_')
        .replace(/=+$/, '');
    };
    const ok = {
      i: 'k3x9q2m7za',
      r: 1,
      c: 'x',
      m: ['triage-safehouse'],
      p: 80,
      l: 'es',
      o: 'a',
      f: 'e',
    };
    expect(decodeAssignment(forge({ ...ok, p: 0 }))).toMatchObject({ ok: true });
    expect(decodeAssignment(forge({ ...ok, p: 180 }))).toEqual({
      ok: false,
      issue: { kind: 'invalid-field', field: 'passMark', problem: 'out-of-range' },
    });
    expect(decodeAssignment(forge({ ...ok, m: [] }))).toEqual({
      ok: false,
      issue: { kind: 'invalid-field', field: 'modules', problem: 'out-of-range' },
    });
    const { o: _o, ...noMode } = ok;
    expect(decodeAssignment(forge(noMode))).toEqual({
      ok: false,
      issue: { kind: 'invalid-field', field: 'mode', problem: 'missing' },
    });
    expect(decodeAssignment(forge({ ...ok, d: '2026-13-01' }))).toEqual({
      ok: false,
      issue: { kind: 'invalid-field', field: 'due', problem: 'not-allowed' },
    });
  });
});
