import { OrbitControls } from '@react-three/drei';
import { useFrame, useThree } from '@react-three/fiber';
import { type RefObject, useEffect, useImperativeHandle, useRef } from 'react';
import { Vector3 } from 'three';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import { easeInOutCubic, fitToAspect, type OrbitLimits, orbitStep } from './orbitMath';
import type { CameraView, Vec3 } from './types';

export interface CameraRigHandle {
  flyTo: (view: CameraView, onArrive?: () => void, cut?: boolean) => void;
  orbit: (dTheta: number, dPhi: number, zoom: number) => void;
  view: () => CameraView;
  flying: () => boolean;
}

export const ORBIT_LIMITS: OrbitLimits = {
  minDistance: 3,
  maxDistance: 42,
  maxPolar: Math.PI / 2 - 0.08,
  minPolar: 0.12,
};
const IDLE_MS = 7000;

interface Flight {
  from: CameraView;
  to: CameraView;
  start: number;
  duration: number;
  onArrive?: (() => void) | undefined;
}

/**
 * Owns the camera: orbit limits and damping, flights to hotspot views, idle auto-rotation.
 * With `orbitEnabled` off (a panorama has the camera) the controls let go and only flights move it.
 */
export function CameraRig({
  handle,
  intro,
  reducedMotion,
  immersiveView = null,
  immersiveCut = false,
  onImmersiveArrived,
  hasModel = true,
}: {
  handle: RefObject<CameraRigHandle | null>;
  intro: CameraView;
  reducedMotion: boolean;
  /** Set: fly to this eye point and let go of orbiting (a panorama takes the camera); cleared: fly back. */
  immersiveView?: CameraView | null;
  /** Jump instead of flying (a panorama opened by a link). */
  immersiveCut?: boolean;
  onImmersiveArrived?: (() => void) | undefined;
  hasModel?: boolean;
}) {
  const orbitEnabled = immersiveView === null;
  const controls = useRef<OrbitControlsImpl>(null);
  const { camera, invalidate, size } = useThree();
  const flight = useRef<Flight | null>(null);
  const lastInput = useRef(performance.now());
  const tmp = useRef(new Vector3());

  const current = (): CameraView => {
    const t = controls.current?.target ?? new Vector3();
    return { position: camera.position.toArray() as Vec3, target: t.toArray() as Vec3 };
  };

  const flyTo = (to: CameraView, onArrive?: () => void, cut = false) => {
    lastInput.current = performance.now();
    if (reducedMotion || cut) {
      flight.current = null;
      camera.position.set(...to.position);
      controls.current?.target.set(...to.target);
      camera.lookAt(...to.target);
      controls.current?.update();
      invalidate();
      onArrive?.();
      return;
    }
    const from = current();
    const dist = Math.hypot(...to.position.map((v, i) => v - (from.position[i] ?? 0)));
    flight.current = {
      from,
      to,
      start: performance.now(),
      duration: Math.min(1800, 700 + dist * 60),
      onArrive,
    };
    invalidate();
  };

  useImperativeHandle(handle, () => ({
    flyTo,
    orbit: (dTheta, dPhi, zoom) => {
      flight.current = null;
      lastInput.current = performance.now();
      const view = current();
      camera.position.set(...orbitStep(view.position, view.target, dTheta, dPhi, zoom, ORBIT_LIMITS));
      controls.current?.update();
      invalidate();
    },
    view: current,
    flying: () => flight.current !== null,
  }));

  // The intro: start wide and glide in to the framing view (a cut under reduced motion).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per model; flyTo reads live refs
  useEffect(() => {
    const framed = fitToAspect(intro, size.width / Math.max(1, size.height));
    const [x, y, z] = framed.position;
    const [tx, ty, tz] = framed.target;
    camera.position.set(tx + (x - tx) * 1.6, ty + (y - ty) * 1.9, tz + (z - tz) * 1.6);
    controls.current?.target.set(tx, ty, tz);
    controls.current?.update();
    flyTo(framed);
  }, [intro]);

  // Into a panorama: remember the orbit view, fly to the eye point; out: fly back to it.
  const savedView = useRef<CameraView | null>(null);
  const arrived = useRef(onImmersiveArrived);
  arrived.current = onImmersiveArrived;
  // biome-ignore lint/correctness/useExhaustiveDependencies: entering or leaving matters, not the view object's identity
  useEffect(() => {
    if (immersiveView) {
      // Mid-flight (the intro glide, a hotspot), come back to where the camera was heading.
      savedView.current ??= immersiveCut ? null : (flight.current?.to ?? current());
      flyTo(immersiveView, () => arrived.current?.(), immersiveCut);
    } else if (savedView.current || hasModel) {
      flyTo(savedView.current ?? fitToAspect(intro, size.width / Math.max(1, size.height)));
      savedView.current = null;
    }
  }, [orbitEnabled]);

  useFrame(() => {
    const c = controls.current;
    if (!c) return;
    const f = flight.current;
    if (f) {
      const t = Math.min(1, (performance.now() - f.start) / f.duration);
      const k = easeInOutCubic(t);
      const v = tmp.current;
      camera.position.set(...(f.from.position.map((a, i) => a + ((f.to.position[i] ?? a) - a) * k) as Vec3));
      c.target.copy(v.set(...(f.from.target.map((a, i) => a + ((f.to.target[i] ?? a) - a) * k) as Vec3)));
      // The controls aim the camera only while enabled; a flight into a panorama aims it here.
      if (!orbitEnabled) camera.lookAt(c.target);
      if (t >= 1) {
        flight.current = null;
        f.onArrive?.();
      }
    }
    const idle =
      orbitEnabled && !flight.current && !reducedMotion && performance.now() - lastInput.current > IDLE_MS;
    // drei's OrbitControls calls update() every frame itself.
    c.autoRotate = idle;
    // Render on demand, except while something moves.
    if (flight.current || idle) invalidate();
  });

  // Wake the loop when idle time is reached, so auto-rotation can start without input.
  useEffect(() => {
    if (reducedMotion) return;
    const timer = window.setInterval(() => {
      if (performance.now() - lastInput.current > IDLE_MS) invalidate();
    }, 1000);
    return () => window.clearInterval(timer);
  }, [reducedMotion, invalidate]);

  return (
    <OrbitControls
      ref={controls}
      makeDefault
      enabled={orbitEnabled}
      enableDamping
      dampingFactor={0.08}
      enablePan={false}
      minDistance={ORBIT_LIMITS.minDistance}
      maxDistance={ORBIT_LIMITS.maxDistance}
      maxPolarAngle={ORBIT_LIMITS.maxPolar}
      minPolarAngle={ORBIT_LIMITS.minPolar}
      autoRotateSpeed={0.6}
      onStart={() => {
        flight.current = null;
        lastInput.current = performance.now();
      }}
      onEnd={() => {
        lastInput.current = performance.now();
      }}
    />
  );
}
