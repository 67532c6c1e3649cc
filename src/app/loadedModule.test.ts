import { describe, expect, it, vi } from 'vitest';
import { loadedModule } from './loadedModule';

describe('loadedModule', () => {
  it('imports once, however often it is asked, and keeps the module', async () => {
    const importer = vi.fn(async () => ({ name: 'viewer' }));
    const mod = loadedModule(importer);
    expect(mod.current).toBeNull();
    const [a, b] = await Promise.all([mod.load(), mod.load()]);
    expect(a).toBe(b);
    expect(mod.current).toBe(a);
    await mod.load();
    expect(importer).toHaveBeenCalledTimes(1);
  });

  it('passes a failed import on and keeps nothing', async () => {
    const mod = loadedModule(async () => {
      throw new Error('chunk failed');
    });
    await expect(mod.load()).rejects.toThrow('chunk failed');
    expect(mod.current).toBeNull();
  });
});
