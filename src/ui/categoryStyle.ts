import type { Category } from '../content/schema';

/** Marker colour per category, from the province palette (darkened where white icons need contrast). */
export const CATEGORY_COLOR: Record<Category, string> = {
  cave: '#1F4E3D',
  'pagoda-temple': '#A8432F',
  'mountain-nature': '#3B7250',
  citadel: '#6B5A43',
  'historic-relic': '#2B2D5C',
  'valley-village': '#8E6A1E',
  'border-gate': '#1C6E8C',
  market: '#A84866',
  museum: '#4A4E8C',
};

/** 24×24 pictograms, drawn white on the marker disc and inline in the list. */
export const CATEGORY_ICON_PATH: Record<Category, string> = {
  cave: 'M3 20V12Q3 4 12 4T21 12V20H16V13Q16 9 12 9T8 13V20Z',
  'pagoda-temple': 'M2 10Q7 9 12 4Q17 9 22 10L19 11.5V12.5H5V11.5ZM7 14H17V20H14V16.5H10V20H7Z',
  'mountain-nature': 'M1.5 20L9 6.5L13.2 13.8L16 9.5L22.5 20Z',
  citadel: 'M3 20V7H6V10H9V7H15V10H18V7H21V20H14.5V15.5Q12 12.5 9.5 15.5V20Z',
  'historic-relic': 'M5 21.5V3H7V4H19L16 8L19 12H7V21.5Z',
  'valley-village':
    'M1.5 11L12 3.5L22.5 11ZM4.5 12H19.5V15.5H4.5ZM6 16.5H8V21H6ZM16 16.5H18V21H16ZM11 16.5H13V21H11Z',
  'border-gate': 'M3 21V7H7V21ZM17 21V7H21V21ZM2 3.5H22V6H2ZM8 11.5H16V13.5H8Z',
  market: 'M2.5 9.5L5 4H19L21.5 9.5ZM4 11H20V21H14V15H10V21H4Z',
  museum:
    'M12 2.5L22 8H2ZM3.5 9H20.5V10.5H3.5ZM5 11.5H7.5V18H5ZM10.75 11.5H13.25V18H10.75ZM16.5 11.5H19V18H16.5ZM3 19H21V21.5H3Z',
};
