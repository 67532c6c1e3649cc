import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** A QR code of `url` as an SVG data URL, drawn locally (no network); null until ready or on failure. */
export function useQrDataUrl(url: string): string | null {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toString(url, {
      type: 'svg',
      margin: 1,
      errorCorrectionLevel: 'M',
      color: { dark: '#1E1E1E', light: '#FFFFFF' },
    })
      .then((svg) => live && setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`))
      .catch(() => live && setSrc(null));
    return () => {
      live = false;
    };
  }, [url]);
  return src;
}
