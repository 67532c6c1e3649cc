import type { Category } from '../content/schema';
import { CATEGORY_COLOR, CATEGORY_ICON_PATH } from './categoryStyle';

/** The map marker's disc and pictogram, as inline SVG for lists and cards. */
export function CategoryIcon({
  category,
  size = 28,
  approximate = false,
}: {
  category: Category;
  size?: number;
  approximate?: boolean;
}) {
  const color = CATEGORY_COLOR[category];
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 34 34"
      aria-hidden="true"
      focusable="false"
      className="category-icon"
    >
      {approximate && (
        <circle cx="17" cy="17" r="15.8" fill="none" stroke={color} strokeWidth="2" strokeDasharray="3 2.5" />
      )}
      <circle cx="17" cy="17" r={approximate ? 12 : 14} fill={color} stroke="#fff" strokeWidth="2" />
      <path
        d={CATEGORY_ICON_PATH[category]}
        fill="#fff"
        transform={`translate(${17 - (12 * ((approximate ? 12 : 14) * 1.15)) / 24} ${17 - (12 * ((approximate ? 12 : 14) * 1.15)) / 24}) scale(${((approximate ? 12 : 14) * 1.15) / 24})`}
      />
    </svg>
  );
}
