import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Site } from '../src/content/schema';
import type { ContentBundle, Problem } from '../src/content/validate';
import { parseVtt } from '../src/narration/parseVtt';

/** Parses the WebVTT captions of every recorded narration chapter; a malformed file is an error. */
export function checkNarrationCaptions(bundle: ContentBundle, publicDir: string): Problem[] {
  const problems: Problem[] = [];
  for (const { file, data } of bundle.sites) {
    const parsed = Site.safeParse(data);
    if (!parsed.success) continue;
    parsed.data.narration.forEach((ch, i) => {
      for (const [lang, audio] of Object.entries(ch.audio ?? {})) {
        if (!audio || !bundle.publicFiles.has(audio.captions)) continue;
        try {
          if (parseVtt(readFileSync(join(publicDir, audio.captions), 'utf8')).length === 0)
            throw new Error('no cues');
        } catch (e) {
          problems.push({
            severity: 'error',
            file,
            field: `narration[${i}].audio.${lang}.captions`,
            message: `public/${audio.captions}: ${(e as Error).message}`,
            fix: 'fix the WebVTT file (WEBVTT header, "00:00:01.000 --> 00:00:04.000" timings, text lines)',
          });
        }
      }
    });
  }
  return problems;
}
