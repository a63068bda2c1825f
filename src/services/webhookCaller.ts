import { createHmac } from "node:crypto";

/** sha256=<hex HMAC-SHA256 of the raw body with the webhook's secret>, the value of X-Zhoubao-Signature. */
export function webhookSignature(secret: string, rawBody: string): string {
  return `sha256=${createHmac("sha256", secret).update(rawBody, "utf8").digest("hex")}`;
}

/**
 * POSTs one webhook call: the JSON body signed with the webhook's secret, its event id
 * and the time of sending in headers. Resolves on a 2xx answer; throws with the reason
 * (status and the start of the answer, or the network error) otherwise.
 */
export async function callWebhook(url: string, secret: string, eventId: string, event: string, body: unknown, now = new Date()): Promise<void> {
  const raw = JSON.stringify(body);
  let res: Response;
  try {
    res = await fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/json; charset=utf-8",
        "user-agent": "zhoubao-webhook/1",
        "x-zhoubao-event": event,
        "x-zhoubao-event-id": eventId,
        "x-zhoubao-timestamp": now.toISOString(),
        "x-zhoubao-signature": webhookSignature(secret, raw),
      },
      body: raw,
      redirect: "manual",
      signal: AbortSignal.timeout(15_000),
    });
  } catch (e) {
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    throw new Error(`无法连接 ${url}：${cause?.code ?? cause?.message ?? (e as Error).message}`);
  }
  if (res.status >= 200 && res.status < 300) {
    await res.body?.cancel();
    return;
  }
  const text = (await res.text().catch(() => "")).slice(0, 200);
  throw new Error(`HTTP ${res.status}${text ? `：${text}` : ""}`);
}
