import './narration.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang, NarrationAudio } from '../content/schema';
import { audioEngine, captionEngine, type NarrationEngine, speechEngine } from './engines';
import { SPEEDS, useNarrationPosition, useNarrationPrefs } from './narrationStore';
import { selectVoice, type VoiceInfo, voiceAccent, voiceGender } from './selectVoice';
import { splitSentences } from './splitSentences';

export interface PlayerChapter {
  id: string;
  title: string;
  text: string;
  audio?: NarrationAudio | undefined;
}

interface NarrationPlayerProps {
  siteId: string;
  siteName: string;
  appName: string;
  lang: Lang;
  chapters: readonly PlayerChapter[];
  /** Called as each chapter starts: the page moves the camera to its target. */
  onChapterStart?: (index: number) => void;
  /** Start on arrival (a self-running presentation); captions then always show. */
  autoplay?: boolean;
  /** Held by a presenter: pauses, and resumes when released. */
  hold?: boolean;
  /** The last chapter finished. */
  onEnded?: () => void;
}

const SPEECH_LANG: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB', zh: 'zh-CN' };

function useVoices(): VoiceInfo[] {
  const [voices, setVoices] = useState<VoiceInfo[]>(() =>
    typeof speechSynthesis === 'undefined' ? [] : speechSynthesis.getVoices(),
  );
  useEffect(() => {
    if (typeof speechSynthesis === 'undefined') return;
    const update = () => setVoices(speechSynthesis.getVoices());
    update();
    speechSynthesis.addEventListener('voiceschanged', update);
    return () => speechSynthesis.removeEventListener('voiceschanged', update);
  }, []);
  return voices;
}

function StepButton({
  label,
  path,
  disabled,
  onClick,
}: {
  label: string;
  path: string;
  disabled: boolean;
  onClick: () => void;
}) {
  return (
    <button type="button" className="icon-button" onClick={onClick} disabled={disabled} aria-label={label}>
      <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
        <path d={path} fill="currentColor" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
      </svg>
    </button>
  );
}

