import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { HTML_LANG, type Lang } from '../i18n/langs';
import type { Handoff } from './handoffTarget';
import { QrImage } from './QrImage';

const NOTE = { web: 'kiosk.handoffWeb', tel: 'kiosk.handoffTel', mailto: 'kiosk.handoffMail' } as const;

/** Instead of leaving the kiosk: a QR code that opens this same screen on the visitor's phone. */
export function QrHandoff({
  handoff,
  url,
  lang,
  langs,
  onClose,
}: {
  handoff: Handoff;
  /** The current screen on the public base URL. */
  url: string;
  lang: Lang;
  langs: readonly Lang[];
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const close = useRef<HTMLButtonElement>(null);
  const back = useRef<Element | null>(document.activeElement);
  useEffect(() => {
    close.current?.focus({ preventScroll: true });
    const previous = back.current;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      if (previous instanceof HTMLElement) previous.focus({ preventScroll: true });
    };
  }, [onClose]);
  const others = langs.filter((l) => l !== lang);
  const note =
    handoff.kind === 'web' || handoff.kind === 'tel' || handoff.kind === 'mailto'
      ? t(NOTE[handoff.kind])
      : t('kiosk.handoffGeo');
  const showValue = handoff.kind === 'web' || handoff.kind === 'tel' || handoff.kind === 'mailto';
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the backdrop closes on a touch; Escape and the button do the same
    // biome-ignore lint/a11y/useKeyWithClickEvents: Escape is handled on the window
    <div className="kiosk-backdrop" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div
        className="kiosk-dialog kiosk-handoff"
        role="dialog"
        aria-modal="true"
        aria-labelledby="kiosk-handoff-title"
        data-testid="kiosk-handoff"
        data-kind={handoff.kind}
      >
        <div className="handoff-qr">
          <QrImage url={url} size={280} label={`QR: ${url}`} />
        </div>
        <div className="handoff-text">
          <h2 id="kiosk-handoff-title">{t('kiosk.handoffTitle')}</h2>
          {others.map((l) => (
            <p key={l} className="handoff-other" lang={HTML_LANG[l]}>
              {i18n.getFixedT(l)('kiosk.handoffTitle')}
            </p>
          ))}
          <p className="handoff-note">{note}</p>
          {showValue && (
            <p className="handoff-value" data-testid="handoff-value">
              {handoff.display}
            </p>
          )}
          <button ref={close} type="button" className="button button-primary kiosk-big" onClick={onClose}>
            {t('kiosk.close')}
          </button>
        </div>
      </div>
    </div>
  );
}
