import type { Background, BackgroundOptions } from "../services/backgroundWorker.js";
import type { Store } from "../store/index.js";

/**
 * The background loop (scheduler and outbox sender), loaded only once the server listens:
 * its modules (croner, the reminders, scheduled publishing) are not needed for the first
 * answer, and `zhoubao serve` must answer within a second of starting (issue 17). A
 * `tick()` before that (a test, 重发 in the delivery log) loads and starts it at once.
 *
 * @example
 * const bg = deferredBackground(store, { mail: null });
 * app.addHook("onListen", () => bg.start());
 */
export function deferredBackground(store: Store, o: BackgroundOptions): Background & { start(): void } {
  let loop: Promise<Background> | null = null;
  let stopped = false;
  const started = () => (loop ??= import("../services/backgroundWorker.js").then((m) => m.startBackground(store, o)));
  return {
    start() {
      if (!stopped) void started().catch((e) => o.onError?.(e));
    },
    async tick() {
      if (!stopped) await (await started()).tick();
    },
    async stop() {
      stopped = true;
      if (loop) await (await loop).stop();
    },
  };
}
