import type { Store } from "../store/index.js";
import { buildDemoArchive } from "./demoArchive.js";

/**
 * Fills an empty center with the demo archive (published issues) and leaves nothing
 * when the center already has issues. Returns how many issues it wrote.
 */
export async function seedDemo(store: Store, centerId: number): Promise<number> {
  if ((await store.issues.latest(centerId)) !== null) return 0;
  return store.transaction(async (tx) => {
    await tx.departments.seed(centerId);
    const center = await tx.centers.byId(centerId);
    const docs = buildDemoArchive(center.name, await tx.departments.list(centerId), await tx.calendar.calendar(centerId));
    for (const doc of docs) await tx.issues.create(centerId, doc, { status: "published" });
    return docs.length;
  });
}
