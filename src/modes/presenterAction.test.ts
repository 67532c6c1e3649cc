import { describe, expect, it } from 'vitest';
import { presenterAction } from './presenterAction';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; altKey: boolean; metaKey: boolean }> = {}) =>
  presenterAction({ key: k, ctrlKey: false, altKey: false, metaKey: false, ...mods });

describe('presenterAction', () => {
  it('maps clicker and keyboard keys', () => {
    expect(key('PageDown')).toBe('next');
    expect(key('ArrowRight')).toBe('next');
    expect(key('PageUp')).toBe('previous');
    expect(key('ArrowLeft')).toBe('previous');
    expect(key('b')).toBe('pause');
    expect(key('.')).toBe('pause');
    expect(key(' ')).toBe('pause');
    expect(key('l')).toBe('language');
    expect(key('Escape')).toBe('exit');
    expect(key('f')).toBe('fullscreen');
  });

  it('ignores other keys and modifier chords', () => {
    expect(key('a')).toBeNull();
    expect(key('l', { ctrlKey: true })).toBeNull();
    expect(key('f', { metaKey: true })).toBeNull();
  });
});
