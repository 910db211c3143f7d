// Long checks (a restore's rebuild, a merge's reading and validation) are generators that yield after each
// chunk of records with how far they are. The CLI drives them straight through; the app gives the event
// loop a turn after each step, so the UI's calls (backup.status, the progress bar) are answered meanwhile.

/** Records handled so far out of all a pass (or a series of passes) handles. */
export interface StepProgress {
  done: number;
  total: number;
}

/** Runs `steps` to the end without pausing. */
export function runSteps<T>(steps: Generator<unknown, T>): T {
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/** Runs `steps`, reporting each step's progress and giving the event loop a turn after it. */
export async function runStepsYielding<P, T>(
  steps: Generator<P, T>,
  onProgress: (progress: P) => void,
): Promise<T> {
  try {
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) return step.value;
      onProgress(step.value);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  } catch (error) {
    // When onProgress threw, the steps are paused at a yield: their own clean-up (finally, catch) runs now.
    // Otherwise the steps themselves threw and have cleaned up already; either way the error goes on.
    steps.throw(error);
    throw error;
  }
}

/**
 * One pass of several over the same records: `inner` counts `weight` passes' worth of records; its progress
 * becomes the whole's, where the passes before it count `before` and all of them `of` (in passes).
 */
export function* asPass<T>(
  inner: Generator<StepProgress, T>,
  before: number,
  weight: number,
  of: number,
): Generator<StepProgress, T> {
  let step = inner.next();
  while (!step.done) {
    const records = step.value.total / weight;
    try {
      yield { done: before * records + step.value.done, total: of * records };
    } catch (error) {
      // Let `inner` clean up (its finally blocks) before the error goes on.
      inner.throw(error);
      throw error;
    }
    step = inner.next();
  }
  return step.value;
}
