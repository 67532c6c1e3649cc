import { describe, expect, it } from 'vitest';
import { type IdleState, idleStart, idleStep, secondsLeft } from './idleStep';

const times = { idleMs: 90_000, countdownMs: 15_000 };
const tick = (s: IdleState, now: number) => idleStep(s, { type: 'tick' }, now, times);

describe('idleStep', () => {
  it('watches, then counts down, then expires', () => {
    let s = idleStart(0, times);
    s = tick(s, 89_999);
    expect(s.phase).toBe('watching');
    s = tick(s, 90_000);
    expect(s).toEqual({ phase: 'countdown', resetAt: 105_000 });
    expect(secondsLeft(s, 90_000)).toBe(15);
    expect(secondsLeft(s, 104_001)).toBe(1);
    s = tick(s, 105_000);
    expect(s.phase).toBe('expired');
  });

  it('activity restarts the idle time, also during the countdown', () => {
    let s = tick(idleStart(0, times), 95_000);
    expect(s.phase).toBe('countdown');
    s = idleStep(s, { type: 'activity' }, 96_000, times);
    expect(s).toEqual({ phase: 'watching', idleAt: 186_000 });
  });

  it('no timer runs while held (narration plays); release gives the full idle time again', () => {
    let s = idleStep(idleStart(0, times), { type: 'hold' }, 10_000, times);
    s = tick(s, 1_000_000);
    expect(s.phase).toBe('held');
    s = idleStep(s, { type: 'activity' }, 1_000_000, times);
    expect(s.phase).toBe('held');
    s = idleStep(s, { type: 'release' }, 1_000_000, times);
    expect(s).toEqual({ phase: 'watching', idleAt: 1_090_000 });
  });

  it('a clock jump past both deadlines shows the countdown before expiring', () => {
    const s = tick(idleStart(0, times), 10_000_000);
    expect(s.phase).toBe('countdown');
  });

  it('expired is final', () => {
    const s = idleStep({ phase: 'expired' }, { type: 'activity' }, 0, times);
    expect(s.phase).toBe('expired');
  });
});
