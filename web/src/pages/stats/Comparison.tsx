import { Table, Typography } from "antd";
import type { ContentOf } from "@domain/model/section";
import { CATEGORIES, MEASURES } from "@domain/dashboard/series";

const fmt = (v: number | null | undefined) => (v === null || v === undefined ? "—" : v.toLocaleString("zh-CN"));

/** This year-to-date figures beside the previous issue's, and the increment they imply. */
export function PlatformComparison({ now, before, sameYear }: { now: ContentOf<"platform-stats">; before: ContentOf<"platform-stats"> | undefined; sameYear: boolean }) {
  const rows = CATEGORIES.flatMap(([c, label]) =>
    (["accepted", "completed"] as const).map((p) => {
      const a = now[c]?.[p] ?? null;
      const b = sameYear ? (before?.[c]?.[p] ?? null) : 0;
      return { key: `${c}.${p}`, label: `${label}${p === "accepted" ? "受理" : "办结"}`, before: b, now: a, diff: a !== null && b !== null ? a - b : null };
    }),
  );
  return (
    <Table
      size="small"
      pagination={false}
      dataSource={rows}
      style={{ marginTop: 12 }}
      columns={[
        { title: "项目", dataIndex: "label" },
        { title: sameYear ? "上期累计" : "上期累计（跨年，从零起算）", dataIndex: "before", render: fmt, align: "right" },
        { title: "本期累计", dataIndex: "now", render: fmt, align: "right" },
        {
          title: "本周新增",
          dataIndex: "diff",
          align: "right",
          render: (v: number | null) => (v === null ? "—" : v < 0 ? <Typography.Text type="danger">{fmt(v)}（低于上期！）</Typography.Text> : fmt(v)),
        },
      ]}
    />
  );
}

/** Whether last week's year-to-date plus this week gives this year-to-date, measure by measure. */
export function WindowComparison({ now, before, sameYear }: { now: ContentOf<"window-counts">; before: ContentOf<"window-counts"> | undefined; sameYear: boolean }) {
  const rows = MEASURES.map(([m, label]) => {
    const prev = sameYear ? (before?.ytd?.[m] ?? null) : 0;
    const week = now.week?.[m] ?? null;
    const expect = prev !== null && week !== null ? prev + week : null;
    const ytd = now.ytd?.[m] ?? null;
    return { key: m, label, prev, week, expect, ytd };
  });
  return (
    <Table
      size="small"
      pagination={false}
      dataSource={rows}
      style={{ marginTop: 12 }}
      columns={[
        { title: "项目", dataIndex: "label" },
        { title: "上期累计", dataIndex: "prev", render: fmt, align: "right" },
        { title: "本周", dataIndex: "week", render: fmt, align: "right" },
        { title: "上期累计＋本周", dataIndex: "expect", render: fmt, align: "right" },
        {
          title: "本期累计",
          dataIndex: "ytd",
          align: "right",
          render: (v: number | null, r) => (v !== null && r.expect !== null && v !== r.expect ? <Typography.Text type="warning">{fmt(v)}（相差 {fmt(v - r.expect)}）</Typography.Text> : fmt(v)),
        },
      ]}
    />
  );
}
