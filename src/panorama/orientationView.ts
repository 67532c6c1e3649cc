import { Euler, Quaternion, Vector3 } from 'three';
import { yawPitchOf } from './panoMath';

const Z = new Vector3(0, 0, 1);
// The camera looks out of the back of the device, not out of its top.
const BACK = new Quaternion(-Math.sqrt(0.5), 0, 0, Math.sqrt(0.5));

/**
 * Where a phone's back camera points, as panorama yaw/pitch, from a deviceorientation event
 * (alpha, beta, gamma in degrees) and the screen's orientation angle. Yaw is relative to the
 * device's own heading reference; the caller offsets it to the current view.
 */
export function orientationView(alpha: number, beta: number, gamma: number, screenAngle: number) {
  const d = Math.PI / 180;
  const q = new Quaternion().setFromEuler(new Euler(beta * d, alpha * d, -gamma * d, 'YXZ'));
  q.multiply(BACK);
  q.multiply(new Quaternion().setFromAxisAngle(Z, -screenAngle * d));
  const dir = new Vector3(0, 0, -1).applyQuaternion(q);
  return yawPitchOf([dir.x, dir.y, dir.z]);
}
