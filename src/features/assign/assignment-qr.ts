/**
 * QR codes for assignment links, from the maintained `qrcode` library (not a home-made encoder).
 * Error correction M (survives ~15% damage: a creased handout); at most version 10 (57 × 57
 * modules), which a phone camera reads from a printed page at arm's length (DESIGN §8.11).
 */
import QRCode from 'qrcode';

export const MAX_QR_VERSION = 10;
const OPTIONS = { errorCorrectionLevel: 'M' } as const;

/** The smallest QR version that holds the text at level M. */
export const qrVersion = (text: string): number => QRCode.create(text, OPTIONS).version;

export const fitsQr = (text: string): boolean => qrVersion(text) <= MAX_QR_VERSION;

/** An SVG image of the code, with the standard four-module quiet zone. */
export const qrSvg = (text: string): Promise<string> =>
  QRCode.toString(text, {
    ...OPTIONS,
    type: 'svg',
    margin: 4,
    color: { dark: '#000000', light: '#ffffff' },
  });
