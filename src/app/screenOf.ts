/** Which screen a URL path opens (after the base path), as router.tsx routes it. */
export type Screen = 'map' | 'site' | 'businesses' | 'business' | 'tour' | 'notFound' | 'none';

export function screenOf(path: string): Screen {
  const [lang, section, id, ...rest] = path.split('/').filter(Boolean);
  if (!lang) return 'none';
  if (!section) return 'map';
  if (section === 'sites' && id) return rest.length === 0 || rest[0] === '360' ? 'site' : 'notFound';
  if (section === 'businesses') return id ? (rest.length === 0 ? 'business' : 'notFound') : 'businesses';
  if (section === 'tours' && id && rest.length === 0) return 'tour';
  return 'notFound';
}
