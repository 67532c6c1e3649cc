import { KarstTower, type KarstTowerSpec } from './karstTower';
import { Rng } from './rng';
import { SceneBuilder } from './sceneBuilder';
import { Terrain, type TerrainSpec } from './terrain';
import { scatterTrees, type TreeKind } from './trees';
import type { Vec3 } from './vec';
import type { View } from './views';

export interface HotspotPlacement {
  anchor: Vec3;
  view: View;
}

/** What a site recipe produces: geometry plus the camera framings for its hotspots. */
export interface BuiltSite {
  id: string;
  scene: SceneBuilder;
  terrain: Terrain;
  hotspots: Map<string, HotspotPlacement>;
  intro: View;
}

interface Footprint {
  x: number;
  z: number;
  r: number;
}

/** Shared state a recipe composes a diorama with: scene, terrain, seeded randomness, occupied ground. */
export class SiteContext {
  readonly scene = new SceneBuilder();
  readonly terrain: Terrain;
  readonly rng: Rng;
  readonly towers: KarstTower[] = [];
  private readonly occupied: Footprint[] = [];
  private readonly placements = new Map<string, HotspotPlacement>();
  private introView: View | undefined;

  constructor(
    readonly id: string,
    terrain: Omit<TerrainSpec, 'seed'>,
  ) {
    this.rng = Rng.from(`xu-lang-3d/${id}`);
    this.terrain = new Terrain({ ...terrain, seed: `${id}/terrain` });
    this.terrain.build(this.scene);
  }

  /** Ground height at (x, z). */
  ground = (x: number, z: number): number => this.terrain.heightAt(x, z);

  /** Marks ground as taken so scattered trees and rocks keep clear of it. */
  occupy(x: number, z: number, r: number): void {
    this.occupied.push({ x, z, r });
  }

  isFree = (x: number, z: number, margin = 0): boolean =>
    this.occupied.every((f) => Math.hypot(f.x - x, f.z - z) > f.r + margin);

  /** Builds a karst tower and reserves its footprint. */
  tower(spec: Omit<KarstTowerSpec, 'seed'> & { seed?: string }): KarstTower {
    const t = new KarstTower({ ...spec, seed: spec.seed ?? `${this.id}/${spec.name}` }, this.terrain);
    t.build(this.scene);
    this.towers.push(t);
    this.occupy(spec.x, spec.z, t.footprint * 0.85);
    return t;
  }

  /** Scatters trees over free, dry, not-too-steep ground. */
  trees(
    label: string,
    spec: {
      count: number;
      kinds: readonly TreeKind[];
      size: [number, number];
      area?: { x: number; z: number; r: number };
      accept?: (x: number, z: number) => boolean;
      minSpacing?: number;
      maxSlope?: number;
    },
  ): Vec3[] {
    const wl = this.terrain.waterLevel;
    const maxSlope = spec.maxSlope ?? 0.9;
    return scatterTrees(this.scene, this.rng.fork(`trees/${label}`), {
      count: spec.count,
      kinds: spec.kinds,
      size: spec.size,
      area: spec.area,
      minSpacing: spec.minSpacing,
      ground: (x, z) => this.terrain.groundAt(x, z, 0.2),
      accept: (x, z) => {
        const y = this.terrain.heightAt(x, z);
        if (y < wl + 0.15) return false;
        const slope =
          Math.abs(this.terrain.heightAt(x + 0.3, z) - y) + Math.abs(this.terrain.heightAt(x, z + 0.3) - y);
        if (slope > maxSlope * 0.6) return false;
        return this.isFree(x, z) && (spec.accept ? spec.accept(x, z) : true);
      },
    });
  }

  hotspot(id: string, anchor: Vec3, view: View): void {
    if (this.placements.has(id)) throw new Error(`${this.id}: hotspot ${id} placed twice`);
    this.placements.set(id, { anchor, view });
  }

  intro(view: View): void {
    this.introView = view;
  }

  finish(): BuiltSite {
    if (!this.introView) throw new Error(`${this.id}: no intro view`);
    return {
      id: this.id,
      scene: this.scene,
      terrain: this.terrain,
      hotspots: this.placements,
      intro: this.introView,
    };
  }
}

/** A site recipe composes one diorama from the shared builders. */
export interface SiteRecipe {
  id: string;
  terrain: Omit<TerrainSpec, 'seed'>;
  compose(ctx: SiteContext): void;
}

export function buildSiteScene(recipe: SiteRecipe): BuiltSite {
  const ctx = new SiteContext(recipe.id, recipe.terrain);
  recipe.compose(ctx);
  return ctx.finish();
}
