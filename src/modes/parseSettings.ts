import { z } from 'zod';
import type { ModeSettings } from './modeStore';

const LANG = z.enum(['vi', 'en', 'zh']);
const seconds = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const flag = z.union([z.boolean(), z.enum(['1', 'true', 'yes', 'on', '0', 'false', 'no', 'off'])]);

/** One schema per setting, so a bad value falls back alone and the error names it. */
const FIELDS = {
  idle: seconds(5, 3600),
  countdown: seconds(3, 300),
  start: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a site or itinerary id (kebab-case)'),
  langs: z.preprocess(
    (v) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()) : v),
    z
      .array(LANG)
      .min(1)
      .refine((a) => new Set(a).size === a.length, 'each language once'),
  ),
  qrBase: z
    .string()
    .url()
    .refine((u) => /^https?:/.test(u), 'an http(s) URL'),
  attract: seconds(3, 120),
  tour: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an itinerary id (kebab-case)'),
  cycleLangs: flag,
  flight: seconds(0, 60),
} as const;

type Field = keyof typeof FIELDS;
const NAMES = Object.keys(FIELDS) as Field[];

export function defaultSettings(origin: string): ModeSettings {
  return {
    idle: 90,
    countdown: 15,
    start: null,
    langs: ['vi', 'en', 'zh'],
    qrBase: origin,
    attract: 8,
    tour: null,
    cycleLangs: false,
    flight: 5,
  };
}

export interface SettingsResult {
  settings: ModeSettings;
  /** One line per rejected value: where it came from, which setting, why, and what is used instead. */
  errors: string[];
}

const show = (v: unknown) => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v));

/**
 * Settings from the optional config file (kiosk-config.json) overridden by URL parameters.
 * Unknown keys are ignored; a bad value is reported and the default (or the file's value) is kept.
 */
export function parseSettings(file: unknown, search: string, origin: string): SettingsResult {
  const settings = defaultSettings(origin);
  const errors: string[] = [];
  const apply = (source: string, key: Field, raw: unknown) => {
    if (raw === undefined || raw === null || raw === '') return;
    const parsed = FIELDS[key].safeParse(raw);
    if (!parsed.success) {
      const why = parsed.error.issues[0]?.message ?? 'invalid';
      errors.push(
        `[xl3d modes] ${source} "${key}": ${why} (got ${show(raw)}); using ${show(settings[key])}.`,
      );
      return;
    }
    const v = parsed.data;
    if (key === 'cycleLangs')
      settings.cycleLangs = v === true || ['1', 'true', 'yes', 'on'].includes(String(v));
    else if (key === 'qrBase') settings.qrBase = String(v).replace(/\/+$/, '');
    else Object.assign(settings, { [key]: v });
  };
  if (file && typeof file === 'object' && !Array.isArray(file)) {
    for (const key of NAMES) apply('kiosk-config.json', key, (file as Record<string, unknown>)[key]);
  } else if (file !== undefined && file !== null) {
    errors.push('[xl3d modes] kiosk-config.json: expected a JSON object; using the defaults.');
  }
  const params = new URLSearchParams(search);
  for (const key of NAMES) apply('URL parameter', key, params.get(key) ?? undefined);
  return { settings, errors };
}

/** The URL parameters that configure a mode: never carried into a hand-off link. */
export const SETTING_PARAMS: readonly string[] = ['mode', ...NAMES];
