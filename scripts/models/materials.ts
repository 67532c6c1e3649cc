/** The handful of PBR materials every diorama shares; colour comes from COLOR_0, these set the finish. */
export const MATERIALS = {
  ground: { name: 'Ground', roughness: 0.95 },
  rock: { name: 'Limestone', roughness: 0.9 },
  foliage: { name: 'Foliage', roughness: 0.88 },
  timber: { name: 'Timber', roughness: 0.82 },
  tile: { name: 'RoofTile', roughness: 0.8 },
  masonry: { name: 'Masonry', roughness: 0.9 },
  water: { name: 'Water', roughness: 0.8 },
  cloud: { name: 'Cloud', roughness: 0.95 },
  plinth: { name: 'Plinth', roughness: 0.95 },
} as const;

export type MaterialKey = keyof typeof MATERIALS;
export const MATERIAL_KEYS = Object.keys(MATERIALS) as MaterialKey[];
