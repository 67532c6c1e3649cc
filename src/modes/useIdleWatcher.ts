import { useEffect, useRef, useState } from 'react';
import { type IdleState, idleStart, idleStep, secondsLeft } from './idleStep';

const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * The kiosk's idle watcher: any input restarts the idle time; after it, a countdown; then `onExpire`.
 * Nothing runs while `held` (narration playing). Re-renders only when the phase or the shown second changes.
 */
export function useIdleWatcher({
  enabled,
  held,
  idleSeconds,
  countdownSeconds,
  onExpire,
}: {
  enabled: boolean;
  held: boolean;
  idleSeconds: number;
  countdownSeconds: number;
  onExpire: () => void;
}): { countdown: number | null; stay: () => void } {
  const times = { idleMs: idleSeconds * 1000, countdownMs: countdownSeconds * 1000 };
  const timesRef = useRef(times);
  timesRef.current = times;
  const state = useRef<IdleState>(idleStart(Date.now(), times));
  const [countdown, setCountdown] = useState<number | null>(null);
  const expire = useRef(onExpire);
  expire.current = onExpire;
  const setHold = useRef<(h: boolean) => void>(() => undefined);
  const setStay = useRef<() => void>(() => undefined);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `held` is applied by the next effect; restart only when enabled changes
  useEffect(() => {
    if (!enabled) {
      setCountdown(null);
      return;
    }
    const show = () => {
      const s = state.current;
      const next = s.phase === 'countdown' ? secondsLeft(s, Date.now()) : null;
      setCountdown((prev) => (prev === next ? prev : next));
    };
    const send = (type: 'activity' | 'tick' | 'hold' | 'release') => {
      const before = state.current;
      const after = idleStep(before, { type }, Date.now(), timesRef.current);
      state.current = after;
      if (after.phase === 'expired' && before.phase !== 'expired') expire.current();
      if (after.phase === 'countdown' || before.phase === 'countdown') show();
    };
    state.current = idleStart(Date.now(), timesRef.current);
    if (held) send('hold');
    const onActivity = (e: Event) => {
      // During the countdown a touch is the dialog's to answer (its backdrop means "stay"): reacting here
      // would remove the dialog before the click and let that click land on the page beneath.
      if (state.current.phase === 'countdown' && e.type !== 'keydown' && e.type !== 'wheel') return;
      send('activity');
    };
    for (const type of ACTIVITY) window.addEventListener(type, onActivity, { capture: true, passive: true });
    const timer = window.setInterval(() => send('tick'), 250);
    setHold.current = (h) => send(h ? 'hold' : 'release');
    setStay.current = () => send('activity');
    return () => {
      for (const type of ACTIVITY) window.removeEventListener(type, onActivity, { capture: true });
      window.clearInterval(timer);
      setHold.current = () => undefined;
      setStay.current = () => undefined;
    };
  }, [enabled]);

  useEffect(() => {
    setHold.current(held);
  }, [held]);

  return { countdown, stay: () => setStay.current() };
}
