// Issue references ("2023-49"), apart from the zod schemas of issue.ts: the command line
// parses them before it loads anything else.

/** "2023-49" → { year: 2023, seq: 49 }; null when it is not of that form. */
export function parseIssueRef(ref: string): { year: number; seq: number } | null {
  const m = /^(\d{4})-(\d{1,3})$/.exec(ref.trim());
  if (!m) return null;
  const seq = Number(m[2]);
  return seq > 0 ? { year: Number(m[1]), seq } : null;
}

export function issueRef(i: { year: number; seq: number }): string {
  return `${i.year}-${i.seq}`;
}
