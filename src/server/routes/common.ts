import { queryInt } from "../../domain/model/bounded.js";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { FastifyBaseLogger, FastifyInstance, RawServerDefault } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ResolvedOptions } from "../options.js";

/** The Fastify instance routes are declared on: zod schemas for params, bodies and answers. */
export type Api = FastifyInstance<RawServerDefault, IncomingMessage, ServerResponse, FastifyBaseLogger, ZodTypeProvider>;

/** A resource's routes: `register(api, options)`. */
export type RouteModule = (api: Api, o: ResolvedOptions) => void;

export const idParam = z.object({ id: queryInt().describe("编号") });
export const refParam = z.object({ ref: z.string().max(12).describe("期号：年份-期号，如 2023-49") });
export const okBody = z.object({ ok: z.literal(true) });

/** "2023-49" of anything with a year and a seq. */
export const refOf = (i: { year: number; seq: number } | null) => (i ? `${i.year}-${i.seq}` : null);
