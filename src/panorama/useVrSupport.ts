import { useEffect, useState } from 'react';

/** Whether this browser can start an immersive VR session (asked once; false where WebXR is absent). */
export function useVrSupport(): boolean {
  const [supported, setSupported] = useState(false);
  useEffect(() => {
    let live = true;
    const xr = (navigator as Navigator & { xr?: { isSessionSupported: (m: string) => Promise<boolean> } }).xr;
    xr?.isSessionSupported('immersive-vr')
      .then((ok) => live && setSupported(ok))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return supported;
}
