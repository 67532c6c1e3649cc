import type { BusinessCategory } from '../content/businessSchema';
import {
  BUSINESS_CATEGORY_COLOR,
  BUSINESS_CATEGORY_ICON_PATH,
  BUSINESS_MARKER_RADIUS,
} from './businessCategoryStyle';

/** The business map marker (rounded square with a white pictogram), as inline SVG for lists and cards. */
export function BusinessCategoryIcon({ category, size = 28 }: { category: BusinessCategory; size?: number }) {
  const side = 30;
  const inset = 2;
  const inner = side - 2 * inset;
  const scale = (inner * 0.72) / 24;
  const offset = side / 2 - 12 * scale;
  return (
    <svg
      width={size}
      height={size}
      viewBox={`0 0 ${side} ${side}`}
      aria-hidden="true"
      focusable="false"
      className="business-icon"
    >
      <rect
        x={inset}
        y={inset}
        width={inner}
        height={inner}
        rx={inner * BUSINESS_MARKER_RADIUS}
        fill={BUSINESS_CATEGORY_COLOR[category]}
        stroke="#fff"
        strokeWidth="2"
      />
      <path
        d={BUSINESS_CATEGORY_ICON_PATH[category]}
        fill="#fff"
        fillRule="evenodd"
        transform={`translate(${offset} ${offset}) scale(${scale})`}
      />
    </svg>
  );
}
