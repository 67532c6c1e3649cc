import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SiteSummary } from '../content/siteIndex';
import { HTML_LANG, type Lang } from '../i18n/langs';

/**
 * The kiosk's attract loop: the map (behind) flies from site to site while the site's poster slowly
 * zooms and its name and summary show in every offered language. Any touch or key ends it.
 */
export function AttractLoop({
  sites,
  langs,
  seconds,
  onShow,
  onTouch,
}: {
  sites: readonly SiteSummary[];
  langs: readonly Lang[];
  seconds: number;
  /** Each site as it comes on screen (the shell asks the map to fly there). */
  onShow: (site: SiteSummary) => void;
  onTouch: () => void;
}) {
  const { i18n } = useTranslation();
  const [index, setIndex] = useState(0);
  const site = sites[index % Math.max(1, sites.length)];
  const button = useRef<HTMLButtonElement>(null);
  const show = useRef(onShow);
  show.current = onShow;

  useEffect(() => {
    if (sites.length < 2) return;
    const timer = window.setInterval(() => setIndex((i) => (i + 1) % sites.length), seconds * 1000);
    return () => window.clearInterval(timer);
  }, [sites.length, seconds]);

  useEffect(() => {
    if (site) show.current(site);
  }, [site]);

  useEffect(() => {
    button.current?.focus({ preventScroll: true });
    const onKey = (e: KeyboardEvent) => {
      e.preventDefault();
      onTouch();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onTouch]);

  if (!site) return null;
  const base = import.meta.env.BASE_URL;
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: any key on the window ends the loop (see above); the button is the focusable way
    <section
      className="kiosk-attract"
      data-testid="kiosk-attract"
      data-site={site.id}
      aria-label={i18n.getFixedT(langs[0] ?? 'vi')('kiosk.attractLabel')}
      // A click, not pointerdown: the language chooser must not receive this touch's click.
      onClick={onTouch}
    >
      <div className="attract-brand" aria-hidden="true">
        <svg viewBox="0 0 64 64" width="44" height="44" aria-hidden="true">
          <rect width="64" height="64" rx="14" fill="#F4F1EA" />
          <path d="M6 50 L20 22 L28 36 L36 16 L58 50 Z" fill="#1F4E3D" />
          <circle cx="46" cy="18" r="5" fill="#D9A441" />
        </svg>
        <span>Xứ Lạng 3D</span>
      </div>
      <article className="attract-card" key={site.id} style={{ ['--kb' as string]: `${seconds + 2}s` }}>
        {site.poster && (
          <div className="attract-poster">
            <img src={`${base}${site.poster}`} alt="" width={1280} height={576} />
          </div>
        )}
        <div className="attract-captions">
          {langs.map((l) => (
            <div key={l} className="attract-caption" lang={HTML_LANG[l]}>
              <h2>{site.name[l]}</h2>
              <p>{site.summary[l]}</p>
            </div>
          ))}
        </div>
        {sites.length > 1 && (
          <ol className="attract-dots" aria-hidden="true">
            {sites.map((s, i) => (
              <li key={s.id} className={i === index ? 'current' : undefined} />
            ))}
          </ol>
        )}
      </article>
      {/* The section's click handler answers it (a touch anywhere does the same). */}
      <button ref={button} type="button" className="attract-touch">
        <span className="attract-touch-icon" aria-hidden="true">
          <svg viewBox="0 0 24 24" width="34" height="34" aria-hidden="true">
            <path
              d="M9 11V5.5a1.5 1.5 0 0 1 3 0V10l4.6.9a2 2 0 0 1 1.6 2.3l-.9 5A2 2 0 0 1 15.3 20H11a2 2 0 0 1-1.6-.8L5.6 14a1.4 1.4 0 0 1 2-2z"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.8"
              strokeLinejoin="round"
            />
          </svg>
        </span>
        {langs.map((l) => (
          <span key={l} lang={HTML_LANG[l]} className="attract-touch-text">
            {i18n.getFixedT(l)('kiosk.touch')}
          </span>
        ))}
      </button>
    </section>
  );
}
