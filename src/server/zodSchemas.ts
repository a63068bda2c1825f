import type { FastifyServerOptions } from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";

type SchemaController = NonNullable<FastifyServerOptions["schemaController"]>;
type Factories = NonNullable<SchemaController["compilersFactory"]>;

/**
 * Every route validates and serializes with its zod schemas. Handing Fastify these compilers
 * as its factories (instead of setting them after it starts) keeps it from building its
 * default Ajv and fast-json-stringify compilers, some 90 modules `zhoubao serve` would load
 * before its first answer for nothing (issue 17).
 *
 * @example
 * const app = Fastify({ schemaController: ZOD_SCHEMAS });
 */
export const ZOD_SCHEMAS: SchemaController = {
  compilersFactory: {
    // Fastify types its factories for JSON-schema compilers; these take zod schemas, as the routes declare them.
    buildValidator: (() => validatorCompiler) as unknown as Factories["buildValidator"],
    buildSerializer: (() => serializerCompiler) as unknown as Factories["buildSerializer"],
  },
};
