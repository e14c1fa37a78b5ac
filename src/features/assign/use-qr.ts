import { useAsync } from '../../ui/use-async';
import { qrSvg } from './assignment-qr';

/** The QR code of a text as an SVG data URL (an <img> keeps the CSP free of inline markup). */
export function useQrImage(text: string | undefined): string | undefined {
  const [svg] = useAsync(async () => (text ? qrSvg(text) : undefined), [text]);
  return svg.status === 'ready' && svg.value
    ? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.value)}`
    : undefined;
}
