/**
 * The one way the web app talks to the server: JSON over fetch with the session cookie,
 * the CSRF header on every state-changing request, and errors turned into `ApiError`
 * carrying the server's Chinese message and stable code.
 */

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown = null,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

let csrfToken: string | null = null;

/** Remembers the CSRF token the server handed out (login and /api/me answer it). */
export function setCsrfToken(token: string | null | undefined): void {
  csrfToken = token ?? null;
}

/**
 * The CSRF token to echo in X-CSRF-Token (double submit): the zb_csrf cookie the server
 * keeps current (it changes at login), else the token the server last answered.
 */
export function currentCsrfToken(): string | null {
  const m = /(?:^|;\s*)zb_csrf=([^;]+)/.exec(document.cookie);
  return m ? decodeURIComponent(m[1]) : csrfToken;
}

/** Makes sure the browser holds a CSRF cookie (a visitor needs one before signing in). */
export async function ensureCsrf(): Promise<void> {
  if (/(?:^|;\s*)zb_csrf=/.test(document.cookie)) return;
  const a = await get<{ csrfToken: string }>("/api/auth/csrf");
  setCsrfToken(a.csrfToken);
}

const STATUS_MESSAGES: Record<number, string> = {
  400: "提交的内容不符合要求。",
  401: "登录已失效，请重新登录。",
  403: "您没有执行此操作的权限。",
  404: "请求的内容不存在。",
  409: "操作与当前状态冲突，请刷新后重试。",
  413: "文件太大，服务器拒绝接收。",
  429: "操作过于频繁，请稍后再试。",
  500: "服务器内部错误，请稍后再试或联系管理员。",
  502: "服务器暂时无法访问，请稍后再试。",
  503: "服务暂时不可用，请稍后再试。",
};

/** Listeners told when the session has ended (401), so the app can return to 登录. */
const sessionListeners = new Set<() => void>();
export function onSessionExpired(fn: () => void): () => void {
  sessionListeners.add(fn);
  return () => sessionListeners.delete(fn);
}

/** Builds the error of a failed response from the server's `{ code, message, details }`. */
export async function errorOf(res: Response): Promise<ApiError> {
  let body: { code?: string; message?: string; details?: unknown } | null = null;
  try {
    body = await res.json();
  } catch {
    /* not JSON: fall back to the status text below */
  }
  const message = body?.message && /[\u4e00-\u9fff]/.test(body.message) ? body.message : (STATUS_MESSAGES[res.status] ?? `请求失败（HTTP ${res.status}）。`);
  return new ApiError(res.status, body?.code ?? `http.${res.status}`, message, body?.details ?? null);
}

function isMutation(method: string): boolean {
  return !["GET", "HEAD", "OPTIONS"].includes(method);
}

function headersFor(method: string, json: boolean): Record<string, string> {
  const h: Record<string, string> = { Accept: "application/json" };
  if (json) h["Content-Type"] = "application/json";
  const token = isMutation(method) ? currentCsrfToken() : null;
  if (token) h["X-CSRF-Token"] = token;
  return h;
}

export async function send(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<Response> {
  const json = body !== undefined && !(body instanceof FormData);
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: "same-origin",
      headers: headersFor(method, json),
      body: body === undefined ? undefined : json ? JSON.stringify(body) : (body as FormData),
      signal,
    });
  } catch (e) {
    if ((e as Error).name === "AbortError") throw e;
    throw new ApiError(0, "network", "无法连接服务器，请检查网络后重试。");
  }
  if (!res.ok) {
    const err = await errorOf(res);
    if (res.status === 401 && !path.startsWith("/api/auth/login")) sessionListeners.forEach((fn) => fn());
    throw err;
  }
  return res;
}

/**
 * A JSON request to the API.
 *
 * @example
 * const me = await api<Me>("GET", "/api/me");
 */
export async function api<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const res = await send(method, path, body, signal);
  if (res.status === 204) return undefined as T;
  const type = res.headers.get("content-type") ?? "";
  return (type.includes("json") ? await res.json() : await res.text()) as T;
}

export const get = <T>(path: string, signal?: AbortSignal) => api<T>("GET", path, undefined, signal);
export const post = <T>(path: string, body?: unknown) => api<T>("POST", path, body ?? {});
export const put = <T>(path: string, body: unknown) => api<T>("PUT", path, body);
export const patch = <T>(path: string, body: unknown) => api<T>("PATCH", path, body);
export const del = <T>(path: string) => api<T>("DELETE", path);

/** A query string from the defined, non-empty values. */
export function query(params: Record<string, string | number | boolean | null | undefined | string[]>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === "") continue;
    if (Array.isArray(v)) v.forEach((x) => q.append(k, x));
    else q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : "";
}
