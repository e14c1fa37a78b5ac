import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import jsQR from 'jsqr';
import { assignmentLink, encodeAssignment } from '../../records/assignment-link';
import type { Assignment } from '../../records/assignment';
import { fitsQr, MAX_QR_VERSION, qrSvg, qrVersion } from './assignment-qr';
import { buildLink } from './assign-data';

/** Paints the library's module matrix as pixels (4 px a module, quiet zone 4) for jsQR to read. */
function decode(text: string): string | undefined {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const scale = 4;
  const quiet = 4;
  const size = (modules.size + 2 * quiet) * scale;
  const px = new Uint8ClampedArray(size * size * 4).fill(255);
  for (let y = 0; y < modules.size; y++)
    for (let x = 0; x < modules.size; x++) {
      if (!modules.get(y, x)) continue;
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < scale; dx++) {
          const i = (((y + quiet) * scale + dy) * size + (x + quiet) * scale + dx) * 4;
          px[i] = px[i + 1] = px[i + 2] = 0;
        }
    }
  return jsQR(px, size, size)?.data;
}

const assignment: Assignment = {
  id: 'q8w7e6r5t4',
  revision: 3,
  cohort: 'Comisión Estatal de Búsqueda — Nuevo León',
  modules: ['orientation-first-contact', 'identification-reunification', 'integrated-operation'],
  due: '2027-02-28',
  passMark: 0.75,
  language: 'es',
  mode: 'assessed',
  feedback: 'immediate',
  contacts: [
    { name: 'Línea de la Vida', phone: '800 911 2000' },
    { name: 'Coordinación estatal', phone: '81 2020 3030' },
  ],
};
const ADDRESS = 'https://acompana.example.org/capacitacion/';

describe('assignment QR codes', () => {
  it('an assignment link fits a version ≤ 10 code at level M, and jsQR decodes it back to the link', () => {
    const built = buildLink(assignment, ADDRESS);
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.qrVersion).toBeLessThanOrEqual(MAX_QR_VERSION);
    expect(decode(built.link)).toBe(built.link);
  });

  it('an assignment with an LRS key still fits, or the builder refuses it; never a denser code', () => {
    const withLrs = {
      ...assignment,
      lrs: {
        endpoint: 'https://lrs.example.org/xAPI/',
        key: 'ZmRhMzQ1NjdhYmNkZWY6OTg3NjU0MzIxMGZl',
      },
    };
    const built = buildLink(withLrs, ADDRESS);
    if (built.ok) {
      expect(qrVersion(built.link)).toBeLessThanOrEqual(MAX_QR_VERSION);
      expect(decode(built.link)).toBe(built.link);
    } else expect(built.length).toBeGreaterThan(0);
  });

  it('a link over version 10 does not fit', () => {
    const r = encodeAssignment(assignment);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(fitsQr(assignmentLink(ADDRESS, r.payload))).toBe(true);
    expect(fitsQr(`${ADDRESS}#/a/${'x'.repeat(214)}`)).toBe(false);
  });

  it('renders an SVG image', async () => {
    const svg = await qrSvg('https://acompana.example.org/#/a/AQ');
    expect(svg).toMatch(/^<svg [^>]*viewBox/);
  });
});
