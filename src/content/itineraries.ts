import data from '../../content/itineraries.json';
import type { Itinerary } from './schema';

/** Validated by content:check; read-only at run time. */
export const ITINERARIES = data as unknown as readonly Itinerary[];
