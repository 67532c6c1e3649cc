import './kiosk.css';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { SiteSummary } from '../content/siteIndex';
import type { Lang } from '../i18n/langs';
import { AttractLoop } from './AttractLoop';
import { applyWaitingUpdate } from './applyWaitingUpdate';
import { attractSites, startPath } from './attractSites';
import type { Handoff } from './handoffTarget';
import { handoffUrl } from './handoffUrl';
import { IdleCountdown } from './IdleCountdown';
import { LanguageChooser } from './LanguageChooser';
import { type ModeSettings, useModeStore } from './modeStore';
import { QrHandoff } from './QrHandoff';
import { resetKiosk } from './resetKiosk';
import { useHandoffInterceptor } from './useHandoffInterceptor';
import { useIdleWatcher } from './useIdleWatcher';
import { useKioskLockdown } from './useKioskLockdown';

type Phase = 'attract' | 'choose' | 'visit';

/** Where the attract loop's card and button sit, so the map centres the site in the space left. */
function attractPadding() {
  const w = window.innerWidth;
  const h = window.innerHeight;
  return w >= h
    ? { top: 80, right: 60, bottom: 60, left: Math.min(880, w * 0.5) }
    : { top: 80, right: 24, bottom: Math.round(h * 0.6), left: 24 };
}

/** Kiosk mode around the normal screens: attract loop → language → visit; idle countdown → full reset. */
export function KioskShell({
  settings,
  lang,
  narrationPlaying,
}: {
  settings: ModeSettings;
  lang: Lang;
  narrationPlaying: boolean;
}) {
  const navigate = useNavigate();
  const location = useLocation();
  const startSearch = useModeStore((s) => s.startSearch);
  const setMode = useModeStore((s) => s.set);
  const [phase, setPhase] = useState<Phase>('attract');
  const [handoff, setHandoff] = useState<Handoff | null>(null);
  const defaultLang = settings.langs[0] ?? 'vi';
  const sites = useMemo(() => attractSites(settings.start), [settings.start]);

  useKioskLockdown(true);

  // The attract loop plays on the map page in the default language, at the start URL (a reload keeps the kiosk).
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the attract loop begins
  useEffect(() => {
    if (phase !== 'attract') return;
    document.documentElement.classList.add('kiosk-attract');
    const here = `${location.pathname}${location.search}`;
    if (here !== `/${defaultLang}${startSearch}`)
      navigate(`/${defaultLang}${startSearch}`, { replace: true });
    return () => document.documentElement.classList.remove('kiosk-attract');
  }, [phase]);

  const onShow = useCallback(
    (site: SiteSummary) => {
      setMode({ flight: { siteId: site.id, key: Date.now(), padding: attractPadding() } });
      // Nobody is using the kiosk: the moment to take a new version of the app.
      void applyWaitingUpdate();
    },
    [setMode],
  );

  const choose = useCallback(
    (l: Lang) => {
      setMode({ flight: null });
      setPhase('visit');
      navigate(startPath(settings.start, l));
    },
    [navigate, setMode, settings.start],
  );
  const touch = useCallback(() => {
    if (settings.langs.length === 1) choose(defaultLang);
    else setPhase('choose');
  }, [settings.langs.length, choose, defaultLang]);

  const reset = useCallback(() => resetKiosk(startSearch, defaultLang), [startSearch, defaultLang]);
  const { countdown, stay } = useIdleWatcher({
    enabled: phase !== 'attract',
    held: narrationPlaying,
    idleSeconds: settings.idle,
    countdownSeconds: settings.countdown,
    onExpire: reset,
  });

  useHandoffInterceptor(true, setHandoff, (path) => navigate(path));
  const closeHandoff = useCallback(() => setHandoff(null), []);

  return (
    <>
      {phase === 'attract' && (
        <AttractLoop
          sites={sites}
          langs={settings.langs}
          seconds={settings.attract}
          onShow={onShow}
          onTouch={touch}
        />
      )}
      {phase === 'choose' && <LanguageChooser langs={settings.langs} onChoose={choose} />}
      {handoff && phase === 'visit' && (
        <QrHandoff
          handoff={handoff}
          url={handoffUrl(location.pathname, location.search, location.hash, settings.qrBase)}
          lang={lang}
          langs={settings.langs}
          onClose={closeHandoff}
        />
      )}
      {countdown !== null && (
        <IdleCountdown seconds={countdown} total={settings.countdown} onStay={stay} onRestart={reset} />
      )}
    </>
  );
}
