import { ZhoubaoError } from "../domain/errors.js";

/** How many password verifications may run at once, and how long (and how many) others may wait. */
export type VerifyLimits = { concurrency: number; maxQueue: number; maxWaitMs: number };

/**
 * Four at once (libuv's thread pool); up to 64 more queue, for at most 30 s — a verification
 * takes a few hundred ms, but on a loaded machine (or a test run on two cores) far longer.
 */
export const DEFAULT_VERIFY_LIMITS: VerifyLimits = { concurrency: 4, maxQueue: 64, maxWaitMs: 30_000 };

export type VerifyGate = {
  /** Runs `work` (a password verification) once a slot is free; auth.busy when none frees in time. */
  run<T>(work: () => Promise<T>): Promise<T>;
  /** Verifications run so far and the most that ever ran at once. */
  stats(): { verified: number; peak: number };
};

function busy(limits: VerifyLimits): ZhoubaoError {
  const retryAfterSeconds = Math.max(1, Math.ceil(limits.maxWaitMs / 1000));
  return new ZhoubaoError("auth.busy", "登录请求过多，服务器正忙，请稍后再试。", { retryAfterSeconds });
}

/**
 * A small semaphore over the scrypt verifications of one server: each takes tens of MB
 * and a few hundred ms of a thread-pool thread, so a flood of logins (any accounts) must
 * queue briefly or be refused rather than starve every other request.
 *
 * @example
 * const gate = createVerifyGate({ concurrency: 2, maxQueue: 16, maxWaitMs: 5000 });
 * const ok = await gate.run(() => verifyPassword(pw, hash));
 */
export function createVerifyGate(limits: VerifyLimits = DEFAULT_VERIFY_LIMITS): VerifyGate {
  let active = 0;
  let verified = 0;
  let peak = 0;
  const waiting: (() => void)[] = [];

  const acquire = (): Promise<void> => {
    if (active < limits.concurrency) {
      active++;
      return Promise.resolve();
    }
    if (waiting.length >= limits.maxQueue) return Promise.reject(busy(limits));
    return new Promise((resolve, reject) => {
      const wake = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        waiting.splice(waiting.indexOf(wake), 1);
        reject(busy(limits));
      }, limits.maxWaitMs);
      waiting.push(wake);
    });
  };
  // A finishing verification hands its slot straight to the next waiter (active stays).
  const releaseSlot = () => {
    const next = waiting.shift();
    if (next) next();
    else active--;
  };

  return {
    async run(work) {
      await acquire();
      peak = Math.max(peak, active);
      verified++;
      try {
        return await work();
      } finally {
        releaseSlot();
      }
    },
    stats: () => ({ verified, peak }),
  };
}