/** A chip's line icon: on a phone's bar the icon alone stands for the chip (its label stays for screen readers). */
function ChipIcon({ path }: { path: string }) {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
      <path
        d={path}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

function SpeedSelect({
  value,
  onChange,
  label,
}: {
  value: number;
  onChange: (rate: number) => void;
  label?: string;
}) {
  return (
    <select value={value} onChange={(e) => onChange(Number(e.target.value))} aria-label={label}>
      {SPEEDS.map((s) => (
        <option key={s} value={s}>
          {s}×
        </option>
      ))}
    </select>
  );
}

/** The narration bar: plays chapters by recorded audio, speech synthesis or captions alone, with large captions. */
export function NarrationPlayer({
  siteId,
  siteName,
  appName,
  lang,
  chapters,
  onChapterStart,
  autoplay = false,
  hold = false,
  onEnded,
}: NarrationPlayerProps) {
  const { t } = useTranslation();
  const prefs = useNarrationPrefs();
  const position = useNarrationPosition();
  const here = position.siteId === siteId;
  const chapterIndex = here ? Math.min(position.chapter, chapters.length - 1) : 0;
  const playing = here && position.playing;
  const [sentence, setSentence] = useState(0);
  const [captionTexts, setCaptionTexts] = useState<string[] | null>(null);
  const [paused, setPaused] = useState(false);
  const [transcript, setTranscript] = useState(false);
  const voices = useVoices();
  const choice = useMemo(
    () => selectVoice(voices, lang, { accent: prefs.accent, gender: prefs.gender }),
    [voices, lang, prefs.accent, prefs.gender],
  );
  const engine = useRef<NarrationEngine | null>(null);
  const audioEl = useRef<HTMLAudioElement | null>(null);
  const latest = useRef({ chapters, lang, onChapterStart, onEnded, choice, rate: prefs.rate });
  latest.current = { chapters, lang, onChapterStart, onEnded, choice, rate: prefs.rate };
  const pausedRef = useRef(paused);
  pausedRef.current = paused;

  const sentences = useMemo(() => chapters.map((c) => splitSentences(c.text)), [chapters]);
  const chapter = chapters[chapterIndex];

  const stopEngine = useCallback(() => {
    engine.current?.stop();
    engine.current = null;
  }, []);

  const start = useCallback(
    (index: number, from = 0) => {
      const { chapters: list, lang: l, choice: c, rate } = latest.current;
      const ch = list[index];
      if (!ch) return;
      stopEngine();
      const recorded = ch.audio;
      let next: NarrationEngine;
      if (recorded) {
        audioEl.current ??= new Audio();
        next = audioEngine(audioEl.current);
      } else if (typeof speechSynthesis !== 'undefined' && c.voice) {
        next = speechEngine(speechSynthesis);
      } else {
        next = captionEngine();
      }
      engine.current = next;
      useNarrationPosition.getState().set({ siteId, chapter: index, playing: true, paused: false });
      setPaused(false);
      setCaptionTexts(null);
      setSentence(from);
      if (from === 0) latest.current.onChapterStart?.(index);
      const base = import.meta.env.BASE_URL;
      next.play(
        {
          sentences: splitSentences(ch.text),
          lang: SPEECH_LANG[l],
          rate,
          from,
          voice: (c.voice as SpeechSynthesisVoice | null) ?? null,
          audio: recorded
            ? { src: `${base}${recorded.src}`, captions: `${base}${recorded.captions}` }
            : undefined,
        },
        {
          onSentence: (i) => engine.current === next && setSentence(i),
          onCaptions: (texts) => engine.current === next && setCaptionTexts(texts),
          onEnd: () => {
            if (engine.current !== next) return;
            if (index + 1 < latest.current.chapters.length) start(index + 1);
            else {
              engine.current = null;
              useNarrationPosition.getState().set({ playing: false, chapter: 0 });
              latest.current.onEnded?.();
            }
          },
          onError: () => {
            if (engine.current !== next) return;
            // A failed voice or recording falls back to captions alone, never to silence without text.
            engine.current = captionEngine();
            engine.current.play(
              { sentences: splitSentences(ch.text), lang: SPEECH_LANG[l], rate, from: 0 },
              {
                onSentence: setSentence,
                onEnd: () => {
                  if (index + 1 < latest.current.chapters.length) start(index + 1);
                  else {
                    stopEngine();
                    useNarrationPosition.getState().set({ playing: false, chapter: 0 });
                    latest.current.onEnded?.();
                  }
                },
                onError: () => undefined,
              },
            );
          },
        },
      );
    },
    [siteId, stopEngine],
  );

  const pause = useCallback(() => {
    engine.current?.pause();
    setPaused(true);
    useNarrationPosition.getState().set({ paused: true });
  }, []);
  const resume = useCallback(() => {
    engine.current?.resume();
    setPaused(false);
    useNarrationPosition.getState().set({ paused: false });
  }, []);
  const toggle = useCallback(() => {
    if (!playing || !engine.current) start(chapterIndex);
    else if (paused) resume();
    else pause();
  }, [playing, paused, chapterIndex, start, pause, resume]);
  const go = useCallback(
    (index: number) => {
      const clamped = Math.max(0, Math.min(chapters.length - 1, index));
      if (playing) start(clamped);
      else {
        useNarrationPosition.getState().set({ siteId, chapter: clamped, playing: false });
        latest.current.onChapterStart?.(clamped);
      }
    },
    [chapters.length, playing, start, siteId],
  );

  // A language switch mid-narration continues in the new language at the same chapter.
  // biome-ignore lint/correctness/useExhaustiveDependencies: restart only when the language changes
  useEffect(() => {
    if (playing && engine.current) {
      start(chapterIndex);
      if (hold) pause();
    }
  }, [lang]);

  // A new speed applies from the sentence being read.
  // biome-ignore lint/correctness/useExhaustiveDependencies: restart only when the speed changes
  useEffect(() => {
    if (playing && engine.current && !paused && engine.current.kind !== 'audio')
      start(chapterIndex, sentence);
  }, [prefs.rate]);

  // Leaving the page (or another site) stops the voice.
  useEffect(
    () => () => {
      stopEngine();
      useNarrationPosition.getState().set({ playing: false, paused: false });
    },
    [stopEngine],
  );

  // A presentation starts on arrival (voices may still be loading: a moment's grace) and follows the hold.
  const autoplayed = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: follows the presenter's switches only
  useEffect(() => {
    if (!autoplay) return;
    if (hold) {
      if (engine.current && !pausedRef.current) pause();
      return;
    }
    if (engine.current) {
      if (pausedRef.current) resume();
      return;
    }
    if (autoplayed.current) return;
    const waitForVoices = typeof speechSynthesis !== 'undefined' && voices.length === 0;
    const timer = window.setTimeout(
      () => {
        autoplayed.current = true;
        start(0);
      },
      waitForVoices ? 600 : 0,
    );
    return () => window.clearTimeout(timer);
  }, [autoplay, hold]);

  // Phone lock screens and headsets control the narration.
  useEffect(() => {
    if (!('mediaSession' in navigator) || !chapter || !playing) return;
    const ms = navigator.mediaSession;
    if (typeof MediaMetadata !== 'undefined') {
      ms.metadata = new MediaMetadata({ title: chapter.title, artist: siteName, album: appName });
    }
    ms.playbackState = paused ? 'paused' : 'playing';
    const handlers: [MediaSessionAction, () => void][] = [
      ['play', resume],
      ['pause', pause],
      ['previoustrack', () => go(chapterIndex - 1)],
      ['nexttrack', () => go(chapterIndex + 1)],
    ];
    for (const [action, handler] of handlers) {
      try {
        ms.setActionHandler(action, handler);
      } catch {
        // An action this browser does not support.
      }
    }
    return () => {
      for (const [action] of handlers) {
        try {
          ms.setActionHandler(action, null);
        } catch {
          // As above.
        }
      }
    };
  }, [chapter, playing, paused, siteName, appName, chapterIndex, go, pause, resume]);

  if (chapters.length === 0 || !chapter) return null;
  const shown = captionTexts ?? sentences[chapterIndex] ?? [];
  const caption = playing ? shown[sentence] : undefined;
  const engineKind = chapter.audio ? 'audio' : choice.voice ? 'speech' : 'captions';
  const voiceSummary = choice.candidates
    .map((v) => {
      const traits = [
        voiceGender(v) && t(`narration.${voiceGender(v)}`),
        voiceAccent(v) && t(`narration.${voiceAccent(v)}`),
      ]
        .filter(Boolean)
        .join(', ');
      return `${v.name}${traits ? ` (${traits})` : lang === 'vi' ? ` (${t('narration.unknownTraits')})` : ''}`;
    })
    .join('; ');
  const progress =
    ((chapterIndex + (playing ? (sentence + 1) / Math.max(1, shown.length) : 0)) / chapters.length) * 100;

  return (
    <section
      className="narration"
      aria-label={t('narration.label')}
      data-testid="narration"
      data-engine={engineKind}
    >
      {(prefs.captions || autoplay) && caption && (
        <p className="captions" lang={lang === 'zh' ? 'zh-Hans' : lang} data-testid="caption">
          {caption}
        </p>
      )}
      <div className="narration-bar">
        <StepButton
          label={t('narration.previous')}
          path="M7 6v12M18 6l-9 6 9 6z"
          disabled={chapterIndex === 0}
          onClick={() => go(chapterIndex - 1)}
        />
        <button
          type="button"
          className="narration-play"
          onClick={toggle}
          aria-label={!playing ? t('narration.play') : paused ? t('narration.resume') : t('narration.pause')}
          data-testid="narration-toggle"
        >
          {playing && !paused ? (
            <svg viewBox="0 0 24 24" width="26" height="26" aria-hidden="true">
              <path d="M7 5h4v14H7zM13 5h4v14h-4z" fill="currentColor" />
            </svg>
          ) : (
            <svg viewBox="0 0 24 24" width="26" height="26" aria-hidden="true">
              <path d="M8 5l11 7-11 7z" fill="currentColor" />
            </svg>
          )}
        </button>
        <StepButton
          label={t('narration.next')}
          path="M17 6v12M6 6l9 6-9 6z"
          disabled={chapterIndex >= chapters.length - 1}
          onClick={() => go(chapterIndex + 1)}
        />
        <div className="narration-now">
          <span className="narration-title" data-testid="narration-title">
            {chapter.title}
          </span>
          <span className="narration-count">
            {t('narration.chapterOf', { current: chapterIndex + 1, total: chapters.length })}
          </span>
          <span className="narration-progress" aria-hidden="true">
            <span style={{ width: `${progress}%` }} />
          </span>
        </div>
        <span className="narration-speed">
          <SpeedSelect value={prefs.rate} onChange={prefs.setRate} label={t('narration.speed')} />
        </span>
        <button
          type="button"
          className="chip"
          aria-pressed={prefs.captions}
          onClick={() => prefs.setCaptions(!prefs.captions)}
        >
          <ChipIcon path="M3 6h18v12H3zM10 10.5a2 2 0 1 0 0 3M17 10.5a2 2 0 1 0 0 3" />
          <span className="chip-label">{t('narration.captions')}</span>
        </button>
        <button
          type="button"
          className="chip"
          aria-expanded={transcript}
          aria-controls={`transcript-${siteId}`}
          onClick={() => setTranscript(!transcript)}
        >
          <ChipIcon path="M5 4h14v16H5zM8 8h8M8 12h8M8 16h5" />
          <span className="chip-label">{t('narration.transcript')}</span>
        </button>
      </div>
      {transcript && (
        <div className="transcript" id={`transcript-${siteId}`}>
          <details className="voice-settings">
            <summary>{t('narration.voice')}</summary>
            <div className="voice-options">
              <span aria-hidden="true">{t('narration.speed')}</span>
              <SpeedSelect value={prefs.rate} onChange={prefs.setRate} label={t('narration.speed')} />
            </div>
            {lang === 'vi' && (
              <div className="voice-options">
                <label>
                  {t('narration.accent')}{' '}
                  <select
                    value={prefs.accent}
                    onChange={(e) => prefs.setAccent(e.target.value as 'north' | 'south')}
                  >
                    <option value="north">{t('narration.north')}</option>
                    <option value="south">{t('narration.south')}</option>
                  </select>
                </label>
                <label>
                  {t('narration.gender')}{' '}
                  <select
                    value={prefs.gender}
                    onChange={(e) => prefs.setGender(e.target.value as 'female' | 'male')}
                  >
                    <option value="female">{t('narration.female')}</option>
                    <option value="male">{t('narration.male')}</option>
                  </select>
                </label>
                {choice.voice && (!choice.matches.accent || !choice.matches.gender) && (
                  <p>{t('narration.notMatched')}</p>
                )}
              </div>
            )}
            <p data-testid="voice-summary">
              {chapter.audio?.voice
                ? t('narration.recorded', { voice: chapter.audio.voice })
                : choice.voice
                  ? t('narration.deviceHas', { voices: voiceSummary })
                  : t('narration.noVoice')}
            </p>
          </details>
          <ol>
            {chapters.map((c, i) => (
              <li key={c.id} className={i === chapterIndex ? 'current' : undefined}>
                <button
                  type="button"
                  className="transcript-chapter"
                  onClick={() => go(i)}
                  aria-current={i === chapterIndex ? 'step' : undefined}
                >
                  {c.title}
                </button>
                <p>
                  {(sentences[i] ?? []).map((s, j) => (
                    <span
                      // biome-ignore lint/suspicious/noArrayIndexKey: a fixed split of static text; the position is the identity
                      key={`${c.id}-${j}`}
                      className={playing && i === chapterIndex && j === sentence ? 'spoken' : undefined}
                    >
                      {s}{' '}
                    </span>
                  ))}
                </p>
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
