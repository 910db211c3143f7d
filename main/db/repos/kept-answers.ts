// Answers computed from the data, kept by a key while nothing is written: the stamp of ./write-version.ts
// (this connection's total_changes() and other connections' data_version) drops them all on any write,
// so a kept answer is never older than the data. The least recently used go first when more are kept
// than `capacity`.
export function createKeptAnswers<T, K = string>(version: () => string, capacity: number) {
  let stamp: string | null = null;
  const answers = new Map<K, T>();
  /** Forgets every answer if anything was written since the last check. */
  const check = (): void => {
    const now = version();
    if (now !== stamp) answers.clear();
    stamp = now;
  };
  /** The kept answer of `key`, or `compute()` kept; no check for writes (call check() first). */
  const recall = (key: K, compute: () => T): T => {
    const kept = answers.get(key);
    if (kept !== undefined) {
      answers.delete(key);
      answers.set(key, kept);
      return kept;
    }
    const answer = compute();
    answers.set(key, answer);
    if (answers.size > capacity) answers.delete(answers.keys().next().value as K);
    return answer;
  };
  return {
    check,
    recall,
    /** check() then recall(): for one answer at a time. */
    get(key: K, compute: () => T): T {
      check();
      return recall(key, compute);
    },
    get size(): number {
      return answers.size;
    },
  };
}
