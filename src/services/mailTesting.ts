import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

/** A message the test SMTP server accepted: the envelope's recipients, the raw bytes and the parsed mail. */
export type ReceivedMail = { rcpt: string[]; raw: Buffer; mail: ParsedMail };

/**
 * A real SMTP server on a free local port for tests (smtp-server): it accepts every
 * message and keeps it, parsed by mailparser. Tests only.
 *
 * @example
 * const smtp = await startSmtpReceiver(); … smtp.received[0].mail.subject; await smtp.close();
 */
export async function startSmtpReceiver(): Promise<{ url: string; received: ReceivedMail[]; close(): Promise<void> }> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks);
        simpleParser(raw).then(
          (mail) => {
            received.push({ rcpt: session.envelope.rcptTo.map((r) => r.address), raw, mail });
            done();
          },
          (e: Error) => done(e),
        );
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { url: `smtp://127.0.0.1:${port}`, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** A local port nothing listens on (a mail server or webhook receiver that is down). */
export async function deadPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

export type ReceivedCall = { headers: IncomingHttpHeaders; raw: string; status: number };

/** A webhook receiver (node:http) answering each call with the next of `statuses` (then 200), keeping every call. */
export async function startWebhookReceiver(statuses: number[] = []): Promise<{ url: string; calls: ReceivedCall[]; close(): Promise<void> }> {
  const calls: ReceivedCall[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const status = statuses[calls.length] ?? 200;
      calls.push({ headers: req.headers, raw: Buffer.concat(chunks).toString("utf8"), status });
      res.writeHead(status, { "content-type": "text/plain" }).end(status === 200 ? "ok" : "暂时无法处理");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}/zhoubao-hook`, calls, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
