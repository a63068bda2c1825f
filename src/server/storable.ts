import type { FastifyInstance } from "fastify";
import { unstorable } from "../domain/model/bounded.js";
import { ZhoubaoError } from "../domain/errors.js";

const WHERE = { body: "请求内容", query: "查询参数", params: "路径参数" } as const;

/**
 * Refuses, before any route's schema runs, a request whose body, query or path holds a
 * value no store column can keep (NUL in text, an integer beyond int4): PostgreSQL would
 * refuse it inside a query and the caller would get a 500 instead of input.invalid.
 */
export function installStorableGuard(app: FastifyInstance): void {
  app.addHook("preValidation", async (req) => {
    for (const where of ["params", "query", "body"] as const) {
      const found = unstorable(req[where]);
      if (found)
        throw new ZhoubaoError("input.invalid", `${WHERE[where]}不符合要求：${found.path ? `${found.path}：` : ""}${found.message}`, {
          issues: [{ path: found.path, message: found.message }],
        });
    }
  });
}
