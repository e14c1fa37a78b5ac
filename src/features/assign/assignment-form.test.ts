import { describe, expect, it } from 'vitest';
import { emptyForm, formOf, readForm, type AssignmentForm } from './assignment-form';

const filled = (patch: Partial<AssignmentForm> = {}): AssignmentForm => ({
  ...emptyForm(),
  cohort: '  Cruz Roja — Matamoros ',
  modules: ['triage-safehouse'],
  due: '2026-12-31',
  ...patch,
});

describe('the assignment form', () => {
  it('reads a filled form into a draft, trimming text and turning percent into a fraction', () => {
    const r = readForm(
      filled({
        passMark: '75',
        contacts: [
          { name: ' Línea de la Vida ', phone: '800 911 2000', url: '' },
          { name: '', phone: '', url: '' },
        ],
        lrsEndpoint: 'https://lrs.example.org/xAPI/',
        lrsKey: 'abc',
      }),
    );
    expect(r).toEqual({
      ok: true,
      draft: {
        cohort: 'Cruz Roja — Matamoros',
        modules: ['triage-safehouse'],
        due: '2026-12-31',
        passMark: 0.75,
        language: 'choice',
        mode: 'assessed',
        feedback: 'end',
        contacts: [{ name: 'Línea de la Vida', phone: '800 911 2000' }],
        lrs: { endpoint: 'https://lrs.example.org/xAPI/', key: 'abc' },
      },
    });
  });

  it('names every problem at once, and the form keeps what was typed', () => {
    const form = filled({
      cohort: 'x'.repeat(61),
      modules: [],
      due: '2026-02-30',
      passMark: '101',
      contacts: [{ name: '', phone: '55 1234', url: 'http://inseguro.mx' }],
      contactsRef: 'ftp://x',
      lrsEndpoint: 'https://lrs.example.org/',
    });
    const r = readForm(form);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.kind)).toEqual([
      'cohortTooLong',
      'modules',
      'due',
      'passMark',
      'contactName',
      'contactUrl',
      'contactsRef',
      'lrsBoth',
    ]);
    expect(form.cohort).toHaveLength(61);
  });

  it('practice always gives feedback at once; http is allowed for an LRS on this machine only', () => {
    const r = readForm(
      filled({
        mode: 'practice',
        feedback: 'end',
        lrsEndpoint: 'http://127.0.0.1:8089/xAPI/',
        lrsKey: 'k',
      }),
    );
    expect(r).toMatchObject({ ok: true, draft: { mode: 'practice', feedback: 'immediate' } });
    expect(readForm(filled({ lrsEndpoint: 'http://lrs.example.org/', lrsKey: 'k' }))).toMatchObject(
      {
        ok: false,
        errors: [{ kind: 'lrsEndpoint' }],
      },
    );
  });

  it('an edit starts from the saved assignment', () => {
    const r = readForm(filled());
    if (!r.ok) throw new Error('invalid');
    const again = readForm(formOf({ ...r.draft, id: 'abcdefghij', revision: 2 }));
    expect(again).toEqual(r);
  });
});
