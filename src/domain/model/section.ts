import { z } from "zod";
import { count, isoDate, pair, windowMeasures } from "./common.js";

/** The kinds of section a template is made of (DESIGN.md §3). */
export const SECTION_KINDS = [
  "part",
  "group",
  "news",
  "leader-visits",
  "platform-stats",
  "inspection",
  "window-counts",
  "manual-progress",
  "policy-lists",
  "text",
] as const;
export const sectionKind = z.enum(SECTION_KINDS);
export type SectionKind = z.infer<typeof sectionKind>;

/** Chinese names of the kinds, for the UI and messages. */
export const SECTION_KIND_LABELS: Record<SectionKind, string> = {
  part: "部分标题",
  group: "分组",
  news: "工作动态",
  "leader-visits": "厅（局）长进大厅",
  "platform-stats": "办件统计",
  inspection: "大厅巡查",
  "window-counts": "综窗办件",
  "manual-progress": "受理手册编制",
  "policy-lists": "惠企政策清单",
  text: "文字",
};

/** How a news section numbers its items when printed: （1）, 1. or not at all. */
export const itemNumbering = z.enum(["paren", "dot", "none"]);
export type ItemNumbering = z.infer<typeof itemNumbering>;

export const newsItem = z.object({
  id: z.string().min(1),
  text: z.string().min(1, "动态内容不能为空"),
  /** Canonical names of the departments the item is attributed to (may be empty). */
  departments: z.array(z.string().min(1)).default([]),
  /** The submission it came from, when a liaison submitted it. */
  submissionId: z.string().nullable().default(null),
});
export type NewsItem = z.infer<typeof newsItem>;

/** How the subject of a visit sentence says the leader came with others: …周彤率队到… */
export const VISIT_ESCORTS = ["率队", "带队", "一行"] as const;

export const leaderVisit = z.object({
  id: z.string().min(1),
  date: isoDate.nullable(),
  /** The last day of a visit over several days (12月11日至12日); null for one day. */
  endDate: isoDate.nullable().optional(),
  department: z.string().min(1, "请选择部门"),
  person: z.string().min(1, "请填写姓名"),
  /** The person's title as printed, e.g. 党委委员、副厅长 (several posts joined by 、). */
  title: z.string().default(""),
  /** 率队 / 带队 / 一行 after the name, when the leader came with staff. */
  escort: z.enum(VISIT_ESCORTS).nullable().optional(),
  /** The window visited when the sentence names one (省自然资源厅); null: the hall as a whole. */
  window: z.string().nullable().optional(),
  /**
   * The visit's own paragraph (as printed in a past issue), or a liaison's 情况说明. A text
   * that does not name the visitor is printed after the generated sentence, never instead
   * of it (see leaderVisitParagraph in src/domain/present).
   */
  text: z.string().nullable().default(null),
  submissionId: z.string().nullable().default(null),
});
export type LeaderVisit = z.infer<typeof leaderVisit>;

export const inspectionItem = z.object({
  item: z.string().min(1),
  verdict: z.string().min(1),
  note: z.string().nullable().default(null),
});
export type InspectionItem = z.infer<typeof inspectionItem>;

export const policyList = z.object({
  level: z.enum(["national", "provincial"]),
  title: z.string().min(1),
  total: count,
  noApplication: count,
  fastApplication: count,
});
export type PolicyList = z.infer<typeof policyList>;

/**
 * A paragraph kept verbatim from an imported issue because the importer could not place
 * it (nothing of a past issue is dropped). It prints like any other paragraph after the
 * section's own content; until an editor has read it against the source (`reviewed`), the
 * editor marks it “原文未能识别，请核对” and the check content.unreviewed names it.
 */
export const verbatimParagraph = z.object({
  id: z.string().min(1),
  text: z.string().min(1, "段落不能为空"),
  /** The first source line it came from, for the editor's “第 N 行”. */
  line: z.number().int().positive().nullable().default(null),
  reviewed: z.boolean().default(false),
});
export type VerbatimParagraph = z.infer<typeof verbatimParagraph>;

/** Typed content of each kind; `kind` is the discriminator. */
export const sectionContent = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("part") }),
  z.object({ kind: z.literal("group") }),
  z.object({
    kind: z.literal("news"),
    intro: z.string().nullable().default(null),
    numbering: itemNumbering.default("paren"),
    items: z.array(newsItem).default([]),
  }),
  z.object({
    kind: z.literal("leader-visits"),
    summary: z.string().nullable().default(null),
    visits: z.array(leaderVisit).default([]),
  }),
  z.object({
    kind: z.literal("platform-stats"),
    platform: z.string().default("四川一体化政务服务平台"),
    scope: z.string().default("省本级"),
    from: isoDate.nullable().default(null),
    asOf: isoDate.nullable().default(null),
    licensing: pair.nullable().default(null),
    publicService: pair.nullable().default(null),
    otherPower: pair.nullable().default(null),
  }),
  z.object({
    kind: z.literal("inspection"),
    intro: z.string().nullable().default(null),
    items: z.array(inspectionItem).default([]),
  }),
  z.object({
    kind: z.literal("window-counts"),
    scope: z.string().default("省本级"),
    week: windowMeasures.nullable().default(null),
    ytd: windowMeasures.nullable().default(null),
  }),
  z.object({
    kind: z.literal("manual-progress"),
    addedThisWeek: count.nullable().default(null),
    addedDepartment: z.string().nullable().default(null),
    completed: count.nullable().default(null),
    /** Number of handling items in all, when known; the percent is checked against it. */
    totalItems: count.nullable().default(null),
    percent: z.number().min(0).max(100).nullable().default(null),
  }),
  z.object({
    kind: z.literal("policy-lists"),
    lists: z.array(policyList).default([]),
    /** Narrative printed after the generated sentences (where the lists were published). */
    note: z.string().nullable().default(null),
  }),
  z.object({ kind: z.literal("text"), paragraphs: z.array(z.string()).default([]) }),
]);
export type SectionContent = z.infer<typeof sectionContent>;
export type ContentOf<K extends SectionKind> = Extract<SectionContent, { kind: K }>;

export type Section = {
  id: string;
  level: 0 | 1 | 2 | 3;
  heading: string;
  content: SectionContent;
  /** Paragraphs the importer kept verbatim; absent or empty for sections made in the app. */
  verbatim?: VerbatimParagraph[];
  children: Section[];
};

export const sectionLevel = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]);

/** One section of the tree; children are one level deeper. */
export const section: z.ZodType<Section, any> = z.lazy(() =>
  z
    .object({
      id: z.string().min(1),
      level: sectionLevel,
      heading: z.string().min(1, "标题不能为空"),
      content: sectionContent,
      verbatim: z.array(verbatimParagraph).optional(),
      children: z.array(section).default([]),
    })
    .superRefine((s, ctx) => {
      s.children.forEach((c, i) => {
        if (c.level !== s.level + 1)
          ctx.addIssue({
            code: "custom",
            path: ["children", i, "level"],
            message: `子标题层级应为 ${s.level + 1}，实为 ${c.level}`,
          });
      });
    }),
);
