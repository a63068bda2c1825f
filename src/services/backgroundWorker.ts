import type { Store } from "../store/index.js";
import type { MailSettings } from "./mailer.js";
import { sendPending } from "./outboxSender.js";
import { runDueJobs } from "./scheduler.js";

export type BackgroundOptions = {
  mail: MailSettings | null;
  /** Pause between two ticks (default 15 s). */
  intervalMs?: number;
  now?: () => Date;
  onError?: (e: unknown) => void;
};

export type Background = {
  /** Runs one tick now (scheduler, then outbox), after any tick in progress. */
  tick(): Promise<void>;
  /** Stops the loop and waits for a tick in progress; no timer is left behind. */
  stop(): Promise<void>;
};

/**
 * The server's background loop: every interval the scheduler runs due jobs (reminders,
 * scheduled publishing), then the sender delivers due e-mails and webhook calls. A tick
 * that fails is reported and the loop goes on: a mail server that is down only delays.
 *
 * @example
 * const bg = startBackground(store, { mail: mailSettingsFromEnv() });
 * app.addHook("onClose", () => bg.stop());
 */
export function startBackground(store: Store, o: BackgroundOptions): Background {
  const interval = o.intervalMs ?? 15_000;
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;

  const once = async () => {
    try {
      await runDueJobs(store, o.now);
      await sendPending(store, { mail: o.mail, now: o.now });
    } catch (e) {
      o.onError?.(e);
    }
  };
  const tick = () => (running = running.then(once));
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => void tick().then(schedule), interval);
    // The loop alone never keeps a process alive (a CLI run, a test).
    timer.unref();
  };
  schedule();
  return {
    tick,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
