// Tests that spawn bin/zhoubao.js run the compiled dist/: rebuilt once here when src/ has
// changed, rather than by the first processes the test files start at the same time.
import { buildDist, isFresh } from "../bin/compiled.js";

export async function setup() {
  if (!isFresh()) await buildDist();
}
