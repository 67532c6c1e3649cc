import { encodeGlb } from './encodeGlb';
import { type BuiltSite, buildSiteScene, type SiteRecipe } from './siteContext';
import { toDocument } from './toDocument';
import { roundVec } from './vec';

export interface SiteModel {
  built: BuiltSite;
  glb: Uint8Array;
}

/** Composes a site's diorama and encodes it as an optimised GLB (deterministic for the same code). */
export async function buildSite(recipe: SiteRecipe): Promise<SiteModel> {
  const built = buildSiteScene(recipe);
  const anchors = [...built.hotspots].map(([id, p]) => ({ id, position: roundVec(p.anchor) }));
  const glb = await encodeGlb(toDocument(built.scene, recipe.id, anchors));
  return { built, glb };
}
