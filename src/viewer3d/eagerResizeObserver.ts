/**
 * A ResizeObserver that also reports once right after `observe()`, for the canvas's size measurement:
 * the first report of a plain one waits for a rendered frame, which on a busy page (software GPU,
 * a phone decoding images) held the renderer's creation back by seconds.
 */
export class EagerResizeObserver extends ResizeObserver {
  readonly #callback: ResizeObserverCallback;

  constructor(callback: ResizeObserverCallback) {
    super(callback);
    this.#callback = callback;
  }

  override observe(target: Element, options?: ResizeObserverOptions): void {
    super.observe(target, options);
    queueMicrotask(() => this.#callback([], this));
  }
}
