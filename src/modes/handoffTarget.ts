/** What a kiosk does instead of following a link that would leave the app. */
export interface Handoff {
  kind: 'web' | 'tel' | 'mailto' | 'geo' | 'other';
  /** What to show beside the QR code: the number, address or URL. */
  display: string;
}

/**
 * The link-interception rule: a link to another origin or another scheme (tel:, mailto:, geo:…)
 * becomes a hand-off; a link inside the app (or a same-page #fragment) is left alone (null).
 */
export function handoffTarget(href: string, origin: string): Handoff | null {
  let url: URL;
  try {
    url = new URL(href, origin);
  } catch {
    return { kind: 'other', display: href };
  }
  switch (url.protocol) {
    case 'http:':
    case 'https:':
      return url.origin === origin ? null : { kind: 'web', display: url.href };
    case 'tel:':
      return { kind: 'tel', display: decodeURIComponent(url.pathname) };
    case 'mailto:':
      return { kind: 'mailto', display: decodeURIComponent(url.pathname) };
    case 'geo:':
      return { kind: 'geo', display: decodeURIComponent(url.pathname) };
    default:
      return { kind: 'other', display: url.href };
  }
}
