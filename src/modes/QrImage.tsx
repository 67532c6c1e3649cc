import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** A QR code of a URL as an SVG image (drawn locally: no network). */
export function QrImage({ url, size, label }: { url: string; size: number; label: string }) {
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
  return (
    <img
      className="mode-qr"
      src={src ?? undefined}
      width={size}
      height={size}
      alt={label}
      data-testid="handoff-qr"
      data-url={url}
      style={src ? undefined : { visibility: 'hidden' }}
    />
  );
}
