/**
 * Whether this browser has WebGL at all, without creating a context: a throwaway context costs over a
 * second in software WebGL. A device that has the API but cannot make a context is caught when the
 * canvas starts (see `isNoWebGLError`).
 */
export function hasWebGL(): boolean {
  return (
    typeof window !== 'undefined' && ('WebGL2RenderingContext' in window || 'WebGLRenderingContext' in window)
  );
}

/** The renderer's error when the browser refuses a WebGL context (blocklisted GPU, GPU disabled…). */
export function isNoWebGLError(error: unknown): boolean {
  return (
    error instanceof Error && /creating WebGL context|WebGL.*not (supported|available)/i.test(error.message)
  );
}
