import { describe, expect, it } from 'vitest';
import { isNoWebGLError } from './hasWebGL';

describe('isNoWebGLError', () => {
  it("recognises three's context creation failures", () => {
    expect(isNoWebGLError(new Error('THREE.WebGLRenderer: Error creating WebGL context.'))).toBe(true);
    expect(
      isNoWebGLError(
        new Error('THREE.WebGLRenderer: Error creating WebGL context with your selected attributes.'),
      ),
    ).toBe(true);
  });
  it('leaves other failures to the error state', () => {
    expect(isNoWebGLError(new Error('Could not load /models/x.glb: 404'))).toBe(false);
    expect(isNoWebGLError('Error creating WebGL context')).toBe(false);
  });
});
