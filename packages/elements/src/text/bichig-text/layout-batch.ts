/**
 * Size reads and DOM writes of every shaped <bichig-text> on the page, done together: each
 * phase first runs the reads of a group of waiting elements, then all their writes. An article
 * of a hundred paragraphs then costs one style recalculation and one layout per phase and group,
 * instead of one per paragraph (a read after another element's write forces the browser to lay
 * out everything written so far).
 *
 * The first phase (cheap: a style read and a placeholder) runs for all waiting elements at the
 * next animation frame. The later phases run group by group, elements nearest the viewport
 * first, and the batch yields to the browser whenever a task has used its time budget, so a long
 * article never blocks input or frames with one long task.
 */

/** One step of an element's work in a batch. */
export interface BatchPhase {
  /** Reads the DOM (styles, sizes). Runs before any write of the same phase, in any element of the group. */
  read?: () => void;
  /** Changes the DOM; a returned promise (e.g. Lit's `updateComplete`) is awaited before the next phase's reads. */
  write?: () => Promise<unknown> | void;
}

interface Job {
  element: Element;
  phases: readonly BatchPhase[];
  resolve: () => void;
  reject: (error: unknown) => void;
  failed: boolean;
}

let queue: Job[] = [];
let scheduled = false;
/** When frames are not produced (a hidden tab), the batch still runs after this long. */
const FRAME_FALLBACK_MS = 100;
/** Work per task before yielding, ms: a frame's worth, well under the 50 ms that makes a task long. */
const TASK_BUDGET_MS = 20;
/**
 * The same in the animation-frame callback that starts the batch: the browser styles, lays out
 * and paints what it wrote in the same task, right after it (about as long again for an article).
 */
const FRAME_TASK_BUDGET_MS = 8;
/**
 * Elements whose later phases run together (one forced layout per step for all of them): a
 * first group for what is in sight, then groups twice as large up to a limit, so that a long
 * article needs few steps (each costs a forced layout, and a frame when the batch yields).
 */
const FIRST_GROUP_SIZE = 8;
const LARGEST_GROUP_SIZE = 16;

function nextFrame(callback: () => void): void {
  let done = false;
  const once = (): void => {
    if (done) return;
    done = true;
    callback();
  };
  requestAnimationFrame(once);
  setTimeout(once, FRAME_FALLBACK_MS);
}

/** Lets the browser handle input and draw a frame before going on. */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Work per task when shaping a long text ahead, ms. */
const SLICE_MS = 12;

/**
 * Runs `work` on each item, yielding to the browser whenever a slice of time is used (a long
 * text shaped ahead, paragraph by paragraph); stops when `stale()` says the result is not wanted.
 */
export async function inSlices<T>(items: Iterable<T>, work: (item: T) => void, stale: () => boolean): Promise<void> {
  let sliceStart = performance.now();
  for (const item of items) {
    if (stale()) return;
    work(item);
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToBrowser();
      sliceStart = performance.now();
    }
  }
}

/**
 * Runs `phases` for `element` together with those of every other element queued before the
 * next frame. Rejects with the first error a phase of this element throws (its later phases are
 * skipped; other elements carry on).
 */
export function runInLayoutBatch(element: Element, phases: readonly BatchPhase[]): Promise<void> {
  return new Promise((resolve, reject) => {
    queue.push({ element, phases, resolve, reject, failed: false });
    if (!scheduled) {
      scheduled = true;
      nextFrame(() => void flush());
    }
  });
}

function fail(job: Job, error: unknown): void {
  if (job.failed) return;
  job.failed = true;
  job.reject(error);
}

/** One step: phase `k` of each job in `work` that has one; all reads, then all writes, then their promises. */
async function runStep(work: ReadonlyArray<readonly [Job, number]>): Promise<void> {
  const live = work.filter(([job, k]) => !job.failed && k < job.phases.length);
  for (const [job, k] of live) {
    try {
      job.phases[k]!.read?.();
    } catch (error) {
      fail(job, error);
    }
  }
  const writes: Array<Promise<unknown>> = [];
  for (const [job, k] of live) {
    if (job.failed) continue;
    try {
      const pending = job.phases[k]!.write?.();
      if (pending) writes.push(pending.catch((error: unknown) => fail(job, error)));
    } catch (error) {
      fail(job, error);
    }
  }
  await Promise.all(writes);
}

/** Distance of an element's box from the viewport, px (0 when they meet). */
function distanceFromViewport(element: Element): number {
  const box = element.getBoundingClientRect();
  const dx = Math.max(0, box.left - window.innerWidth, -box.right);
  const dy = Math.max(0, box.top - window.innerHeight, -box.bottom);
  return dx + dy;
}

async function flush(): Promise<void> {
  scheduled = false;
  const jobs = queue;
  queue = [];
  let taskStart = performance.now();
  let budget = FRAME_TASK_BUDGET_MS;
  await runStep(jobs.map((job) => [job, 0] as const));
  // Nearest the viewport first (all boxes read at once, after the placeholders of phase 0).
  const distance = new Map(jobs.filter((job) => !job.failed).map((job) => [job, distanceFromViewport(job.element)]));
  const pending = [...distance.keys()].sort((a, b) => distance.get(a)! - distance.get(b)!);
  const depth = Math.max(0, ...jobs.map((job) => job.phases.length));
  const groups: Job[][] = [];
  for (let i = 0, size = FIRST_GROUP_SIZE; i < pending.length; i += size, size = Math.min(size * 2, LARGEST_GROUP_SIZE))
    groups.push(pending.slice(i, i + size));
  // A wavefront: step t runs phase k of group t - k + 1, so the reads of one group's later phase
  // and of the next group's earlier phase share one layout.
  for (let t = 0; t < groups.length + depth - 2; t++) {
    if (performance.now() - taskStart > budget) {
      await yieldToBrowser();
      taskStart = performance.now();
      budget = TASK_BUDGET_MS;
    }
    const work: Array<readonly [Job, number]> = [];
    for (let k = depth - 1; k >= 1; k--) for (const job of groups[t - k + 1] ?? []) work.push([job, k]);
    await runStep(work);
    for (const job of groups[t - depth + 2] ?? []) if (!job.failed) job.resolve();
  }
  for (const job of jobs) if (!job.failed) job.resolve();
}

/** A run that never settles unless a newer run aborts it (then it rejects, and the Task ignores it). */
export function parked(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    else signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}
