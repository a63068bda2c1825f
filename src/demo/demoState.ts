import type { Pair, WindowMeasures } from "../domain/model/common.js";
import type { Random } from "./random.js";

/** Running year-to-date figures the demo issues report, advanced week by week. */
export type DemoFigures = {
  licensing: Pair;
  publicService: Pair;
  otherPower: Pair;
  windowYtd: WindowMeasures;
  manualCompleted: number;
};

export const MANUAL_TOTAL_ITEMS = 1645;

export function newYearFigures(carryOver: number): DemoFigures {
  return {
    licensing: { accepted: 0, completed: carryOver },
    publicService: { accepted: 0, completed: carryOver * 20 },
    otherPower: { accepted: 0, completed: Math.round(carryOver / 10) },
    windowYtd: { consulted: 0, accepted: 0, issued: 0, circulated: 0 },
    manualCompleted: 0,
  };
}

/** Adds one period's cases (about the sample center's 2022 daily rates) to the figures. */
export function advance(f: DemoFigures, workdays: number, rnd: Random, manualFloor: number): { week: WindowMeasures; added: number } {
  const grow = (p: Pair, perDay: number, completion: number): Pair => {
    const acc = Math.round(perDay * workdays * (0.9 + rnd.next() * 0.2));
    return { accepted: p.accepted + acc, completed: p.completed + Math.round(acc * completion) };
  };
  f.licensing = grow(f.licensing, 3200, 0.97 + rnd.next() * 0.05);
  f.publicService = grow(f.publicService, 85000, 0.6 + rnd.next() * 0.3);
  f.otherPower = grow(f.otherPower, 250, 0.98 + rnd.next() * 0.06);
  const week: WindowMeasures = {
    consulted: rnd.int(260, 320) * workdays,
    accepted: rnd.int(90, 120) * workdays,
    issued: rnd.int(400, 480) * workdays,
    circulated: rnd.int(2300, 2600) * workdays,
  };
  for (const k of Object.keys(week) as (keyof WindowMeasures)[]) f.windowYtd[k] += week[k];
  const added = Math.min(MANUAL_TOTAL_ITEMS - f.manualCompleted, Math.max(rnd.int(0, 6), manualFloor));
  f.manualCompleted += added;
  return { week, added };
}

/** Percent of the manual items done, truncated to two decimals as the center prints it. */
export function truncatedPercent(done: number, total: number): number {
  return Math.floor((done * 10000) / total) / 100;
}
