import helmet from "@fastify/helmet";
import type { FastifyInstance } from "fastify";
import type { ResolvedOptions } from "./options.js";

/**
 * Security headers. The CSP fits a Vite-built React SPA: scripts only from this origin
 * (Vite emits no inline script), styles also inline (Ant Design injects its CSS-in-JS
 * at run time), images and fonts from here or data:/blob: (ECharts exports, icons),
 * no plugins, no framing except by the app itself (the HTML preview), forms only here.
 */
export async function installSecurityHeaders(app: FastifyInstance, o: ResolvedOptions): Promise<void> {
  const httpsOnly = o.cookieSecure === true;
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", "blob:"],
        objectSrc: ["'none'"],
        frameAncestors: ["'self'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        ...(httpsOnly ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    frameguard: { action: "sameorigin" },
    referrerPolicy: { policy: "same-origin" },
    // HSTS only where the deployment is https-only; on an intranet http host it would lock users out.
    strictTransportSecurity: httpsOnly ? { maxAge: 31536000, includeSubDomains: true } : false,
  });
  app.addHook("onSend", async (req, reply, payload) => {
    // API answers carry personal and unpublished data: never cache them.
    if (req.url.startsWith("/api/") && !reply.hasHeader("cache-control")) reply.header("cache-control", "no-store");
    return payload;
  });
}
