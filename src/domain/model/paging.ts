import { z } from "zod";
import { queryInt } from "./bounded.js";

/** The most items one page of a list may hold. */
export const MAX_PAGE_SIZE = 500;

/** `page` (from 1) and `pageSize` of a list's query string; shared by the routes and the web app. */
export const pageQuery = z.object({
  page: queryInt(1).default(1).describe("页码，从 1 开始"),
  pageSize: queryInt(1, MAX_PAGE_SIZE).default(100).describe(`每页条数（1–${MAX_PAGE_SIZE}）`),
});
export type PageQuery = z.infer<typeof pageQuery>;

/** What a paged answer says besides its items: the total over all pages, so nothing stops silently. */
export const pageInfo = z.object({ total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
export type PageInfo = z.infer<typeof pageInfo>;

/** The rows of a page for a repository: offset and limit. */
export const pageWindow = (p: PageQuery) => ({ offset: (p.page - 1) * p.pageSize, limit: p.pageSize });
