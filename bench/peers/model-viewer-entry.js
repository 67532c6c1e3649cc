// Google's <model-viewer> on the same .glb as our site page. Reports window.__peer.firstFrameMs
// (performance.now() at the animation frame after its `load` event) for bench/run.ts.
import '@google/model-viewer';

window.__peer = { firstFrameMs: null, loadMs: null, error: null };
const src = new URLSearchParams(location.search).get('src');
const ModelViewer = customElements.get('model-viewer');
// Meshopt-compressed GLBs need the decoder; served locally (its default would be a CDN).
ModelViewer.meshoptDecoderLocation = new URL(
  /* @vite-ignore */ './meshopt_decoder.cjs',
  import.meta.url,
).href;
const el = document.createElement('model-viewer');
el.setAttribute('camera-controls', '');
el.setAttribute('interaction-prompt', 'none');
el.setAttribute('alt', 'peer benchmark model');
el.addEventListener('load', () => {
  window.__peer.loadMs = performance.now();
  requestAnimationFrame(() => {
    window.__peer.firstFrameMs = performance.now();
  });
});
el.addEventListener('error', (e) => {
  window.__peer.error = String(e.detail?.type ?? 'error');
});
el.src = src;
document.body.appendChild(el);
