import type { Transporter } from "nodemailer";
import { ZhoubaoError } from "../domain/errors.js";

/** How zhoubao reaches its mail server: ZHOUBAO_SMTP_URL (smtp:// or smtps://, user and password in it) and ZHOUBAO_MAIL_FROM. */
export type MailSettings = { url: string; from: string };

export const DEFAULT_MAIL_FROM = "窗口工作周报 <zhoubao@localhost>";

/** The settings from the environment, or null when no mail server is configured (messages then wait in the queue). */
export function mailSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): MailSettings | null {
  const url = env.ZHOUBAO_SMTP_URL?.trim();
  if (!url) return null;
  if (!/^smtps?:\/\/[^/]+/.test(url))
    throw new ZhoubaoError("mail.bad-settings", `ZHOUBAO_SMTP_URL 应为 smtp://主机:端口 或 smtps://用户:密码@主机:端口，现为“${url.replace(/\/\/[^@/]*@/, "//…@")}”。`);
  return { url, from: env.ZHOUBAO_MAIL_FROM?.trim() || DEFAULT_MAIL_FROM };
}

export type OutgoingMail = { to: string; subject: string; html?: string; text?: string; attachments?: { filename: string; content: Buffer; contentType: string }[] };

export type Mailer = { send(m: OutgoingMail): Promise<void>; close(): void };

/**
 * A mailer over SMTP (nodemailer), pooled so one run of the sender uses one connection.
 * Short timeouts: an unreachable server fails the attempt quickly and the message is
 * retried later instead of holding the sender.
 */
export function createMailer(s: MailSettings): Mailer {
  // nodemailer is loaded with the first message, not when the server starts (issue 17).
  let transport: Promise<Transporter> | undefined;
  const open = () =>
    (transport ??= import("nodemailer").then(({ default: nodemailer }) =>
      nodemailer.createTransport({
        url: s.url,
        pool: true,
        maxConnections: 1,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
        // A local relay without a certificate for its name is common in a center's network.
        tls: { rejectUnauthorized: false },
      } as Parameters<typeof nodemailer.createTransport>[0]),
    ));
  return {
    async send(m) {
      await (await open()).sendMail({ from: s.from, ...m });
    },
    close: () => void transport?.then((t) => t.close()),
  };
}
