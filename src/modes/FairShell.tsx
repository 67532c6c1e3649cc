import './fair.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ITINERARIES } from '../content/itineraries';
import { getSiteSummary } from '../content/siteIndex';
import type { Lang } from '../i18n/langs';
import { handoffUrl } from './handoffUrl';
import { type ModeSettings, useModeStore } from './modeStore';
import { presenterAction } from './presenterAction';
import { QrImage } from './QrImage';

interface Step {
  index: number;
  phase: 'flight' | 'site';
  lang: Lang;
  /** Changes on every step, so returning to the same one replays it. */
  key: number;
}

function nextLang(langs: readonly Lang[], lang: Lang): Lang {
  return langs[(langs.indexOf(lang) + 1) % langs.length] ?? lang;
}

/**
 * Fair mode: plays an itinerary hands-free — map flight to each site, then its page with the narration
 * (which drives the camera) until it ends; loops, optionally in the next language. Presenter keys steer it.
 */
export function FairShell({ settings, lang }: { settings: ModeSettings; lang: Lang }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const set = useModeStore((s) => s.set);
  const hold = useModeStore((s) => s.hold);
  const tour = ITINERARIES.find((i) => i.id === settings.tour) ?? ITINERARIES[0];
  const siteIds = useMemo(() => (tour?.siteIds ?? []).filter((id) => getSiteSummary(id)), [tour]);
  const count = siteIds.length;
  const langs = useMemo(
    () => (settings.langs.includes(lang) ? settings.langs : [lang, ...settings.langs]),
    [settings.langs, lang],
  );
  const [step, setStep] = useState<Step>({ index: 0, phase: 'flight', lang, key: 0 });
  const stepRef = useRef(step);
  stepRef.current = step;
  const siteId = siteIds[step.index % Math.max(1, count)];

  useEffect(() => {
    if (settings.tour && !ITINERARIES.some((i) => i.id === settings.tour)) {
      console.error(`[xl3d modes] "tour": "${settings.tour}" is not an itinerary id; playing "${tour?.id}".`);
    }
    document.documentElement.classList.add('fair');
    set({ autoplay: true, hold: false });
    return () => {
      document.documentElement.classList.remove('fair');
      set({ autoplay: false, hold: false, flight: null });
    };
  }, [set, settings.tour, tour?.id]);

  // Each step: the map flies to the site, or the site page opens (its narration autoplays).
  // biome-ignore lint/correctness/useExhaustiveDependencies: one navigation per step
  useEffect(() => {
    if (!siteId) return;
    if (step.phase === 'flight') {
      navigate(`/${step.lang}?site=${siteId}`, { replace: true });
      set({ flight: { siteId, key: Date.now() } });
    } else {
      navigate(`/${step.lang}/sites/${siteId}`, { replace: true });
    }
  }, [step]);

  const go = useCallback(
    (delta: number) =>
      setStep((s) => {
        const index = (s.index + delta + count) % Math.max(1, count);
        const wrapped = delta > 0 && index === 0;
        return {
          index,
          phase: 'flight',
          lang: wrapped && settings.cycleLangs ? nextLang(langs, s.lang) : s.lang,
          key: s.key + 1,
        };
      }),
    [count, settings.cycleLangs, langs],
  );

  // The flight lasts a few seconds (longer while the presenter holds the show).
  useEffect(() => {
    if (step.phase !== 'flight' || hold) return;
    const timer = window.setTimeout(
      () => setStep((s) => ({ ...s, phase: 'site', key: s.key + 1 })),
      settings.flight * 1000,
    );
    return () => window.clearTimeout(timer);
  }, [step, hold, settings.flight]);

  // The narration ended on the site on screen: next site.
  useEffect(
    () =>
      useModeStore.subscribe((s, prev) => {
        const now = stepRef.current;
        if (
          s.ended &&
          s.ended !== prev.ended &&
          now.phase === 'site' &&
          s.ended.siteId === siteIds[now.index]
        )
          go(1);
      }),
    [go, siteIds],
  );

  // Presenter keys (a clicker sends PageDown/PageUp, "b" or "."), before the 3D viewer's own arrow keys.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement | null;
      if (el?.closest?.('input, textarea, select, [contenteditable="true"]')) return;
      const action = presenterAction(e);
      if (!action) return;
      e.preventDefault();
      e.stopPropagation();
      switch (action) {
        case 'next':
          go(1);
          break;
        case 'previous':
          go(-1);
          break;
        case 'pause':
          set({ hold: !useModeStore.getState().hold });
          break;
        case 'language':
          setStep((s) => ({ ...s, lang: nextLang(langs, s.lang), key: s.key + 1 }));
          break;
        case 'fullscreen':
          if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
          else void document.documentElement.requestFullscreen?.().catch(() => undefined);
          break;
        case 'exit':
          if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
          set({ mode: 'normal' });
          break;
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [go, set, langs]);

  const site = siteId ? getSiteSummary(siteId) : undefined;
  if (!site) return null;
  const phoneUrl = handoffUrl(`/${lang}/sites/${site.id}`, '', '', settings.qrBase);
  return (
    <aside
      className="fair-hud"
      aria-label={t('fair.label')}
      data-testid="fair-hud"
      data-site={site.id}
      data-phase={step.phase}
      data-held={hold ? 'true' : 'false'}
    >
      <div className="fair-qr">
        <QrImage url={phoneUrl} size={148} label={`QR: ${phoneUrl}`} />
        <p className="fair-qr-text">
          <strong>{t('fair.continue')}</strong>
          <span>{site.name[lang]}</span>
        </p>
      </div>
      <p className="fair-progress" data-testid="fair-progress">
        {t('fair.siteOf', { current: step.index + 1, total: count })}
      </p>
      {hold && (
        <div className="fair-paused" role="status">
          <strong>{t('fair.paused')}</strong>
          <span>{t('fair.keys')}</span>
        </div>
      )}
    </aside>
  );
}
