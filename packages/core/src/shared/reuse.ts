/**
 * What one document's last analysis made (piece trees, block tokenizations), by the text it was
 * made from, for the next analysis of the same document to take instead of making it again. Only
 * what the last run used is kept, so the cache never outgrows one version of the document.
 */
export class LastRunCache<T> {
  #previous = new Map<string, T>();
  #current = new Map<string, T>();
  /** In the last run: how many results were taken from the run before, and how many were made. */
  reused = 0;
  made = 0;

  /** Starts a run. */
  begin(): void {
    this.#current = new Map();
    this.reused = 0;
    this.made = 0;
  }

  /** The result for `key`: from this run or the last one, else made now. */
  get(key: string, make: () => T): T {
    let value = this.#current.get(key) ?? this.#previous.get(key);
    if (value === undefined) {
      value = make();
      this.made++;
    } else this.reused++;
    this.#current.set(key, value);
    return value;
  }

  /** Ends a run: what it used is what the next run may take. */
  end(): void {
    this.#previous = this.#current;
  }
}
