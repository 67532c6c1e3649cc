import { clamp, wrapYaw } from './panoMath';

export interface PanoViewState {
  yaw: number;
  pitch: number;
  fov: number;
}

export const FOV_LIMITS = { min: 30, max: 100 } as const;
export const PITCH_LIMIT = 85;

const round = (v: number, digits: number) => Number(v.toFixed(digits));

/** Keeps a view inside what the viewer allows: yaw wrapped, pitch and zoom clamped. */
export function normalizeView(v: PanoViewState): PanoViewState {
  return {
    yaw: wrapYaw(v.yaw),
    pitch: clamp(v.pitch, -PITCH_LIMIT, PITCH_LIMIT),
    fov: clamp(v.fov, FOV_LIMITS.min, FOV_LIMITS.max),
  };
}

/** Reads ?yaw=&pitch=&fov= over a fallback view; missing or unreadable values keep the fallback's. */
export function viewFromParams(params: URLSearchParams, fallback: PanoViewState): PanoViewState {
  const read = (key: keyof PanoViewState) => {
    const raw = params.get(key);
    const n = raw === null || raw.trim() === '' ? Number.NaN : Number(raw);
    return Number.isFinite(n) ? n : fallback[key];
  };
  return normalizeView({ yaw: read('yaw'), pitch: read('pitch'), fov: read('fov') });
}

/** Writes a view into query parameters (one decimal: a tenth of a degree is below what anyone sees). */
export function viewToParams(view: PanoViewState, params = new URLSearchParams()): URLSearchParams {
  const v = normalizeView(view);
  params.set('yaw', String(round(v.yaw, 1)));
  params.set('pitch', String(round(v.pitch, 1)));
  params.set('fov', String(round(v.fov, 1)));
  return params;
}
