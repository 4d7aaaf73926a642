/**
 * Size reads and DOM writes of every shaped <bichig-text> on the page, done together: each
 * phase first runs the reads of a group of waiting elements, then all their writes. An article
 * of a hundred paragraphs then costs one style recalculation and one layout per phase and group,
 * instead of one per paragraph (a read after another element's write forces the browser to lay
 * out everything written so far).
 *
 * The first phase (cheap: a style read and a placeholder) runs for all waiting elements, in a
 * task right after the one that added them. The later phases run group by group, elements
 * nearest the viewport first: the first group (what is in sight) through all its phases, then a
 * paint, then the others; the batch yields to the browser (frames, input) whenever a task has
 * used its time budget, so a long article never blocks input or frames with one long task.
 */
import { visibleClip } from './glyph-chunks.js';

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
/** When frames are not produced (a hidden tab), waiting for a paint ends after this long. */
const FRAME_FALLBACK_MS = 100;
/** Work per task before yielding, ms: a frame's worth, well under the 50 ms that makes a task long. */
const TASK_BUDGET_MS = 16;
/**
 * Work per task for the first group, what is in sight, ms: still under the 50 ms of a long task,
 * but enough for its columns and glyphs to be drawn in one task, so that the next frame shows
 * them. With the frame budget, the group's shaping ran past it and yielded: the browser then
 * styled, laid out and painted a frame of half-drawn texts (text layers without glyphs, 20-30 ms
 * of main-thread time) before the glyphs came, a frame later.
 */
const FIRST_SCREEN_BUDGET_MS = 40;
/**
 * Elements whose later phases run together (one forced layout per step for all of them): a
 * first group for what is in sight, drawn and painted before anything else is laid out, then
 * groups as large as the time budget allows (up to a limit), so that a long article needs few
 * steps (each costs a forced layout) and no step makes a long task.
 */
const FIRST_GROUP_SIZE = 8;
/** The first group's elements go through their first phase this many at a time (see flush). */
const FIRST_SLICE_SIZE = 2;
const LARGEST_GROUP_SIZE = 16;

/**
 * Lets the browser handle input and draw a frame before going on: the rest runs in a task of
 * its own, queued behind the frame when one is due. Not `scheduler.yield()`, whose continuation
 * Chromium runs ahead of rendering (a batch yielding with it painted nothing for 150 ms); not
 * `setTimeout(0)`, which browsers clamp to 4 ms once nested.
 */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => {
    waitingForTask.push(() => {
      taskStart = performance.now();
      resolve();
    });
    taskChannel ??= newTaskChannel();
    taskChannel.port2.postMessage(undefined);
  });
}

let taskChannel: MessageChannel | undefined;
const waitingForTask: Array<() => void> = [];
/** When the task the batch (or a long text's layout) works in started: the last yield's end. */
let taskStart = 0;

/** The task under way has used (`share` of) its time budget. */
function overBudget(share = 1, budget = TASK_BUDGET_MS): boolean {
  return performance.now() - taskStart > budget * share;
}

function newTaskChannel(): MessageChannel {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => waitingForTask.shift()?.();
  return channel;
}

/** Resolves once the browser has painted a frame (or, with no frames, as a hidden tab has none, after a while). */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const once = (): void => {
      if (done) return;
      done = true;
      void yieldToBrowser().then(resolve);
    };
    // The frame's callbacks run before it is painted: the task queued from there runs after.
    requestAnimationFrame(once);
    setTimeout(once, FRAME_FALLBACK_MS);
  });
}

/** Shaping per task when a long text's layout grows by its next paragraphs (drawing them comes on top), ms. */
export const SLICE_MS = 8;

/**
 * Runs `phases` for `element` together with those of every other element queued in the same
 * task (an article's paragraphs), in a task of their own right after it, so that what is in
 * sight is drawn before the next frame. Rejects with the first error a phase of this element
 * throws (its later phases are skipped; other elements carry on).
 */
export function runInLayoutBatch(element: Element, phases: readonly BatchPhase[]): Promise<void> {
  return new Promise((resolve, reject) => {
    queue.push({ element, phases, resolve, reject, failed: false });
    if (!scheduled) {
      scheduled = true;
      void yieldToBrowser().then(flush);
    }
  });
}

function fail(job: Job, error: unknown): void {
  if (job.failed) return;
  job.failed = true;
  job.reject(error);
}

