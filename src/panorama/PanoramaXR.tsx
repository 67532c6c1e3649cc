import { createXRStore, XR, XROrigin } from '@react-three/xr';
import type { ReactNode } from 'react';
import type { Vec3 } from './panoMath';

// One store per page; no emulator and no unsolicited session offers.
const store = createXRStore({ emulate: false, offerSession: false, hand: false });

/** Starts an immersive VR session (the visitor's tap must lead here). */
export function enterVR() {
  return store.enterVR();
}

/** Wraps the panorama so a headset sees it around itself; controllers and gaze select its markers. */
export default function PanoramaXR({ position, children }: { position: Vec3; children: ReactNode }) {
  // 'local-floor' puts the eyes about 1.6 units above the origin: lower the origin so they sit at the viewpoint.
  return (
    <XR store={store}>
      <XROrigin position={[position[0], position[1] - 1.6, position[2]]} />
      {children}
    </XR>
  );
}
