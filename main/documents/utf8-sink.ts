// A document part of several megabytes assembled from many small strings.
/** UTF-8 written piece by piece into one growing buffer: no joined string, no second copy of it. */
export class Utf8Sink {
  private buffer: Buffer<ArrayBuffer>;
  private length = 0;
  constructor(capacity: number) {
    this.buffer = Buffer.allocUnsafe(Math.max(capacity, 1024));
  }
  write(text: string): void {
    // A UTF-16 unit takes at most 3 bytes of UTF-8.
    const room = this.length + text.length * 3;
    if (room > this.buffer.length) {
      const bigger = Buffer.allocUnsafe(Math.max(room, this.buffer.length * 2));
      this.buffer.copy(bigger, 0, 0, this.length);
      this.buffer = bigger;
    }
    this.length += this.buffer.write(text, this.length, 'utf8');
  }
  bytes(): Uint8Array<ArrayBuffer> {
    return this.buffer.subarray(0, this.length);
  }
}
