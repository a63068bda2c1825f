import { describe, expect, it } from "vitest";
import { makeInput } from "./inputs.js";
import { FORMATS, loadSeeds } from "./seeds.js";

describe("fuzz inputs", () => {
  const seeds = loadSeeds();

  it("are the same for the same seed and index, whatever was made before", async () => {
    const a = await makeInput(42, 17, seeds, FORMATS);
    await makeInput(42, 3, seeds, FORMATS);
    const b = await makeInput(42, 17, seeds, FORMATS);
    expect(b).toEqual(a);
    expect(a.format).toBe(FORMATS[17 % FORMATS.length]);
    expect(a.mutations.length).toBeGreaterThan(0);
  });

  it("differ between seeds and between indexes, and take formats by turns", async () => {
    const inputs = await Promise.all(Array.from({ length: 24 }, (_, i) => makeInput(7, i, seeds, ["xlsx", "csv"])));
    expect(inputs.map((i) => i.format)).toEqual(Array.from({ length: 24 }, (_, i) => (i % 2 ? "csv" : "xlsx")));
    expect(new Set(inputs.map((i) => i.bytes.toString("base64"))).size).toBeGreaterThan(20);
    expect((await makeInput(8, 5, seeds, FORMATS)).bytes).not.toEqual((await makeInput(7, 5, seeds, FORMATS)).bytes);
    expect(inputs.filter((i) => i.ledger === "desk").length).toBeGreaterThan(0);
  });
});
