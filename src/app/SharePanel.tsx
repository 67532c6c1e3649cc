import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useModeStore } from '../modes/modeStore';
import { useQrDataUrl } from '../ui/useQrDataUrl';

/** Copy link, the device's share sheet, and a QR code of this page's URL in the current language. */
export function SharePanel({ path, title }: { path: string; title: string }) {
  const { t } = useTranslation();
  // A kiosk has no clipboard or share sheet for the visitor: only the QR code, on the public base URL.
  const kiosk = useModeStore((s) => s.mode === 'kiosk');
  const qrBase = useModeStore((s) => s.settings?.qrBase);
  const url = new URL(path, kiosk && qrBase ? qrBase : window.location.origin).href;
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const inputId = useId();

  const qr = useQrDataUrl(url);
  // A new URL (language switch, another site) starts with a fresh copy button.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset whenever the URL changes
  useEffect(() => {
    setCopyState('idle');
  }, [url]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
      (document.getElementById(inputId) as HTMLInputElement | null)?.select();
    }
  };
  const canShare = typeof navigator.share === 'function';

  return (
    <section className="card share" aria-labelledby="share-h">
      <h2 id="share-h">{t('site.share')}</h2>
      {kiosk ? (
        <p>{t('kiosk.shareHint')}</p>
      ) : (
        <>
          <label htmlFor={inputId} className="visually-hidden">
            {t('site.share')}
          </label>
          <input
            id={inputId}
            className="share-url"
            value={url}
            readOnly
            onFocus={(e) => e.currentTarget.select()}
          />
          <div className="share-actions">
            <button type="button" className="button button-primary" onClick={copy} data-testid="copy-link">
              {t('site.copyLink')}
            </button>
            {canShare && (
              <button
                type="button"
                className="button"
                onClick={() => void navigator.share({ title, url }).catch(() => undefined)}
              >
                {t('site.shareVia')}
              </button>
            )}
          </div>
          <p className="copy-status" role="status">
            {copyState === 'copied' ? t('site.copied') : copyState === 'failed' ? t('site.copyFailed') : ''}
          </p>
        </>
      )}
      {qr && (
        <figure className="qr">
          <img src={qr} width={176} height={176} alt={`QR: ${url}`} data-testid="share-qr" data-url={url} />
          <figcaption>{t('site.qr')}</figcaption>
        </figure>
      )}
    </section>
  );
}
