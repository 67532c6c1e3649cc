import { parseVtt } from './parseVtt';
import { readingMs } from './splitSentences';

/** What an engine is asked to play: one chapter, already split into caption sentences. */
export interface ChapterPlayback {
  sentences: string[];
  /** BCP 47 tag for the speech (vi-VN, en-GB, zh-CN). */
  lang: string;
  rate: number;
  /** The sentence to start from (resuming after a speed change). */
  from: number;
  voice?: SpeechSynthesisVoice | null;
  /** Recorded audio with WebVTT captions, when the content has it for this language. */
  audio?: { src: string; captions: string } | undefined;
}

export interface EngineEvents {
  onSentence: (index: number) => void;
  /** Recorded audio brings its own caption text (the VTT cues). */
  onCaptions?: (sentences: string[]) => void;
  onEnd: () => void;
  onError: (message: string) => void;
}

/** One narration engine at a time: the player owns it and stops it before starting another. */
export interface NarrationEngine {
  kind: 'speech' | 'audio' | 'captions';
  play: (chapter: ChapterPlayback, events: EngineEvents) => void;
  pause: () => void;
  resume: () => void;
  stop: () => void;
}

/** The browser's speech synthesis, one utterance per sentence so captions follow exactly. */
export function speechEngine(synth: SpeechSynthesis): NarrationEngine {
  let token = 0;
  return {
    kind: 'speech',
    play(chapter, events) {
      const mine = ++token;
      synth.cancel();
      const speak = (i: number) => {
        if (mine !== token) return;
        const text = chapter.sentences[i];
        if (text === undefined) {
          events.onEnd();
          return;
        }
        const u = new SpeechSynthesisUtterance(text);
        u.lang = chapter.lang;
        u.rate = chapter.rate;
        if (chapter.voice) u.voice = chapter.voice;
        u.onstart = () => mine === token && events.onSentence(i);
        u.onend = () => speak(i + 1);
        u.onerror = (e) => {
          if (mine === token && e.error !== 'interrupted' && e.error !== 'canceled') events.onError(e.error);
        };
        synth.speak(u);
      };
      speak(chapter.from);
    },
    pause: () => synth.pause(),
    resume: () => synth.resume(),
    stop: () => {
      token++;
      synth.cancel();
    },
  };
}

/** No voice for the language: captions alone, at reading pace. */
export function captionEngine(): NarrationEngine {
  let timer: number | undefined;
  let state: {
    chapter: ChapterPlayback;
    events: EngineEvents;
    index: number;
    remaining: number;
    started: number;
  } | null = null;
  const schedule = () => {
    if (!state) return;
    const s = state;
    s.started = performance.now();
    timer = window.setTimeout(() => {
      s.index++;
      if (s.index >= s.chapter.sentences.length) {
        state = null;
        s.events.onEnd();
        return;
      }
      s.events.onSentence(s.index);
      s.remaining = readingMs(s.chapter.sentences[s.index] ?? '', s.chapter.rate);
      schedule();
    }, s.remaining);
  };
  return {
    kind: 'captions',
    play(chapter, events) {
      window.clearTimeout(timer);
      const index = Math.min(chapter.from, Math.max(0, chapter.sentences.length - 1));
      state = {
        chapter,
        events,
        index,
        remaining: readingMs(chapter.sentences[index] ?? '', chapter.rate),
        started: 0,
      };
      events.onSentence(index);
      schedule();
    },
    pause() {
      window.clearTimeout(timer);
      if (state) state.remaining = Math.max(0, state.remaining - (performance.now() - state.started));
    },
    resume: schedule,
    stop() {
      window.clearTimeout(timer);
      state = null;
    },
  };
}

/** Recorded audio; its WebVTT cues are the captions and follow the audio's time. */
export function audioEngine(audio: HTMLAudioElement): NarrationEngine {
  let token = 0;
  return {
    kind: 'audio',
    play(chapter, events) {
      const mine = ++token;
      const src = chapter.audio;
      if (!src) {
        events.onError('no audio');
        return;
      }
      void fetch(src.captions)
        .then((r) => r.text())
        .then((text) => {
          if (mine !== token) return;
          const cues = parseVtt(text);
          events.onCaptions?.(cues.map((c) => c.text));
          let current = -1;
          audio.ontimeupdate = () => {
            const t = audio.currentTime;
            const i = cues.findIndex((c) => t >= c.start && t < c.end);
            if (i !== -1 && i !== current) {
              current = i;
              events.onSentence(i);
            }
          };
          audio.onended = () => mine === token && events.onEnd();
          audio.onerror = () => mine === token && events.onError('audio failed');
          audio.src = src.src;
          audio.playbackRate = chapter.rate;
          void audio.play().catch((e: Error) => events.onError(e.message));
        })
        .catch((e: Error) => events.onError(e.message));
    },
    pause: () => audio.pause(),
    resume: () => void audio.play().catch(() => undefined),
    stop: () => {
      token++;
      audio.pause();
      audio.ontimeupdate = null;
      audio.onended = null;
    },
  };
}
