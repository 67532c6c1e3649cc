// Photo Sphere Viewer on the same panorama JPEG as our panorama page. Reports window.__peer.firstFrameMs
// (performance.now() at its first `render` after `ready`) for bench/run.ts.
import { Viewer } from '@photo-sphere-viewer/core';
import '@photo-sphere-viewer/core/index.css';

window.__peer = { firstFrameMs: null, loadMs: null, error: null };
const src = new URLSearchParams(location.search).get('src');
const viewer = new Viewer({
  container: document.getElementById('viewer'),
  panorama: src,
  navbar: false,
  loadingTxt: '',
});
viewer.addEventListener('ready', () => {
  window.__peer.loadMs = performance.now();
  const onRender = () => {
    window.__peer.firstFrameMs ??= performance.now();
  };
  viewer.addEventListener('render', onRender, { once: true });
  // If no render event follows (nothing moves), the frame drawn for `ready` counts.
  requestAnimationFrame(() => requestAnimationFrame(onRender));
});
viewer.addEventListener('panorama-error', (e) => {
  window.__peer.error = String(e.error ?? 'error');
});
