import type { Lang } from '../content/schema';

/** The parts of SpeechSynthesisVoice we use (a plain object in tests). */
export interface VoiceInfo {
  name: string;
  lang: string;
  localService?: boolean;
  default?: boolean;
}

export type Accent = 'north' | 'south';
export type Gender = 'female' | 'male';
export interface VoicePreference {
  accent: Accent;
  gender: Gender;
}

// Names of common Vietnamese system voices; installed voices do not declare gender or accent otherwise.
const FEMALE = /(female|nữ|hoaimy|hoai my|an\b|linh|mai|lan|thu|ngoc|google tiếng việt|google vietnamese)/i;
const MALE = /(male|nam\b|namminh|nam minh|minh|tuan|quang|duc)/i;
const NORTH = /(north|bắc|hà nội|ha noi|hanoi)/i;
const SOUTH = /(south|nam bộ|sài gòn|saigon|hồ chí minh|ho chi minh|hcm)/i;

export function voiceGender(v: VoiceInfo): Gender | null {
  if (/\bfemale\b/i.test(v.name)) return 'female';
  if (/\bmale\b/i.test(v.name)) return 'male';
  if (MALE.test(v.name) && !FEMALE.test(v.name)) return 'male';
  if (FEMALE.test(v.name)) return 'female';
  return null;
}

export function voiceAccent(v: VoiceInfo): Accent | null {
  if (NORTH.test(v.name)) return 'north';
  if (SOUTH.test(v.name)) return 'south';
  return null;
}

const LANG_PREFIX: Record<Lang, RegExp> = { vi: /^vi\b/i, en: /^en\b/i, zh: /^(zh|cmn)\b/i };

/** Chinese voices for simplified text: mainland first, then Taiwan/Hong Kong Mandarin. */
function zhRank(v: VoiceInfo): number {
  if (/^(zh|cmn)[-_](cn|hans|sg)/i.test(v.lang)) return 0;
  if (/^(zh|cmn)[-_]tw/i.test(v.lang)) return 1;
  return 2;
}

export interface VoiceChoice {
  voice: VoiceInfo | null;
  /** Which of the visitor's wishes the chosen voice is known to meet (Vietnamese only). */
  matches: { accent: boolean; gender: boolean };
  /** The accent/gender options this device can honestly offer for Vietnamese. */
  available: { accents: Accent[]; genders: Gender[] };
  /** All voices for the language, best first. */
  candidates: VoiceInfo[];
}

/** Picks the voice for a language; for Vietnamese it honours accent and gender where the voices say so. */
export function selectVoice(voices: readonly VoiceInfo[], lang: Lang, pref?: VoicePreference): VoiceChoice {
  const candidates = voices
    .filter((v) => LANG_PREFIX[lang].test(v.lang))
    .map((v, i) => ({ v, i }))
    .sort((a, b) => {
      const score = (v: VoiceInfo) =>
        (lang === 'zh' ? zhRank(v) * 10 : 0) +
        (lang === 'vi' && pref
          ? (voiceAccent(v) === pref.accent ? 0 : 4) + (voiceGender(v) === pref.gender ? 0 : 2)
          : 0) +
        (v.localService ? 0 : 1);
      return score(a.v) - score(b.v) || a.i - b.i;
    })
    .map((x) => x.v);
  const voice = candidates[0] ?? null;
  const accents = [...new Set(candidates.map(voiceAccent).filter((a): a is Accent => a !== null))];
  const genders = [...new Set(candidates.map(voiceGender).filter((g): g is Gender => g !== null))];
  return {
    voice,
    matches: {
      accent: !!voice && !!pref && voiceAccent(voice) === pref.accent,
      gender: !!voice && !!pref && voiceGender(voice) === pref.gender,
    },
    available: { accents, genders },
    candidates,
  };
}
