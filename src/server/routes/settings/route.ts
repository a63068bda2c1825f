import { z } from "zod";
import { settingsInput, updateSettings } from "../../../services/centerAdministrator.js";
import { centerDefaults, type Center } from "../../../store/repositories/centers.js";
import { actorOf } from "../../auth/guard.js";
import { ERROR_RESPONSES } from "../../errors.js";
import type { RouteModule } from "../common.js";

const tags = ["中心设置"];
const settingsView = z.object({ id: z.number().int(), code: z.string(), name: z.string(), defaults: centerDefaults });
const present = (c: Center) => ({ id: c.id, code: c.code, name: c.name, defaults: c.defaults });

/** The center's name (编印单位) and the defaults of new issues: 报/送/发, 印数, template. */
export const settingsRoutes: RouteModule = (api, o) => {
  api.get("/api/settings", {
    config: { access: "user" },
    schema: { tags, summary: "中心名称与新建周报的默认分发范围、印数、模板", response: { 200: settingsView, ...ERROR_RESPONSES } },
    handler: async (req) => present(await o.store.centers.byId(actorOf(req).centerId)),
  });

  api.put("/api/settings", {
    config: { access: ["admin"] },
    schema: { tags, summary: "修改中心设置", body: settingsInput, response: { 200: settingsView, ...ERROR_RESPONSES } },
    handler: async (req) => present(await updateSettings(o.store, actorOf(req), req.body)),
  });
};
