import { SETTING_PARAMS } from './parseSettings';

/** The current screen (path, scene, view, language) on the public base URL, without the mode's settings. */
export function handoffUrl(pathname: string, search: string, hash: string, qrBase: string): string {
  const params = new URLSearchParams(search);
  for (const p of SETTING_PARAMS) params.delete(p);
  const query = params.toString();
  return `${qrBase.replace(/\/+$/, '')}${pathname}${query ? `?${query}` : ''}${hash}`;
}
