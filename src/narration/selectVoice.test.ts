import { describe, expect, it } from 'vitest';
import { selectVoice, type VoiceInfo } from './selectVoice';

const many: VoiceInfo[] = [
  { name: 'Google US English', lang: 'en-US' },
  { name: 'Microsoft HoaiMy Online (Natural) - Vietnamese (Vietnam)', lang: 'vi-VN' },
  { name: 'Microsoft NamMinh Online (Natural) - Vietnamese (Vietnam)', lang: 'vi-VN' },
  { name: 'Giọng nữ miền Nam (Sài Gòn)', lang: 'vi-VN', localService: true },
  { name: 'Google 國語（臺灣）', lang: 'zh-TW' },
  { name: 'Google 普通话（中国大陆）', lang: 'zh-CN' },
];

describe('selectVoice', () => {
  it('has nothing to offer when there are no voices', () => {
    const choice = selectVoice([], 'vi', { accent: 'north', gender: 'female' });
    expect(choice.voice).toBeNull();
    expect(choice.available).toEqual({ accents: [], genders: [] });
    expect(choice.matches).toEqual({ accent: false, gender: false });
  });

  it('uses the only voice of the language, saying which wishes it meets', () => {
    const choice = selectVoice([{ name: 'Vietnamese', lang: 'vi-VN' }, many[0] as VoiceInfo], 'vi', {
      accent: 'south',
      gender: 'male',
    });
    expect(choice.voice?.name).toBe('Vietnamese');
    expect(choice.matches).toEqual({ accent: false, gender: false });
    expect(choice.available).toEqual({ accents: [], genders: [] });
  });

  it('honours accent and gender among many Vietnamese voices', () => {
    expect(selectVoice(many, 'vi', { accent: 'south', gender: 'female' }).voice?.name).toBe(
      'Giọng nữ miền Nam (Sài Gòn)',
    );
    const male = selectVoice(many, 'vi', { accent: 'north', gender: 'male' });
    expect(male.voice?.name).toMatch(/NamMinh/);
    expect(male.matches).toEqual({ accent: false, gender: true });
    expect(male.available.genders.sort()).toEqual(['female', 'male']);
    expect(male.available.accents).toEqual(['south']);
  });

  it('prefers mainland Mandarin for simplified Chinese, and finds English', () => {
    expect(selectVoice(many, 'zh').voice?.lang).toBe('zh-CN');
    expect(selectVoice(many, 'en').voice?.name).toBe('Google US English');
    expect(selectVoice(many.slice(1, 4), 'en').voice).toBeNull();
  });
});
