import type { TextRun } from "../../api/reviews";

const STYLES = {
  added: { background: "#d9f7be", textDecoration: "none" },
  removed: { background: "#ffccc7", color: "#a8071a", textDecoration: "line-through" },
} as const;

/**
 * A section's printed text with what changed since the previous issue marked: added words
 * as <ins>, removed ones struck through as <del> (so the marks read without colour too).
 */
export function MarkedText({ runs }: { runs: TextRun[] }) {
  if (!runs.length) return null;
  return (
    <div style={{ whiteSpace: "pre-wrap", lineHeight: 1.9, fontSize: 14 }} data-testid="marked-text">
      {runs.map((r, i) =>
        r.op === "added" ? (
          <ins key={i} style={STYLES.added} title="较上期新增">
            {r.text}
          </ins>
        ) : r.op === "removed" ? (
          <del key={i} style={STYLES.removed} title="较上期删去">
            {r.text}
          </del>
        ) : (
          <span key={i}>{r.text}</span>
        ),
      )}
    </div>
  );
}
