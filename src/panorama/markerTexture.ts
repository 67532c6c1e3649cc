import { CanvasTexture, SRGBColorSpace } from 'three';

const FONT = "'Be Vietnam Pro', 'Noto Sans SC', system-ui, sans-serif";
const SCALE = 2;

/**
 * A marker drawn into a canvas: a disc with a chevron (scene link) or a number (info), and a label pill
 * below it. Drawn in the scene (not DOM) so it also works inside a VR headset.
 */
export function markerTexture(kind: 'link' | 'info', label: string, number?: number) {
  const canvas = document.createElement('canvas');
  // CPU-backed: drawn once, then uploaded; a GPU canvas would open a second GPU context on the first frame.
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  const disc = 44 * SCALE;
  const fontPx = 17 * SCALE;
  const padX = 12 * SCALE;
  const pillH = 32 * SCALE;
  const gap = 8 * SCALE;
  if (!ctx) return { texture: new CanvasTexture(canvas), aspect: 1 };
  ctx.font = `600 ${fontPx}px ${FONT}`;
  const textW = Math.min(ctx.measureText(label).width, 340 * SCALE);
  const width = Math.ceil(Math.max(disc, textW + padX * 2) + 8);
  const height = Math.ceil(disc + gap + pillH + 8);
  canvas.width = width;
  canvas.height = height;
  const cx = width / 2;
  const cy = disc / 2 + 4;

  ctx.shadowColor = 'rgba(0,0,0,0.45)';
  ctx.shadowBlur = 6 * SCALE;
  ctx.beginPath();
  ctx.arc(cx, cy, disc / 2 - 2, 0, Math.PI * 2);
  ctx.fillStyle = kind === 'link' ? 'rgba(244,241,234,0.95)' : '#1F4E3D';
  ctx.fill();
  ctx.shadowBlur = 0;
  ctx.lineWidth = 3 * SCALE;
  ctx.strokeStyle = kind === 'link' ? '#1F4E3D' : '#F4F1EA';
  ctx.stroke();

  if (kind === 'link') {
    // An upward chevron: "go forward this way".
    const s = disc * 0.2;
    ctx.beginPath();
    ctx.moveTo(cx - s, cy + s * 0.55);
    ctx.lineTo(cx, cy - s * 0.55);
    ctx.lineTo(cx + s, cy + s * 0.55);
    ctx.lineWidth = 5 * SCALE;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.strokeStyle = '#1F4E3D';
    ctx.stroke();
  } else {
    ctx.fillStyle = '#F4F1EA';
    ctx.font = `700 ${20 * SCALE}px ${FONT}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(String(number ?? 'i'), cx, cy + SCALE);
  }

  const pillW = textW + padX * 2;
  const py = disc + gap + 4;
  ctx.fillStyle = 'rgba(30,30,30,0.78)';
  ctx.beginPath();
  ctx.roundRect(cx - pillW / 2, py, pillW, pillH, pillH / 2);
  ctx.fill();
  ctx.fillStyle = '#FFFFFF';
  ctx.font = `600 ${fontPx}px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(label, cx, py + pillH / 2 + SCALE, 340 * SCALE);

  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  return { texture, aspect: width / height, discCenterY: cy / height };
}
