import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testI18n } from '../i18n/test-i18n';
import { SupportNote } from './support-note';

const serve = (body: string, status = 200) =>
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, { status })),
  );

const renderNote = (lng: 'es' | 'en', variant?: 'settings') =>
  render(
    <I18nextProvider i18n={testI18n(lng)}>
      <SupportNote {...(variant ? { variant } : {})} />
    </I18nextProvider>,
  );

afterEach(() => vi.unstubAllGlobals());

describe('support note (review L7: a broken contacts file shows a message, no crash)', () => {
  it('lists the contacts of a valid file', async () => {
    serve(
      JSON.stringify({ contacts: [{ name: { es: 'Línea', en: 'Line' }, phone: '800 911 2000' }] }),
    );
    renderNote('en');
    expect(await screen.findByText('Line')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '800 911 2000' })).toHaveAttribute(
      'href',
      'tel:8009112000',
    );
  });

  it('names the wrong field of a file without contacts, in Spanish', async () => {
    serve('{"organization":{"es":"x","en":"y"}}');
    renderNote('es');
    expect(await screen.findByTestId('support-problem')).toHaveTextContent(
      'No se pueden mostrar los contactos de apoyo: el archivo support-contacts.json tiene un error en «contacts». Pídelos a tu coordinación.',
    );
    expect(screen.getByRole('heading', { name: 'Tómate un momento' })).toBeInTheDocument();
  });

  it('says so when the file is missing or not JSON', async () => {
    serve('not found', 404);
    renderNote('en');
    expect(await screen.findByTestId('support-problem')).toHaveTextContent(
      'could not be loaded (error 404)',
    );
  });

  it('hides a contact with neither phone nor web address, and speaks of the training in settings (review item 17)', async () => {
    serve(
      JSON.stringify({
        contacts: [
          { name: { es: 'Línea', en: 'Line' }, phone: '800 911 2000' },
          {
            name: { es: 'Apoyo de tu equipo (configurar)', en: 'Team support (to configure)' },
            hours: { es: 'Pregunta a tu coordinación', en: 'Ask your coordinator' },
          },
        ],
      }),
    );
    renderNote('es', 'settings');
    expect(await screen.findByText('Línea')).toBeInTheDocument();
    expect(screen.queryByText(/configurar/)).toBeNull();
    expect(screen.getByRole('heading', { name: 'Apoyo si lo necesitas' })).toBeInTheDocument();
    expect(screen.queryByText(/Este módulo/)).toBeNull();
  });
});
