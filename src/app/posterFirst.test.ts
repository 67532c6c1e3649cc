import { describe, expect, it } from 'vitest';
import { PHONE_QUERY, startsOnPosters } from './posterFirst';

const phone = (q: string) => q === PHONE_QUERY;
const computer = () => false;

describe('startsOnPosters', () => {
  it('starts a phone on posters and a computer live', () => {
    expect(startsOnPosters('', phone)).toBe(true);
    expect(startsOnPosters('?site=mau-son', phone)).toBe(true);
    expect(startsOnPosters('', computer)).toBe(false);
  });

  it('starts kiosk and fair screens live, whatever their size', () => {
    expect(startsOnPosters('?mode=kiosk', phone)).toBe(false);
    expect(startsOnPosters('?mode=fair&lang=en', phone)).toBe(false);
  });

  it('asks for a narrow, touch-first screen', () => {
    expect(PHONE_QUERY).toContain('max-width: 899px');
    expect(PHONE_QUERY).toContain('pointer: coarse');
  });
});
