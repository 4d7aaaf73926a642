/**
 * Size reads and DOM writes of every shaped <bichig-text> on the page, done together in one
 * animation frame: each phase first runs the reads of all waiting elements, then all their
 * writes. An article of a hundred paragraphs then costs one style recalculation and one layout
 * per phase, instead of one per paragraph (a read after another element's write forces the
 * browser to lay out everything written so far).
 */

/** One step of an element's work in a batch. */
export interface BatchPhase {
  /** Reads the DOM (styles, sizes). Runs before any write of the same phase, in any element. */
  read?: () => void;
  /** Changes the DOM; a returned promise (e.g. Lit's `updateComplete`) is awaited before the next phase's reads. */
  write?: () => Promise<unknown> | void;
}

interface Job {
  phases: readonly BatchPhase[];
  resolve: () => void;
  reject: (error: unknown) => void;
  failed: boolean;
}

let queue: Job[] = [];
let scheduled = false;
/** When frames are not produced (a hidden tab), the batch still runs after this long. */
const FRAME_FALLBACK_MS = 100;

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

/**
 * Runs `phases` together with those of every other element queued before the next frame.
 * Rejects with the first error a phase of this element throws (its later phases are skipped;
 * other elements carry on).
 */
export function runInLayoutBatch(phases: readonly BatchPhase[]): Promise<void> {
  return new Promise((resolve, reject) => {
    queue.push({ phases, resolve, reject, failed: false });
    if (!scheduled) {
      scheduled = true;
      nextFrame(() => void flush());
    }
  });
}

async function flush(): Promise<void> {
  scheduled = false;
  const jobs = queue;
  queue = [];
  const fail = (job: Job, error: unknown): void => {
    if (job.failed) return;
    job.failed = true;
    job.reject(error);
  };
  const depth = Math.max(0, ...jobs.map((job) => job.phases.length));
  for (let k = 0; k < depth; k++) {
    const live = jobs.filter((job) => !job.failed && k < job.phases.length);
    for (const job of live) {
      try {
        job.phases[k]!.read?.();
      } catch (error) {
        fail(job, error);
      }
    }
    const writes: Array<Promise<unknown>> = [];
    for (const job of live) {
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
  for (const job of jobs) if (!job.failed) job.resolve();
}
