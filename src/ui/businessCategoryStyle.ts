import type { BusinessCategory } from '../content/businessSchema';

/** Business marker colour per category: darker tones so the white pictograms keep ≥ 4.5:1 contrast. */
export const BUSINESS_CATEGORY_COLOR: Record<BusinessCategory, string> = {
  lodging: '#5A3F86',
  food: '#A5461F',
  'travel-agency': '#1C6E8C',
  transport: '#3B5566',
  shopping: '#A84866',
  experience: '#7D5F0F',
};

/**
 * 24×24 pictograms (bed, bowl, suitcase, bus, bag, star), filled with the even-odd rule so the
 * inner shapes cut holes. Drawn white on a rounded square, unlike the round site markers.
 */
export const BUSINESS_CATEGORY_ICON_PATH: Record<BusinessCategory, string> = {
  lodging:
    'M2 20V5H4.5V12.5H21.5Q22 12.5 22 13V20H19.5V17.5H4.5V20ZM5.5 11.5V10Q5.5 7.5 8 7.5T10.5 10V11.5ZM11.5 11.5V8.5H18.5Q21.5 8.5 21.5 11.5Z',
  food: 'M2.5 11.5H21.5Q21.5 18.5 12 19.5Q2.5 18.5 2.5 11.5ZM8 20.5H16V22H8ZM12.5 10.5L19.8 3.2L20.8 4.2L14.5 10.5ZM9.5 10.5L14 2.5L15.2 3.2L11.2 10.5Z',
  'travel-agency':
    'M8.5 6.5V4.5Q8.5 3 10 3H14Q15.5 3 15.5 4.5V6.5H20Q22 6.5 22 8.5V18.5Q22 20.5 20 20.5H4Q2 20.5 2 18.5V8.5Q2 6.5 4 6.5ZM10.2 6.5H13.8V4.7H10.2ZM7 9V18H8.6V9ZM15.4 9V18H17V9Z',
  transport:
    'M4 5.5Q4 3 7 3H17Q20 3 20 5.5V18H18.5V20.5H15.5V18H8.5V20.5H5.5V18H4ZM6 6V11.5H18V6ZM6.2 13.6V15.8H9V13.6ZM15 13.6V15.8H17.8V13.6Z',
  shopping: 'M3.5 8H20.5L19.2 21.5H4.8ZM7.8 8V7Q7.8 2.8 12 2.8T16.2 7V8H14.6V7Q14.6 4.4 12 4.4T9.4 7V8Z',
  experience: 'M12 2.2L14.9 8.4L21.6 9.2L16.6 13.8L17.9 20.5L12 17.1L6.1 20.5L7.4 13.8L2.4 9.2L9.1 8.4Z',
};

/** Corner radius of the rounded-square marker, as a fraction of its side. */
export const BUSINESS_MARKER_RADIUS = 0.26;
