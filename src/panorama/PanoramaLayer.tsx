import { addAfterEffect, useFrame, useThree } from '@react-three/fiber';
import { type RefObject, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import { Group, Mesh, MeshBasicMaterial, SphereGeometry, type Texture, Vector3 } from 'three';
import { loadPanoramaTextures } from './loadPanoramaTextures';
import { orientationView } from './orientationView';
import { MARKER_DISTANCE, PanoMarkers } from './PanoMarkers';
import { directionOf, wrapYaw } from './panoMath';
import { spreadMarkers } from './spreadMarkers';
import type { PanoInfoMarker, PanoLinkMarker, PanoLoadState, PanoSceneInput } from './types';
import { normalizeView, type PanoViewState } from './viewParams';

const RADIUS = 50;
const FADE_MS = 550;
const RAD = Math.PI / 180;
const SETTLE_MS = 350;

export interface PanoramaHandle {
  turn: (dYaw: number, dPitch: number) => void;
  zoomBy: (factor: number) => void;
  setView: (view: PanoViewState) => void;
  view: () => PanoViewState;
  /** Steer by the phone's motion; resolves false when the device or the visitor refuses. */
  setMotion: (on: boolean) => Promise<boolean>;
}

export interface PanoramaLayerProps {
  scene: PanoSceneInput;
  /** The view a scene opens with; applied whenever the scene changes. */
  initialView: PanoViewState;
  /** Fade out, give the camera back, then call onExited. */
  leaving: boolean;
  reducedMotion: boolean;
  /** False when nothing is drawn behind the first scene (a 360° link): it shows at once, no fade from black. */
  fadeInFirst?: boolean;
  handle?: RefObject<PanoramaHandle | null>;
  onLink: (to: string) => void;
  onInfo: (id: string) => void;
  /** The view once the visitor stops moving it (for the URL). */
  onViewSettled?: (view: PanoViewState) => void;
  /** Every frame the view changes (compass, mini-map): keep it cheap, no React state. */
  onViewFrame?: (view: PanoViewState) => void;
  onState?: (state: PanoLoadState) => void;
  /** True once the panorama fully covers the model behind it; false when it starts to uncover it. */
  onCovered?: (covered: boolean) => void;
  onExited?: () => void;
}

interface Layer {
  sceneId: string;
  root: Group;
  materials: MeshBasicMaterial[];
  textures: Texture[];
  opacity: number;
  target: number;
}

type GeometryKind = 'single' | 'left' | 'right';

/**
 * A 360° panorama drawn inside the 3D viewer's canvas: one owner for its spheres, textures and the
 * camera's orientation while it is shown. Scenes cross-fade; the preview shows before the full image.
 */
export function PanoramaLayer(props: PanoramaLayerProps) {
  const { scene, initialView, leaving } = props;
  const { gl, camera, invalidate } = useThree();
  const cb = useRef(props);
  cb.current = props;

  const root = useMemo(() => new Group(), []);
  // Markers as drawn: nudged apart where two would cover each other.
  const markers = useMemo(() => {
    const all = spreadMarkers<{ yaw: number; pitch: number }>([...scene.links, ...scene.hotspots]);
    const n = scene.links.length;
    return {
      links: all.slice(0, n) as PanoLinkMarker[],
      hotspots: all.slice(n) as PanoInfoMarker[],
    };
  }, [scene]);
  const placed = useRef(markers);
  placed.current = markers;
  const geometries = useRef(new Map<GeometryKind, SphereGeometry>());
  const layers = useRef<Layer[]>([]);
  const view = useRef<PanoViewState>(normalizeView(initialView));
  const goal = useRef<PanoViewState>(normalizeView(initialView));
  const state = useRef<PanoLoadState>('loading');
  const [shownState, setShownState] = useState<PanoLoadState>('loading');
  const mark = useRef<'preview' | 'full' | null>(null);
  const drawn = useRef<'preview' | 'full' | null>(null);
  const probe = useRef({ previewAt: null as number | null, fullAt: null as number | null, requestedAt: 0 });
  const plan = useRef('none');
  const covered = useRef(false);
  const exited = useRef(false);
  const lastFrameView = useRef('');
  const settleTimer = useRef(0);
  const motion = useRef<{ offset: number | null; listener: (e: DeviceOrientationEvent) => void } | null>(
    null,
  );
  const maxTextureSize = gl.capabilities.maxTextureSize;

  const publish = () => {
    window.__xl3dPanorama = {
      sceneId: cb.current.scene.id,
      state: state.current,
      previewAt: probe.current.previewAt,
      fullAt: probe.current.fullAt,
      requestedAt: probe.current.requestedAt,
      view: () => ({ ...view.current }),
      textures: () => ({ plan: plan.current, maxTextureSize }),
      markers: () => {
        const rect = gl.domElement.getBoundingClientRect();
        const sc = cb.current.scene;
        const m = placed.current;
        const project = (yaw: number, pitch: number) => {
          const [x, y, z] = directionOf(yaw, pitch);
          const v = new Vector3(x, y, z).multiplyScalar(MARKER_DISTANCE).add(new Vector3(...sc.position));
          v.project(camera);
          const onScreen = v.z < 1 && Math.abs(v.x) <= 1 && Math.abs(v.y) <= 1;
          return {
            x: rect.left + ((v.x + 1) / 2) * rect.width,
            y: rect.top + ((1 - v.y) / 2) * rect.height,
            onScreen,
          };
        };
        return [
          ...m.links.map((l) => ({ kind: 'link' as const, id: l.to, ...project(l.yaw, l.pitch) })),
          ...m.hotspots.map((h) => ({ kind: 'info' as const, id: h.id, ...project(h.yaw, h.pitch) })),
        ];
      },
    };
  };
  const setState = (s: PanoLoadState) => {
    state.current = s;
    setShownState(s);
    publish();
    cb.current.onState?.(s);
  };
  const settleSoon = () => {
    window.clearTimeout(settleTimer.current);
    settleTimer.current = window.setTimeout(() => cb.current.onViewSettled?.({ ...goal.current }), SETTLE_MS);
  };
  const moveGoal = (next: PanoViewState, settle = true) => {
    goal.current = normalizeView(next);
    invalidate();
    if (settle) settleSoon();
  };

  const geometry = (kind: GeometryKind) => {
    let g = geometries.current.get(kind);
    if (!g) {
      g =
        kind === 'single'
          ? new SphereGeometry(RADIUS, 64, 32)
          : new SphereGeometry(RADIUS, 32, 32, kind === 'left' ? 0 : Math.PI, Math.PI);
      // Seen from inside: mirror so the image is not reversed.
      g.scale(-1, 1, 1);
      geometries.current.set(kind, g);
    }
    return g;
  };

  const buildLayer = (sceneId: string, textures: Texture[]): Layer => {
    const group = new Group();
    // Yaw 0 (the image's centre column) looks along −Z; see panoMath.
    group.rotation.y = -Math.PI / 2;
    const kinds: GeometryKind[] = textures.length === 2 ? ['left', 'right'] : ['single'];
    const materials = textures.map(
      (map) =>
        new MeshBasicMaterial({
          map,
          transparent: true,
          opacity: 0,
          depthTest: false,
          depthWrite: false,
          toneMapped: false,
        }),
    );
    materials.forEach((material, i) => {
      const mesh = new Mesh(geometry(kinds[i] ?? 'single'), material);
      mesh.renderOrder = 1000;
      mesh.frustumCulled = false;
      group.add(mesh);
    });
    root.add(group);
    return { sceneId, root: group, materials, textures, opacity: 0, target: 1 };
  };

  const disposeLayer = (layer: Layer) => {
    root.remove(layer.root);
    for (const m of layer.materials) m.dispose();
    for (const t of layer.textures) disposeTexture(t);
  };

  const swapTextures = (layer: Layer, textures: Texture[]) => {
    const old = layer.textures;
    if (textures.length !== old.length) {
      // A different layout (e.g. halves): rebuild the layer at the same opacity.
      const next = buildLayer(layer.sceneId, textures);
      next.opacity = layer.opacity;
      next.target = layer.target;
      for (const m of next.materials) m.opacity = next.opacity;
      disposeLayer(layer);
      layers.current = layers.current.map((l) => (l === layer ? next : l));
      return;
    }
    layer.materials.forEach((m, i) => {
      const t = textures[i];
      if (t) m.map = t;
      m.needsUpdate = true;
    });
    layer.textures = textures;
    for (const t of old) disposeTexture(t);
  };

  // The camera belongs to the panorama while it is shown: save what the 3D view had, give it back after.
  useEffect(() => {
    const cam = camera as typeof camera & { fov?: number };
    const saved = { fov: cam.fov, order: camera.rotation.order };
    camera.rotation.order = 'YXZ';
    return () => {
      camera.rotation.order = saved.order;
      if ('fov' in cam && saved.fov !== undefined && 'updateProjectionMatrix' in cam) {
        cam.fov = saved.fov;
        (cam as unknown as { updateProjectionMatrix: () => void }).updateProjectionMatrix();
      }
    };
  }, [camera]);

  // Load the scene: preview first (fades in over the previous scene), then the full image.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new scene id is the only trigger
  useEffect(() => {
    const abort = new AbortController();
    const { signal } = abort;
    probe.current = { previewAt: null, fullAt: null, requestedAt: performance.now() };
    mark.current = null;
    drawn.current = null;
    view.current = normalizeView(cb.current.initialView);
    goal.current = { ...view.current };
    setState('loading');
    let layer: Layer | null = null;

    const show = (textures: Texture[], stage: 'preview' | 'full') => {
      if (signal.aborted) {
        for (const t of textures) disposeTexture(t);
        return;
      }
      if (!layer) {
        const first = layers.current.length === 0;
        for (const l of layers.current) l.target = 0;
        layer = buildLayer(scene.id, textures);
        if (cb.current.reducedMotion || (first && cb.current.fadeInFirst === false)) {
          layer.opacity = 1;
          for (const m of layer.materials) m.opacity = 1;
        }
        layers.current.push(layer);
      } else {
        swapTextures(layer, textures);
        layer = layers.current.find((l) => l.sceneId === scene.id && l.target === 1) ?? layer;
      }
      mark.current = stage;
      setState(stage);
      invalidate();
    };

    (async () => {
      try {
        const preview = await loadPanoramaTextures(scene.preview, maxTextureSize, signal);
        show(preview.textures, 'preview');
      } catch (e) {
        if (signal.aborted) return;
        console.warn('Panorama preview failed', e);
      }
      try {
        const full = await loadPanoramaTextures(scene.image, maxTextureSize, signal);
        plan.current = full.plan.kind;
        show(full.textures, 'full');
      } catch (e) {
        if (signal.aborted) return;
        console.warn('Panorama image failed', e);
        if (!layer) setState('error');
        return;
      }
      // The next step should be instant: warm the HTTP cache with the linked scenes' images.
      for (const url of scene.preload) {
        if (signal.aborted) return;
        await fetch(url, { signal, priority: 'low' } as RequestInit)
          .then((r) => r.blob())
          .catch(() => undefined);
      }
    })();
    return () => abort.abort();
  }, [scene.id]);

  // Leaving: fade everything out, then hand the camera back.
  useEffect(() => {
    if (!leaving) return;
    exited.current = false;
    for (const l of layers.current) l.target = 0;
    if (covered.current) {
      covered.current = false;
      cb.current.onCovered?.(false);
    }
    invalidate();
  }, [leaving, invalidate]);

  // Dispose everything on unmount.
  // biome-ignore lint/correctness/useExhaustiveDependencies: unmount only; disposeLayer reads refs
  useEffect(
    () => () => {
      for (const l of layers.current) disposeLayer(l);
      layers.current = [];
      for (const g of geometries.current.values()) g.dispose();
      geometries.current.clear();
      window.clearTimeout(settleTimer.current);
      if (motion.current) window.removeEventListener('deviceorientation', motion.current.listener);
      window.__xl3dPanorama = undefined;
    },
    [],
  );

  // Drag to look, pinch and wheel to zoom, arrow keys to turn.
  // biome-ignore lint/correctness/useExhaustiveDependencies: listeners read live refs
  useEffect(() => {
    const el = gl.domElement;
    const pointers = new Map<number, { x: number; y: number }>();
    let pinch: { dist: number; fov: number } | null = null;
    const spread = () => {
      const [a, b] = [...pointers.values()];
      return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
    };
    const down = (e: PointerEvent) => {
      pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
      if (pointers.size === 2) pinch = { dist: spread(), fov: goal.current.fov };
    };
    const move = (e: PointerEvent) => {
      const p = pointers.get(e.pointerId);
      if (!p) return;
      if (pointers.size === 1) {
        const k = goal.current.fov / Math.max(1, el.clientHeight);
        const dx = (e.clientX - p.x) * k;
        if (motion.current?.offset != null) motion.current.offset -= dx;
        moveGoal({
          ...goal.current,
          yaw: goal.current.yaw - dx,
          pitch: goal.current.pitch + (e.clientY - p.y) * k,
        });
      }
      p.x = e.clientX;
      p.y = e.clientY;
      if (pointers.size === 2 && pinch) {
        const d = spread();
        if (d > 0) moveGoal({ ...goal.current, fov: (pinch.fov * pinch.dist) / d });
      }
    };
    const up = (e: PointerEvent) => {
      pointers.delete(e.pointerId);
      if (pointers.size < 2) pinch = null;
    };
    const wheel = (e: WheelEvent) => {
      e.preventDefault();
      moveGoal({ ...goal.current, fov: goal.current.fov * Math.exp(e.deltaY * 0.0015) });
    };
    const keyTarget = el.closest<HTMLElement>('[role="application"]') ?? el;
    const key = (e: KeyboardEvent) => {
      const step = e.shiftKey ? 15 : 5;
      const g = goal.current;
      const moves: Record<string, PanoViewState> = {
        ArrowLeft: { ...g, yaw: g.yaw - step },
        ArrowRight: { ...g, yaw: g.yaw + step },
        ArrowUp: { ...g, pitch: g.pitch + step },
        ArrowDown: { ...g, pitch: g.pitch - step },
        '+': { ...g, fov: g.fov / 1.15 },
        '=': { ...g, fov: g.fov / 1.15 },
        '-': { ...g, fov: g.fov * 1.15 },
        Home: normalizeView(cb.current.initialView),
      };
      const next = moves[e.key];
      if (!next) return;
      e.preventDefault();
      moveGoal(next);
    };
    el.addEventListener('pointerdown', down);
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', up);
    el.addEventListener('wheel', wheel, { passive: false });
    keyTarget.addEventListener('keydown', key);
    return () => {
      el.removeEventListener('pointerdown', down);
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', up);
      el.removeEventListener('wheel', wheel);
      keyTarget.removeEventListener('keydown', key);
    };
  }, [gl]);

  useImperativeHandle(props.handle, () => ({
    turn: (dYaw, dPitch) =>
      moveGoal({ ...goal.current, yaw: goal.current.yaw + dYaw, pitch: goal.current.pitch + dPitch }),
    zoomBy: (factor) => moveGoal({ ...goal.current, fov: goal.current.fov * factor }),
    setView: (v) => moveGoal(v),
    view: () => ({ ...view.current }),
    setMotion: async (on) => {
      if (motion.current) {
        window.removeEventListener('deviceorientation', motion.current.listener);
        motion.current = null;
      }
      if (!on) return true;
      const DOE = window.DeviceOrientationEvent as
        | (typeof DeviceOrientationEvent & { requestPermission?: () => Promise<string> })
        | undefined;
      if (!DOE) return false;
      // iOS asks the visitor; this must run from the tap that switched motion on.
      if (typeof DOE.requestPermission === 'function') {
        const answer = await DOE.requestPermission().catch(() => 'denied');
        if (answer !== 'granted') return false;
      }
      const m = {
        offset: null as number | null,
        listener: (e: DeviceOrientationEvent) => {
          if (e.alpha === null || e.beta === null || e.gamma === null) return;
          const o = orientationView(e.alpha, e.beta, e.gamma, screen.orientation?.angle ?? 0);
          m.offset ??= goal.current.yaw - o.yaw;
          moveGoal({ ...goal.current, yaw: o.yaw + m.offset, pitch: o.pitch }, false);
        },
      };
      motion.current = m;
      window.addEventListener('deviceorientation', m.listener);
      return true;
    },
  }));

  useFrame((_, delta) => {
    let busy = false;
    // Ease the view towards its goal (a cut under reduced motion).
    const v = view.current;
    const g = goal.current;
    const k = cb.current.reducedMotion ? 1 : Math.min(1, delta * 14);
    const dYaw = wrapYaw(g.yaw - v.yaw);
    v.yaw = wrapYaw(v.yaw + dYaw * k);
    v.pitch += (g.pitch - v.pitch) * k;
    v.fov += (g.fov - v.fov) * k;
    if (Math.abs(dYaw) > 0.01 || Math.abs(g.pitch - v.pitch) > 0.01 || Math.abs(g.fov - v.fov) > 0.01)
      busy = true;
    else Object.assign(v, g);

    root.position.set(...cb.current.scene.position);
    if (!gl.xr.isPresenting && !cb.current.leaving) {
      camera.position.set(...cb.current.scene.position);
      camera.rotation.set(v.pitch * RAD, -v.yaw * RAD, 0, 'YXZ');
      const cam = camera as typeof camera & { fov?: number; updateProjectionMatrix?: () => void };
      if (cam.fov !== undefined && Math.abs(cam.fov - v.fov) > 1e-3) {
        cam.fov = v.fov;
        cam.updateProjectionMatrix?.();
      }
    }
    const key = `${v.yaw.toFixed(2)} ${v.pitch.toFixed(2)} ${v.fov.toFixed(2)}`;
    if (key !== lastFrameView.current) {
      lastFrameView.current = key;
      cb.current.onViewFrame?.({ ...v });
    }

    // Cross-fades.
    const step = cb.current.reducedMotion ? 1 : (delta * 1000) / FADE_MS;
    for (const l of layers.current) {
      if (l.opacity !== l.target) {
        l.opacity =
          l.target > l.opacity ? Math.min(l.target, l.opacity + step) : Math.max(l.target, l.opacity - step);
        for (const m of l.materials) m.opacity = l.opacity;
        busy = true;
      }
    }
    const gone = layers.current.filter((l) => l.target === 0 && l.opacity === 0);
    if (gone.length) {
      for (const l of gone) disposeLayer(l);
      layers.current = layers.current.filter((l) => !gone.includes(l));
    }
    const top = layers.current[layers.current.length - 1];
    const isCovered = !cb.current.leaving && top !== undefined && top.opacity === 1 && top.target === 1;
    if (isCovered !== covered.current) {
      covered.current = isCovered;
      cb.current.onCovered?.(isCovered);
    }
    if (cb.current.leaving && layers.current.length === 0 && !exited.current) {
      exited.current = true;
      cb.current.onExited?.();
    }
    // This frame draws the texture that went in: the probe stamps it once the frame is drawn (below).
    if (mark.current) {
      drawn.current = mark.current;
      mark.current = null;
    }
    if (busy) invalidate();
  });

  // After the frame's render call (shader compile and texture upload included), like a peer's "rendered".
  // biome-ignore lint/correctness/useExhaustiveDependencies: publish reads refs only; subscribed once
  useEffect(
    () =>
      addAfterEffect(() => {
        const m = drawn.current;
        if (!m) return;
        drawn.current = null;
        const now = performance.now();
        if (m === 'preview' && probe.current.previewAt === null) probe.current.previewAt = now;
        if (m === 'full' && probe.current.fullAt === null) {
          probe.current.fullAt = now;
          probe.current.previewAt ??= now;
        }
        publish();
      }),
    [],
  );

  const showMarkers = !leaving && (shownState === 'preview' || shownState === 'full');
  return (
    <>
      <primitive object={root} />
      {showMarkers && (
        <PanoMarkers
          key={scene.id}
          center={scene.position}
          links={markers.links}
          hotspots={markers.hotspots}
          onLink={(to) => cb.current.onLink(to)}
          onInfo={(id) => cb.current.onInfo(id)}
        />
      )}
    </>
  );
}

function disposeTexture(t: Texture) {
  const image = t.image as { close?: () => void } | undefined;
  t.dispose();
  image?.close?.();
}
