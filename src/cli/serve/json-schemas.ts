/**
 * Standalone JSON Schemas (draft 2020-12) generated from the zod schemas: the ones fastify
 * validates request bodies with, and the ones `GET /v1/schema` returns.
 */
import { z } from 'zod';
import { AssessmentSchema } from '../../index.js';
import type { Limits } from './limits.js';
import {
  AssessRequestSchema,
  BatchItemSchema,
  batchRequestSchema,
  BatchResponseSchema,
  ErrorResponseSchema,
  RequestOptionsSchema,
  RulesResponseSchema,
} from './schemas.js';

/**
 * A JSON Schema as a plain object.
 *
 * @example
 * ```ts
 * const schema: JsonSchema = { type: 'object' };
 * ```
 */
export type JsonSchema = Record<string, unknown>;

const standalone = (schema: z.ZodType, io: 'input' | 'output', title: string): JsonSchema => ({
  title: `trafficking-signals ${title}`,
  ...z.toJSONSchema(schema, { io, target: 'draft-2020-12' }),
});

/**
 * Every schema of the service by name, each one complete on its own (no references between them).
 *
 * @example
 * ```ts
 * const { assessRequest } = serviceJsonSchemas(DEFAULT_LIMITS);
 * assessRequest.required; // ['text']
 * ```
 */
export function serviceJsonSchemas(limits: Limits): Record<string, JsonSchema> {
  return {
    assessment: standalone(AssessmentSchema, 'output', 'Assessment'),
    options: standalone(RequestOptionsSchema, 'input', 'AssessOptions'),
    assessRequest: standalone(AssessRequestSchema, 'input', 'AssessRequest'),
    batchRequest: standalone(batchRequestSchema(limits.maxItems), 'input', 'BatchRequest'),
    batchItem: standalone(BatchItemSchema, 'input', 'BatchItem'),
    batchResponse: standalone(BatchResponseSchema, 'output', 'BatchResponse'),
    rulesResponse: standalone(RulesResponseSchema, 'output', 'RulesResponse'),
    error: standalone(ErrorResponseSchema, 'output', 'Error'),
  };
}
