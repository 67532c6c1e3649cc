import { describe, expect, it } from 'vitest';
import { screenOf } from './screenOf';

describe('screenOf', () => {
  it('maps each route of router.tsx to its screen', () => {
    expect(screenOf('/')).toBe('none');
    expect(screenOf('/en')).toBe('map');
    expect(screenOf('/vi/')).toBe('map');
    expect(screenOf('/zh/sites/mau-son')).toBe('site');
    expect(screenOf('/en/sites/dong-tam-thanh/360/mouth')).toBe('site');
    expect(screenOf('/en/businesses')).toBe('businesses');
    expect(screenOf('/en/businesses/hotel-1')).toBe('business');
    expect(screenOf('/en/tours/two-days')).toBe('tour');
  });

  it('sends everything else to the not-found screen', () => {
    expect(screenOf('/en/sites')).toBe('notFound');
    expect(screenOf('/en/sites/mau-son/photos')).toBe('notFound');
    expect(screenOf('/en/nowhere')).toBe('notFound');
    expect(screenOf('/en/tours/a/b')).toBe('notFound');
  });
});
