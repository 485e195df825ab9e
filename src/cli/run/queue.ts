/**
 * An async iterable fed by pushes, with backpressure: `push` waits while `highWater` items are
 * queued, so a slow consumer slows the producer instead of filling memory.
 */
export class FeedQueue<T> implements AsyncIterable<T> {
  private items: T[] = [];
  private ended = false;
  private wakeConsumer: (() => void) | undefined;
  private wakeProducer: (() => void) | undefined;

  constructor(private readonly highWater = 4096) {}

  async push(item: T): Promise<void> {
    this.items.push(item);
    this.wakeConsumer?.();
    if (this.items.length >= this.highWater) await new Promise<void>((resolve) => (this.wakeProducer = resolve));
  }

  end(): void {
    this.ended = true;
    this.wakeConsumer?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for (;;) {
      if (this.items.length) {
        const batch = this.items;
        this.items = [];
        this.wakeProducer?.();
        this.wakeProducer = undefined;
        yield* batch;
        continue;
      }
      if (this.ended) return;
      await new Promise<void>((resolve) => (this.wakeConsumer = resolve));
      this.wakeConsumer = undefined;
    }
  }
}
