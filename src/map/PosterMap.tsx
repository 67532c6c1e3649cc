import { useEffect, useRef, useState } from 'react';
import type { Lang } from '../content/schema';
import { CategoryIcon } from '../ui/CategoryIcon';
import { MAP_ATTRIBUTION } from './mapAttribution';
import { FRAME_ASPECT, POSTER_MARGIN } from './posterFrame';
import { type PosterPin, posterPins } from './posterPins';
import type { MapSite } from './siteFeatures';

export interface PosterMapProps {
  lang: Lang;
  /** Same padding as the live map's fit, so the poster lines up with it. */
  padding: { top: number; right: number; bottom: number; left: number };
  sites: readonly MapSite[];
  selectedId?: string | null;
  onSelect?: (id: string) => void;
  /** A group pin: the visitor wants a closer look, which needs the live map. */
  onOpenGroup?: (sites: MapSite[]) => void;
  groupLabel?: (sites: MapSite[]) => string;
  ariaLabel?: string;
  /** Name of the map-data sources toggle (the poster shows the data's required attribution behind it). */
  sourcesLabel?: string;
}

const POSTER_URL = `${import.meta.env.BASE_URL}map/poster.svg`;

/** The static province map (public/map/poster.svg) with site pins as buttons: no WebGL, no map engine. */
export function PosterMap({
  lang,
  padding,
  sites,
  selectedId,
  onSelect,
  onOpenGroup,
  groupLabel,
  ariaLabel,
  sourcesLabel,
}: PosterMapProps) {
  const frameRef = useRef<HTMLDivElement>(null);
  const [frame, setFrame] = useState<{ width: number; height: number } | null>(null);
  useEffect(() => {
    const el = frameRef.current;
    if (!el) return;
    const measure = () => setFrame({ width: el.clientWidth, height: el.clientHeight });
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  const pins: PosterPin[] = frame && frame.width > 0 ? posterPins(sites, frame) : [];

  return (
    <section
      className="poster-map"
      aria-label={ariaLabel}
      data-testid="poster-map"
      style={{
        paddingTop: padding.top,
        paddingRight: padding.right,
        paddingBottom: padding.bottom,
        paddingLeft: padding.left,
      }}
    >
      <div className="poster-map-fit">
        <div
          className="poster-map-frame"
          ref={frameRef}
          style={{ aspectRatio: String(FRAME_ASPECT), ['--frame-ar' as string]: FRAME_ASPECT }}
        >
          <img
            className="poster-map-image"
            src={POSTER_URL}
            alt=""
            style={{
              left: `${-POSTER_MARGIN.x * 100}%`,
              top: `${-POSTER_MARGIN.y * 100}%`,
              width: `${(1 + 2 * POSTER_MARGIN.x) * 100}%`,
              height: `${(1 + 2 * POSTER_MARGIN.y) * 100}%`,
            }}
          />
          {pins.map((pin) => {
            const [only] = pin.sites;
            const style = { left: `${pin.x * 100}%`, top: `${pin.y * 100}%` };
            if (pin.sites.length === 1 && only)
              return (
                <button
                  key={only.id}
                  type="button"
                  className="poster-pin"
                  style={style}
                  aria-pressed={only.id === selectedId}
                  aria-label={only.name[lang]}
                  data-site={only.id}
                  onClick={() => onSelect?.(only.id)}
                >
                  <CategoryIcon category={only.category} size={34} approximate={only.approximate} />
                </button>
              );
            return (
              <button
                key={pin.sites.map((s) => s.id).join(' ')}
                type="button"
                className="poster-pin poster-group"
                style={style}
                aria-label={groupLabel?.(pin.sites)}
                data-sites={pin.sites.map((s) => s.id).join(' ')}
                onClick={() => onOpenGroup?.(pin.sites)}
              >
                {pin.sites.length}
              </button>
            );
          })}
        </div>
      </div>
      <details className="poster-map-attrib">
        <summary>
          <span aria-hidden="true">i</span>
          <span className="visually-hidden">{sourcesLabel}</span>
        </summary>
        <p>{MAP_ATTRIBUTION}</p>
      </details>
    </section>
  );
}
