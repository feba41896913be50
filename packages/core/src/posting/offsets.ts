/**
 * The text projection: one string made of a posting's prose (headings, paragraphs, list items,
 * table cells; no code, HTML or front matter), with a map from every projection offset back to
 * the source offset it came from.
 */

interface Segment {
  /** Start in the projection. */
  p: number;
  /** Start in the source. */
  s: number;
  /** Length, the same on both sides. */
  len: number;
}

export class Projection {
  // The text is kept as parts and joined once when read: slicing a string that is still being
  // appended to makes V8 flatten it every time, which is quadratic in the number of blocks.
  #parts: string[] = [];
  #length = 0;
  readonly #segments: Segment[] = [];

  /** The whole projection text. */
  get text(): string {
    if (this.#parts.length > 1) this.#parts = [this.#parts.join('')];
    return this.#parts[0] ?? '';
  }

  /** Its length, without joining the parts. */
  get length(): number {
    return this.#length;
  }

  /** The text from `offset` to the end, reading only the parts after it (the block being built). */
  since(offset: number): string {
    let at = this.#length;
    let i = this.#parts.length;
    while (i > 0 && at > offset) at -= (this.#parts[--i] as string).length;
    const tail = this.#parts.slice(i).join('');
    return tail.slice(Math.max(0, offset - at));
  }

  #append(text: string): void {
    if (text.length === 0) return;
    this.#parts.push(text);
    this.#length += text.length;
  }

  /** Appends text that does not map to source characters (block separators). */
  appendGap(text: string): void {
    this.#append(text);
  }

  /**
   * Appends `value`, the decoded text of a node whose raw source is `source.slice(srcStart, srcEnd)`.
   * When the raw source equals the value the mapping is exact; otherwise (escapes, character
   * references) characters are aligned one by one and unmatched ones map to the nearest source char.
   */
  appendMapped(value: string, source: string, srcStart: number, srcEnd: number): void {
    const p0 = this.#length;
    this.#append(value);
    const raw = source.slice(srcStart, srcEnd);
    if (raw === value) {
      this.#push({ p: p0, s: srcStart, len: value.length });
      return;
    }
    let j = 0;
    for (let i = 0; i < value.length; i++) {
      const ch = value[i];
      // Skip source characters that decoding removed (backslash escapes, reference syntax).
      let k = j;
      while (k < raw.length && raw[k] !== ch && k - j < 16) k++;
      if (k < raw.length && raw[k] === ch) j = k;
      this.#push({ p: p0 + i, s: srcStart + Math.min(j, Math.max(0, raw.length - 1)), len: 1 });
      if (raw[j] === ch) j++;
    }
  }

  #push(seg: Segment): void {
    const last = this.#segments[this.#segments.length - 1];
    if (last && last.p + last.len === seg.p && last.s + last.len === seg.s) last.len += seg.len;
    else this.#segments.push(seg);
  }

  /** The source offset of a projection offset. Offsets in gaps map to the end of the text before them. */
  toSource(offset: number): number {
    const segs = this.#segments;
    if (segs.length === 0) return 0;
    let lo = 0;
    let hi = segs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((segs[mid] as Segment).p <= offset) lo = mid;
      else hi = mid - 1;
    }
    const seg = segs[lo] as Segment;
    if (offset < seg.p) return seg.s;
    return seg.s + Math.min(offset - seg.p, seg.len);
  }

  /** Maps a projection range [start, end) to a source range. */
  rangeToSource(start: number, end: number): { start: number; end: number } {
    const s = this.toSource(start);
    if (end <= start) return { start: s, end: s };
    // Map the last character, then step past it, so ranges ending at a segment edge stay tight.
    const e = this.toSource(end - 1) + 1;
    return { start: s, end: Math.max(s, e) };
  }
}
