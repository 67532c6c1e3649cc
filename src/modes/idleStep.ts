/** The kiosk's idle timer as a pure state machine; the hook feeds it events and the clock. */
export type IdleState =
  | { phase: 'watching'; idleAt: number }
  | { phase: 'countdown'; resetAt: number }
  | { phase: 'held' }
  | { phase: 'expired' };

export type IdleEvent =
  /** Pointer, key, touch or wheel input. */
  | { type: 'activity' }
  /** The clock moved on: checks the deadlines. */
  | { type: 'tick' }
  /** Narration started playing: no timer runs while it plays. */
  | { type: 'hold' }
  /** Narration stopped: the idle time starts again in full. */
  | { type: 'release' };

export interface IdleTimes {
  idleMs: number;
  countdownMs: number;
}

export function idleStart(now: number, times: IdleTimes): IdleState {
  return { phase: 'watching', idleAt: now + times.idleMs };
}

export function idleStep(state: IdleState, event: IdleEvent, now: number, times: IdleTimes): IdleState {
  if (state.phase === 'expired') return state;
  switch (event.type) {
    case 'activity':
      return state.phase === 'held' ? state : idleStart(now, times);
    case 'hold':
      return { phase: 'held' };
    case 'release':
      return state.phase === 'held' ? idleStart(now, times) : state;
    case 'tick':
      if (state.phase === 'watching' && now >= state.idleAt) {
        // A clock that jumped past both deadlines (a sleeping machine) still shows the countdown first.
        return { phase: 'countdown', resetAt: now + times.countdownMs };
      }
      if (state.phase === 'countdown' && now >= state.resetAt) return { phase: 'expired' };
      return state;
  }
}

/** Whole seconds left on the countdown (shown to the visitor), never below zero. */
export function secondsLeft(state: IdleState, now: number): number {
  return state.phase === 'countdown' ? Math.max(0, Math.ceil((state.resetAt - now) / 1000)) : 0;
}
