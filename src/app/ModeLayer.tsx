import type { Lang } from '../i18n/langs';
import ModeShell from '../modes/ModeShell';
import { useNarrationPosition } from '../narration/narrationStore';

/** Kiosk and fair modes over the routes; the app hands them the narration's state (features stay apart). */
export default function ModeLayer({ lang }: { lang: Lang }) {
  const narrationPlaying = useNarrationPosition((s) => s.playing && !s.paused);
  return <ModeShell lang={lang} narrationPlaying={narrationPlaying} />;
}
