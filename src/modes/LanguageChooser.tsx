import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { HTML_LANG, LANG_NATIVE_NAME, type Lang } from '../i18n/langs';

/** After the first touch: the visitor picks their language (each named in itself). */
export function LanguageChooser({
  langs,
  onChoose,
}: {
  langs: readonly Lang[];
  onChoose: (lang: Lang) => void;
}) {
  const { i18n } = useTranslation();
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus({ preventScroll: true }), []);
  return (
    <div
      className="kiosk-chooser"
      role="dialog"
      aria-modal="true"
      aria-labelledby="kiosk-chooser-title"
      data-testid="kiosk-chooser"
    >
      <h2 id="kiosk-chooser-title" className="chooser-title">
        {langs.map((l) => (
          <span key={l} lang={HTML_LANG[l]}>
            {i18n.getFixedT(l)('kiosk.chooseLanguage')}
          </span>
        ))}
      </h2>
      <ul className="chooser-options">
        {langs.map((l, i) => (
          <li key={l}>
            <button
              ref={i === 0 ? first : undefined}
              type="button"
              lang={HTML_LANG[l]}
              className="chooser-option"
              onClick={() => onChoose(l)}
            >
              <span className="chooser-code" aria-hidden="true">
                {l.toUpperCase()}
              </span>
              {LANG_NATIVE_NAME[l]}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
