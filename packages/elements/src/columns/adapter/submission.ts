// Sending a form through an adapter the page supplied, which may hang, fail or answer nonsense:
// a time limit, and a check that what came back is a receipt. The element keeps everything typed
// until this resolves with a receipt.
import {
  MissingReceiptError,
  SubmissionTimeoutError,
  type LetterReceipt,
  type SurveyReceipt,
} from '@bichig/cluster/forms';

/** How long a form waits for the backend before saying it did not answer (30 s). */
export const DEFAULT_SUBMIT_TIMEOUT_MS = 30_000;

/**
 * Runs `send` and resolves with its receipt; rejects with {@link SubmissionTimeoutError} when it has
 * not settled within `timeoutMs`, with {@link MissingReceiptError} when it resolves with anything
 * `isReceipt` refuses, and with the adapter's own error otherwise.
 */
export async function submitWithin<R>(
  request: string,
  send: () => Promise<unknown>,
  isReceipt: (value: unknown) => value is R,
  timeoutMs: number = DEFAULT_SUBMIT_TIMEOUT_MS,
): Promise<R> {
  const limit = Number.isFinite(timeoutMs) && timeoutMs > 0 ? timeoutMs : DEFAULT_SUBMIT_TIMEOUT_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new SubmissionTimeoutError(request, limit)), limit);
  });
  try {
    // `send` may throw synchronously (a badly written adapter): that is a failed submission too.
    const value = await Promise.race([Promise.resolve().then(send), expired]);
    if (!isReceipt(value)) throw new MissingReceiptError(request, value);
    return value;
  } finally {
    clearTimeout(timer);
  }
}

/** A letter receipt: a non-empty query code and a submission time. */
export function isLetterReceipt(value: unknown): value is LetterReceipt {
  if (typeof value !== 'object' || value === null) return false;
  const { queryCode, submittedAt } = value as Partial<LetterReceipt>;
  return (
    typeof queryCode === 'string' &&
    queryCode.trim() !== '' &&
    typeof submittedAt === 'string' &&
    !Number.isNaN(Date.parse(submittedAt))
  );
}

/** A survey receipt: the count of responses, this one included. */
export function isSurveyReceipt(value: unknown): value is SurveyReceipt {
  if (typeof value !== 'object' || value === null) return false;
  const { responses } = value as Partial<SurveyReceipt>;
  return typeof responses === 'number' && Number.isInteger(responses) && responses >= 1;
}
