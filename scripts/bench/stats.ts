// Timing of repeated calls: wall-clock and CPU milliseconds, p50 and p95.

export interface Timing {
  runs: number;
  p50: number;
  p95: number;
  max: number;
  /** CPU time of this process per call (the machine is shared: wall time includes waiting). */
  cpuP50: number;
  cpuP95: number;
  budget?: number;
  withinBudget?: boolean;
}

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Runs every call once to warm up, then each `rounds` times, and summarizes. `setup(i)` runs before call
 * `i` each time, untimed (e.g. a new search box session: nothing kept from the keys before).
 */
export function time<T>(
  calls: (() => T)[],
  options: { rounds?: number; budget?: number; setup?: (i: number) => void } = {},
): Timing {
  const wall: number[] = [];
  const cpu: number[] = [];
  calls.forEach((call, i) => {
    options.setup?.(i);
    call();
  });
  for (let round = 0; round < (options.rounds ?? 1); round++)
    for (const [i, call] of calls.entries()) {
      options.setup?.(i);
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      call();
      wall.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const timing: Timing = {
    runs: wall.length,
    p50: round(percentile(wall, 50)),
    p95: round(percentile(wall, 95)),
    max: round(wall[wall.length - 1] ?? 0),
    cpuP50: round(percentile(cpu, 50)),
    cpuP95: round(percentile(cpu, 95)),
  };
  if (options.budget !== undefined)
    Object.assign(timing, { budget: options.budget, withinBudget: timing.p95 <= options.budget });
  return timing;
}
