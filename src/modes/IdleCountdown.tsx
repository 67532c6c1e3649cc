import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** "Still there?": the seconds left before the kiosk starts over, and a big way to stay. */
export function IdleCountdown({
  seconds,
  total,
  onStay,
  onRestart,
}: {
  seconds: number;
  total: number;
  onStay: () => void;
  onRestart: () => void;
}) {
  const { t } = useTranslation();
  const stay = useRef<HTMLButtonElement>(null);
  useEffect(() => stay.current?.focus({ preventScroll: true }), []);
  const progress = total > 0 ? seconds / total : 0;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a touch anywhere means "I'm still here"; the dialog's buttons are the keyboard path
    // biome-ignore lint/a11y/useKeyWithClickEvents: any key already counts as activity
    <div className="kiosk-backdrop" onClick={(e) => e.target === e.currentTarget && onStay()}>
      <div
        className="kiosk-dialog kiosk-countdown"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="kiosk-countdown-title"
        aria-describedby="kiosk-countdown-text"
        data-testid="kiosk-countdown"
      >
        <div className="countdown-ring" aria-hidden="true" style={{ ['--p' as string]: progress }}>
          <span data-testid="kiosk-countdown-seconds">{seconds}</span>
        </div>
        <h2 id="kiosk-countdown-title">{t('kiosk.stillThere')}</h2>
        <p id="kiosk-countdown-text">
          <span className="visually-hidden">
            {seconds} {t('kiosk.seconds')}.{' '}
          </span>
          {t('kiosk.resetSoon')}
        </p>
        <div className="kiosk-dialog-actions">
          <button ref={stay} type="button" className="button button-primary kiosk-big" onClick={onStay}>
            {t('kiosk.stay')}
          </button>
          <button type="button" className="button kiosk-big" onClick={onRestart}>
            {t('kiosk.restart')}
          </button>
        </div>
      </div>
    </div>
  );
}
