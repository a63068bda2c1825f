import { changeOwnPassword } from "../../../services/accountManager.js";
import { login, logout } from "../../../services/authenticator.js";
import type { User } from "../../../store/repositories/users.js";
import type { Store } from "../../../store/index.js";
import { actorOf } from "../../auth/guard.js";
import { clearAuthCookies, csrfTokenOf, setCsrfCookie, setSessionCookie } from "../../auth/cookies.js";
import { ERROR_RESPONSES } from "../../errors.js";
import { presentUser } from "../../presenters/user.js";
import { okBody, type RouteModule } from "../common.js";
import { csrfBody, loginBody, meBody, passwordBody } from "./schemas.js";

const tags = ["登录与账户"];

async function me(store: Store, user: User, csrfToken: string) {
  const center = await store.centers.byId(user.centerId);
  return { user: presentUser(user), csrfToken, center: { id: center.id, code: center.code, name: center.name } };
}

/** Sign in and out, the CSRF token, and the signed-in account. */
export const authRoutes: RouteModule = (api, o) => {
  api.get("/api/auth/csrf", {
    config: { access: "public" },
    schema: { tags, summary: "取得 CSRF 令牌（同时写入 zb_csrf Cookie）", response: { 200: csrfBody, ...ERROR_RESPONSES } },
    handler: async (req) => ({ csrfToken: req.csrfToken! }),
  });

  api.post("/api/auth/login", {
    config: { access: "public" },
    schema: { tags, summary: "登录（按账户与来源地址限制失败次数）", body: loginBody, response: { 200: meBody, ...ERROR_RESPONSES } },
    handler: async (req, reply) => {
      const { token, user } = await login(o.store, { ...req.body, address: req.ip, userAgent: req.headers["user-agent"] ?? null }, o, new Date(), o.verifyGate);
      if (req.session) await o.store.sessions.remove(req.session.id);
      const csrf = csrfTokenOf(token);
      setSessionCookie(req, reply, o, token);
      setCsrfCookie(req, reply, o, csrf);
      return me(o.store, user, csrf);
    },
  });

  api.post("/api/auth/logout", {
    config: { access: "user" },
    schema: { tags, summary: "退出登录", response: { 200: okBody, ...ERROR_RESPONSES } },
    handler: async (req, reply) => {
      await logout(o.store, req.session!.id, req.session!.user, req.ip);
      clearAuthCookies(req, reply, o);
      return { ok: true as const };
    },
  });

  api.get("/api/me", {
    config: { access: "user" },
    schema: { tags, summary: "当前账户", response: { 200: meBody, ...ERROR_RESPONSES } },
    handler: async (req) => me(o.store, req.session!.user, req.csrfToken!),
  });

  api.put("/api/me/password", {
    config: { access: "user" },
    schema: { tags, summary: "修改自己的密码（其他会话随之失效）", body: passwordBody, response: { 200: meBody, ...ERROR_RESPONSES } },
    handler: async (req) => {
      await changeOwnPassword(o.store, { ...actorOf(req), sessionId: req.session!.id }, req.body.currentPassword, req.body.newPassword);
      const user = (await o.store.users.byId(req.session!.user.id))!;
      return me(o.store, user, req.csrfToken!);
    },
  });
};
