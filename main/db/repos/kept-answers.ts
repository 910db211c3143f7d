// Answers computed from the data, kept by a key while nothing is written: the stamp of ./write-version.ts
// (this connection's total_changes() and other connections' data_version) drops them all on any write,
// so a kept answer is never older than the data. The oldest go first when more are kept than `capacity`.
export function createKeptAnswers<T>(version: () => string, capacity: number) {
  let stamp: string | null = null;
  const answers = new Map<string, T>();
  return {
    get(key: string, compute: () => T): T {
      const now = version();
      if (now !== stamp) answers.clear();
      stamp = now;
      const kept = answers.get(key);
      if (kept !== undefined) {
        answers.delete(key);
        answers.set(key, kept);
        return kept;
      }
      const answer = compute();
      answers.set(key, answer);
      if (answers.size > capacity) answers.delete(answers.keys().next().value as string);
      return answer;
    },
  };
}
