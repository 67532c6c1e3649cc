import { useEffect } from 'react';
import type { Lang } from '../i18n/langs';
import { FairShell } from './FairShell';
import { KioskShell } from './KioskShell';
import { loadSettings } from './loadSettings';
import { useModeStore } from './modeStore';

/** The kiosk or fair layer over the normal screens (lazily loaded: normal visitors never download it). */
export default function ModeShell({ lang, narrationPlaying }: { lang: Lang; narrationPlaying: boolean }) {
  const mode = useModeStore((s) => s.mode);
  const settings = useModeStore((s) => s.settings);
  const startSearch = useModeStore((s) => s.startSearch);
  const set = useModeStore((s) => s.set);

  useEffect(() => {
    let live = true;
    void loadSettings(startSearch).then((s) => live && set({ settings: s }));
    return () => {
      live = false;
    };
  }, [startSearch, set]);

  if (!settings) return null;
  if (mode === 'kiosk')
    return <KioskShell settings={settings} lang={lang} narrationPlaying={narrationPlaying} />;
  if (mode === 'fair') return <FairShell settings={settings} lang={lang} />;
  return null;
}
