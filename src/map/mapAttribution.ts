/** The attribution that ../shared/data/geo/SOURCES.md requires: in the corner of the live map and of the poster map. */
export const MAP_ATTRIBUTION =
  'Boundaries © Open Development Mekong / Dept. of Survey and Mapping Vietnam, CC BY-SA 4.0 · ' +
  'Places © GeoNames (geonames.org), CC BY 4.0 · Rivers: GSHHG/WDBII (Wessel & Smith), LGPL-3.0 · ' +
  'Made with Natural Earth · Terrain: SRTM30_PLUS (Scripps Institution of Oceanography, UCSD)';
