import { z } from "zod";
import { addUser, newUserInput, updateUser, userPatchInput } from "../../../services/accountManager.js";
import { actorOf } from "../../auth/guard.js";
import { ERROR_RESPONSES } from "../../errors.js";
import { presentUser } from "../../presenters/user.js";
import { userBody } from "../auth/schemas.js";
import { idParam, type RouteModule } from "../common.js";

const tags = ["用户"];
const userList = z.object({ users: z.array(userBody) });

/** Accounts and roles, for the admin only. */
export const userRoutes: RouteModule = (api, o) => {
  api.get("/api/users", {
    config: { access: ["admin"] },
    schema: { tags, summary: "用户列表", response: { 200: userList, ...ERROR_RESPONSES } },
    handler: async (req) => ({ users: (await o.store.users.list(actorOf(req).centerId)).map(presentUser) }),
  });

  api.post("/api/users", {
    config: { access: ["admin"] },
    schema: { tags, summary: "添加用户（首次登录须修改密码）", body: newUserInput, response: { 201: userBody, ...ERROR_RESPONSES } },
    handler: async (req, reply) => reply.code(201).send(presentUser(await addUser(o.store, actorOf(req), req.body))),
  });

  api.get("/api/users/:id", {
    config: { access: ["admin"] },
    schema: { tags, summary: "一个用户", params: idParam, response: { 200: userBody, ...ERROR_RESPONSES } },
    handler: async (req) => presentUser(await o.store.users.require(actorOf(req).centerId, req.params.id)),
  });

  api.put("/api/users/:id", {
    config: { access: ["admin"] },
    schema: { tags, summary: "修改用户：姓名、角色、部门、停用、重置密码", params: idParam, body: userPatchInput, response: { 200: userBody, ...ERROR_RESPONSES } },
    handler: async (req) => presentUser(await updateUser(o.store, actorOf(req), req.params.id, req.body)),
  });
};
