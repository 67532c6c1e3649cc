import type { ModeSettings } from './modeStore';
import { parseSettings } from './parseSettings';

/** Reads public/kiosk-config.json when there is one; a missing file is normal. */
async function readConfigFile(): Promise<unknown> {
  try {
    const res = await fetch(`${import.meta.env.BASE_URL}kiosk-config.json`, { cache: 'no-store' });
    // A static server may answer a missing file with the app's index.html.
    if (!res.ok || !(res.headers.get('content-type') ?? '').includes('json')) return undefined;
    const text = await res.text();
    try {
      return JSON.parse(text) as unknown;
    } catch {
      console.error('[xl3d modes] kiosk-config.json is not valid JSON; using the defaults.');
      return undefined;
    }
  } catch {
    return undefined;
  }
}

/** The mode's settings: defaults < config file < URL parameters; bad values are logged and skipped. */
export async function loadSettings(search: string): Promise<ModeSettings> {
  const { settings, errors } = parseSettings(await readConfigFile(), search, window.location.origin);
  for (const e of errors) console.error(e);
  return settings;
}