/** One step: phase `k` of each job in `work` that has one; all reads, then all writes, then their promises. */
async function runStep(work: ReadonlyArray<readonly [Job, number]>, budget = TASK_BUDGET_MS): Promise<void> {
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
    // Each write lays out (and so shapes) one text: on a page whose code is not yet compiled
    // hot, a group's writes may take a long task's time.
    if (overBudget(1, budget)) await yieldToBrowser();
    try {
      const pending = job.phases[k]!.write?.();
      if (pending) writes.push(pending.catch((error: unknown) => fail(job, error)));
    } catch (error) {
      fail(job, error);
    }
  }
  await Promise.all(writes);
}

/** Whether some of an element's box can be seen: inside the viewport and every scroll container around it. */
function inSight(element: Element): boolean {
  const box = element.getBoundingClientRect();
  const clip = visibleClip(element);
  return box.right > clip.left && box.left < clip.right && box.bottom > clip.top && box.top < clip.bottom;
}

/** Distance of an element's box from the viewport, px (0 when they meet). */
function distanceFromViewport(element: Element): number {
  const box = element.getBoundingClientRect();
  const dx = Math.max(0, box.left - window.innerWidth, -box.right);
  const dy = Math.max(0, box.top - window.innerHeight, -box.bottom);
  return dx + dy;
}

function resolveAll(jobs: readonly Job[]): void {
  for (const job of jobs) if (!job.failed) job.resolve();
}

async function flush(): Promise<void> {
  scheduled = false;
  taskStart = performance.now();
  const jobs = queue;
  queue = [];
  await runStep(jobs.map((job) => [job, 0] as const));
  // Nearest the viewport first (all boxes read at once, after the placeholders of phase 0).
  const distance = new Map(jobs.filter((job) => !job.failed).map((job) => [job, distanceFromViewport(job.element)]));
  const pending = [...distance.keys()].sort((a, b) => distance.get(a)! - distance.get(b)!);
  const depth = Math.max(0, ...jobs.map((job) => job.phases.length));
  // The first group, what is in sight, through all its phases; then the browser paints it
  // before anything else is laid out. It takes its elements a few at a time through the first
  // phase (their columns): an element that the ones laid out before it pushed out of sight (the
  // next paragraphs of an article, once the first ones fill the screen) is left to the others.
  const first: Job[] = [];
  while (pending.length > 0 && first.length < FIRST_GROUP_SIZE) {
    if (first.length > 0 && depth > 1 && !inSight(pending[0]!.element)) break;
    const slice = pending.splice(0, Math.min(FIRST_SLICE_SIZE, FIRST_GROUP_SIZE - first.length));
    await runStep(
      slice.map((job) => [job, 1] as const),
      FIRST_SCREEN_BUDGET_MS,
    );
    first.push(...slice);
  }
  for (let k = 2; k < depth; k++)
    await runStep(
      first.map((job) => [job, k] as const),
      FIRST_SCREEN_BUDGET_MS,
    );
  resolveAll(first);
  if (pending.length > 0) await afterPaint();
  // The others as a wavefront: step t runs phase k of group t - k + 1, so the reads of one
  // group's later phase and of the next group's earlier phase share one layout. Each group is
  // as large as the last step's time per element allows within the budget.
  const groups: Job[][] = [];
  let size = FIRST_GROUP_SIZE;
  for (let t = 0; pending.length > 0 || t < groups.length + depth - 2; t++) {
    if (pending.length > 0) groups.push(pending.splice(0, size));
    const work: Array<readonly [Job, number]> = [];
    for (let k = depth - 1; k >= 1; k--) for (const job of groups[t - k + 1] ?? []) work.push([job, k]);
    const stepStart = performance.now();
    await runStep(work);
    const now = performance.now();
    if (work.length > 0) {
      const perJob = (now - stepStart) / work.length;
      // Each job appears in depth - 1 steps: a group's share of one step is about one phase per job.
      size = Math.max(
        2,
        Math.min(LARGEST_GROUP_SIZE, Math.floor(TASK_BUDGET_MS / Math.max(perJob * (depth - 1), 0.1))),
      );
    }
    resolveAll(groups[t - depth + 2] ?? []);
    if (overBudget(1 / 2)) await yieldToBrowser();
  }
  resolveAll(jobs);
}

/** A run that never settles unless a newer run aborts it (then it rejects, and the Task ignores it). */
export function parked(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    else signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}
