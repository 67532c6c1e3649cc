import { useQrDataUrl } from '../ui/useQrDataUrl';

/** A QR code of a URL as an SVG image (drawn locally: no network). */
export function QrImage({ url, size, label }: { url: string; size: number; label: string }) {
  const src = useQrDataUrl(url);
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
