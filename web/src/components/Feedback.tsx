import { Alert, Button, Empty, Result, Spin } from "antd";
import { ApiError } from "../api/client";

/** A centred spinner with a Chinese caption. */
export function Loading({ tip = "正在加载……" }: { tip?: string }) {
  return (
    <div style={{ padding: 48, textAlign: "center" }} role="status" data-loading="true">
      <Spin />
      <div style={{ marginTop: 12, color: "#888" }}>{tip}</div>
    </div>
  );
}

/** The Chinese message of any error (the server's own message when it sent one). */
export function messageOf(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  if (e instanceof Error && /[\u4e00-\u9fff]/.test(e.message)) return e.message;
  return "操作失败，请稍后重试。";
}

/** An error box with the server's message and, when given, a retry button. */
export function ErrorBox({ error, retry, title = "加载失败" }: { error: unknown; retry?: () => void; title?: string }) {
  const code = error instanceof ApiError ? error.code : null;
  return (
    <Alert
      type="error"
      showIcon
      title={title}
      description={
        <span>
          {messageOf(error)}
          {code && !code.startsWith("http.") ? <span style={{ color: "#999" }}>（错误代码：{code}）</span> : null}
        </span>
      }
      action={retry ? <Button onClick={retry}>重试</Button> : undefined}
      style={{ marginBottom: 16 }}
    />
  );
}

/**
 * True when the server has no such route yet (Fastify's own 404, not a "not found" of
 * the domain such as issue.not-found): the screen then says the feature is not offered.
 */
export function isMissingEndpoint(e: unknown): boolean {
  return e instanceof ApiError && e.status === 404 && (e.code === "http.404" || e.code === "route.not-found");
}

/** The notice shown where a screen needs a server feature that is not there yet (web/NEEDS.md). */
export function MissingEndpoint({ what, endpoint }: { what: string; endpoint: string }) {
  return (
    <Alert
      type="warning"
      showIcon
      title={`服务器暂未提供“${what}”功能`}
      description={`此功能需要服务器接口 ${endpoint}，当前版本的服务器尚未提供。请联系系统管理员升级。`}
      style={{ marginBottom: 16 }}
      data-testid="missing-endpoint"
    />
  );
}

/** A page that could not be shown at all: not found or not allowed. */
export function NotFound({ text = "页面不存在。" }: { text?: string }) {
  return <Result status="404" title="未找到" subTitle={text} />;
}

export function Forbidden() {
  return <Result status="403" title="无权访问" subTitle="您的角色无权使用此页面，如需使用请联系管理员。" />;
}

export function Nothing({ text }: { text: string }) {
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text} />;
}
