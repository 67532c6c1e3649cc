import type { z } from 'zod';
import { Itineraries, LANGS, Site, Sources } from './schema';
import { type ImageInfo, validateTour } from './validateTour';

/** One problem in the content, as an editor needs it: where, what, and how to fix it. */
export interface Problem {
  severity: 'error' | 'warning';
  file: string;
  field: string;
  message: string;
  fix: string;
}

/** The content as read from disk: raw JSON per file, plus the files under public/. */
export interface ContentBundle {
  sites: { file: string; data: unknown }[];
  itineraries: { file: string; data: unknown };
  sources: { file: string; data: unknown };
  publicFiles: ReadonlySet<string>;
  /** Size and pixel dimensions of the panorama images (when the reader could look at them). */
  images?: ReadonlyMap<string, ImageInfo>;
}

const LANG_NAMES: Record<string, string> = { vi: 'Vietnamese', en: 'English', zh: 'Chinese' };

function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))
    .join('.')
    .replace(/\.\[/g, '[');
}

function fixFor(issue: z.core.$ZodIssue): string {
  const last = issue.path[issue.path.length - 1];
  if (issue.code === 'invalid_type' && typeof last === 'string' && LANGS.includes(last as never)) {
    return `add the ${LANG_NAMES[last]} text under "${last}"`;
  }
  if (issue.code === 'invalid_type') return `set this field to a ${issue.expected}`;
  if (issue.code === 'unrecognized_keys')
    return `remove or rename ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_value') return `use one of: ${issue.values.map((v) => String(v)).join(', ')}`;
  if (issue.code === 'too_small') return 'add the missing entries or text';
  if (issue.message.includes('NFC')) {
    return "convert the text to NFC (precomposed characters), e.g. JavaScript's text.normalize('NFC')";
  }
  if (issue.message.includes('approximate locations need a note')) {
    return 'add location.note {vi, en, zh} saying where the site really is';
  }
  if (issue.message.includes('must be flagged')) return 'set location.precision to "approximate"';
  if (issue.message.includes('at least one of hours'))
    return 'add hours, ticket or access, or remove practical';
  if (issue.message.includes('spaces')) return 'trim the spaces around the text';
  return 'correct the value as described';
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const last = issue.path[issue.path.length - 1];
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    if (typeof last === 'string' && LANGS.includes(last as never))
      return `missing ${LANG_NAMES[last]} translation`;
    return 'missing required field';
  }
  if (issue.code === 'unrecognized_keys') return `unknown field(s) ${issue.keys.join(', ')}`;
  return issue.message;
}

/** readJson marks unparseable files this way so one bad file is reported, not fatal. */
export interface ParseFailure {
  __parseError: string;
}

function parseFailure(data: unknown): string | null {
  return typeof data === 'object' && data !== null && '__parseError' in data
    ? String((data as ParseFailure).__parseError)
    : null;
}

function zodProblems(file: string, error: z.ZodError, prefix: readonly PropertyKey[] = []): Problem[] {
  return error.issues.map((issue) => ({
    severity: 'error',
    file,
    field: fieldPath([...prefix, ...issue.path]) || '(root)',
    message: describeIssue(issue),
    fix: fixFor(issue),
  }));
}

/** Validates every content file and every cross-reference; never throws on bad data. */
export function validateContent(bundle: ContentBundle): { problems: Problem[]; siteCount: number } {
  const problems: Problem[] = [];
  const err = (file: string, field: string, message: string, fix: string) =>
    problems.push({ severity: 'error', file, field, message, fix });
  const warn = (file: string, field: string, message: string, fix: string) =>
    problems.push({ severity: 'warning', file, field, message, fix });

  for (const f of [...bundle.sites, bundle.itineraries, bundle.sources]) {
    const failure = parseFailure(f.data);
    if (failure)
      err(
        f.file,
        '(file)',
        `is not valid JSON: ${failure}`,
        'fix the JSON syntax (a missing comma or quote)',
      );
    else if (f.data === undefined)
      err(f.file, '(file)', 'file is missing', 'create it (see README › Content)');
  }
  const parsedOk = (data: unknown) => data !== undefined && !parseFailure(data);

  const sources = Sources.safeParse(bundle.sources.data);
  if (!sources.success && parsedOk(bundle.sources.data))
    problems.push(...zodProblems(bundle.sources.file, sources.error));
  const sourceIds = new Set(sources.success ? sources.data.map((s) => s.id) : []);

  const siteFiles = new Map<string, string>();
  const hotspotIds = new Map<string, Set<string>>();
  let siteCount = 0;
  for (const { file, data } of bundle.sites) {
    if (!parsedOk(data)) continue;
    const parsed = Site.safeParse(data);
    if (!parsed.success) {
      problems.push(...zodProblems(file, parsed.error));
      continue;
    }
    siteCount++;
    const site = parsed.data;
    const expectedFile = `${site.id}.json`;
    if (!file.endsWith(`/${expectedFile}`) && file !== expectedFile) {
      err(file, 'id', `id "${site.id}" does not match the file name`, `rename the file to ${expectedFile}`);
    }
    const first = siteFiles.get(site.id);
    if (first)
      err(file, 'id', `duplicate site id "${site.id}" (also in ${first})`, 'give each site its own id');
    else siteFiles.set(site.id, file);

    const refs: [string, string[]][] = [
      ['heritage.src', site.heritage.src],
      ...(site.practical ? [['practical.src', site.practical.src] as [string, string[]]] : []),
      ...site.facts.map((f, i) => [`facts[${i}].src`, f.src] as [string, string[]]),
      ...site.hotspots.map((h, i) => [`hotspots[${i}].src`, h.src] as [string, string[]]),
    ];
    if (/^S\d+$/.test(site.location.source)) refs.push(['location.source', [site.location.source]]);
    if (sources.success) {
      for (const [field, ids] of refs) {
        for (const id of ids) {
          if (!sourceIds.has(id)) {
            err(
              file,
              field,
              `source "${id}" is not in ${bundle.sources.file}`,
              'add the source or cite an existing one',
            );
          }
        }
      }
    }

    const ids = new Set<string>();
    site.hotspots.forEach((h, i) => {
      if (ids.has(h.id))
        err(file, `hotspots[${i}].id`, `duplicate hotspot id "${h.id}"`, 'give each hotspot its own id');
      ids.add(h.id);
    });
    hotspotIds.set(site.id, ids);
    if (site.narration.length === 0) {
      err(
        file,
        'narration',
        'the site has no narration',
        'add chapters: an opening, one per important hotspot, a practical closing',
      );
    }
    site.narration.forEach((ch, i) => {
      for (const [lang, audio] of Object.entries(ch.audio ?? {})) {
        for (const key of ['src', 'captions'] as const) {
          if (audio && !bundle.publicFiles.has(audio[key])) {
            err(
              file,
              `narration[${i}].audio.${lang}.${key}`,
              `file public/${audio[key]} does not exist`,
              'add the recording and its WebVTT captions under public/',
            );
          }
        }
      }
      const t = ch.target;
      if (t && 'hotspot' in t && !ids.has(t.hotspot)) {
        err(
          file,
          `narration[${i}].target.hotspot`,
          `hotspot "${t.hotspot}" does not exist in this site`,
          `use one of: ${[...ids].join(', ') || '(no hotspots yet)'}`,
        );
      }
      if (t && 'scene' in t && !site.tour?.scenes.some((s) => s.id === t.scene)) {
        err(
          file,
          `narration[${i}].target.scene`,
          site.tour
            ? `scene "${t.scene}" is not in this site's tour`
            : `scene "${t.scene}" does not exist (this site has no panorama tour)`,
          site.tour
            ? `use one of: ${site.tour.scenes.map((s) => s.id).join(', ')}`
            : 'remove the target or add the tour',
        );
      }
    });
    site.media.forEach((m, i) => {
      if (m.poster && !bundle.publicFiles.has(m.poster)) {
        err(
          file,
          `media[${i}].poster`,
          `file public/${m.poster} does not exist`,
          'render posters with npm run models:posters or correct the path',
        );
      }
      if (!bundle.publicFiles.has(m.file)) {
        err(
          file,
          `media[${i}].file`,
          `file public/${m.file} does not exist`,
          'add the file under public/ or correct the path',
        );
      }
    });
    if (site.tour) {
      for (const p of validateTour(site.tour, ids, bundle.publicFiles, bundle.images ?? new Map())) {
        problems.push({ ...p, file });
      }
    }
    if (site.hotspots.some((h) => h.anchor) && !site.media.some((m) => m.kind === 'model')) {
      warn(
        file,
        'hotspots',
        'hotspots have 3D anchors but the site has no model',
        'add the model to media or drop the anchors',
      );
    }
  }

  const itineraries = Itineraries.safeParse(bundle.itineraries.data);
  if (!itineraries.success) {
    if (parsedOk(bundle.itineraries.data))
      problems.push(...zodProblems(bundle.itineraries.file, itineraries.error));
  } else {
    const seen = new Set<string>();
    itineraries.data.forEach((it, i) => {
      if (seen.has(it.id))
        err(
          bundle.itineraries.file,
          `[${i}].id`,
          `duplicate itinerary id "${it.id}"`,
          'give each itinerary its own id',
        );
      seen.add(it.id);
      it.siteIds.forEach((sid, j) => {
        if (!siteFiles.has(sid)) {
          err(
            bundle.itineraries.file,
            `[${i}].siteIds[${j}]`,
            `site "${sid}" does not exist`,
            'use the id of a file in content/sites/',
          );
        }
      });
      if (sources.success) {
        for (const s of it.src) {
          if (!sourceIds.has(s))
            err(
              bundle.itineraries.file,
              `[${i}].src`,
              `source "${s}" is not in ${bundle.sources.file}`,
              'add the source or cite an existing one',
            );
        }
      }
    });
  }
  return { problems, siteCount };
}

/** "file › field › what is wrong › how to fix", one line per problem. */
export function formatProblem(p: Problem): string {
  return `${p.severity === 'error' ? 'ERROR' : 'warning'} ${p.file} › ${p.field} › ${p.message} › ${p.fix}`;
}
