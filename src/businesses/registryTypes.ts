/** The registry export's columns, as the importer names them in reports. */
export const REGISTRY_FIELDS = [
  'id',
  'name',
  'name_en',
  'name_zh',
  'category',
  'address',
  'lat',
  'lng',
  'phone',
  'email',
  'website',
  'booking',
  'languages',
  'price_level',
  'opening_hours',
  'registration',
] as const;
export type RegistryField = (typeof REGISTRY_FIELDS)[number];

/** Without these no row can become a business, so a CSV header lacking one is not a registry header. */
export const REQUIRED_FIELDS: readonly RegistryField[] = ['id', 'name', 'category', 'lat', 'lng'];

/** Where a row is: the physical line it starts on (files) or its 1-based position (JSON arrays). */
export interface RowRef {
  line?: number;
  item?: number;
}

/** One reason a row was rejected: where, which field, what is wrong, how to fix it. */
export interface RegistryProblem extends RowRef {
  /** A registry field, "row" for the row as a whole, "lat/lng" for the pair. */
  field: string;
  reason: string;
  fix: string;
}

/** One row as read from the file: [column header or JSON key, raw value] in file order. */
export interface RegistryRow extends RowRef {
  cells: ReadonlyArray<readonly [string, unknown]>;
}

/** A field-level error before the row reference is known. */
export interface FieldError {
  field: string;
  reason: string;
  fix: string;
}

export type FieldResult<T> = { ok: true; value: T } | { ok: false; error: FieldError };

/** A point with an id, as both sites (content/sites) and businesses have it. */
export interface Located {
  id: string;
  location: { lat: number; lng: number };
}

/** Quotes a raw value for a report line: JSON escapes keep newlines visible, long values are cut. */
export function quote(value: string): string {
  const cut = value.length > 60 ? `${value.slice(0, 57)}…` : value;
  return JSON.stringify(cut);
}
