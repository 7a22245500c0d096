// The errors a client of the schema gets outside graphql-yoga (the MCP server, the page, the CLI's local answers), as
// yoga's pipeline gives them: a resolver's error masked (a RuleError keeps its code and details, anything unexpected
// becomes "Unexpected error."; masked-errors.ts), then every error coded (error-coding.ts).
import type { GraphQLError } from 'graphql';
import { coded } from './error-coding.js';
import { maskError, originalOf } from './masked-errors.js';
import { schema } from './schema.js';

export interface ClientError {
  message: string;
  extensions: { code: string; [detail: string]: unknown };
}

/** `reportUnexpected` gets the error behind each masked one, so it can be logged with its stack. */
export function clientErrors(errors: readonly GraphQLError[], reportUnexpected?: (error: unknown) => void): ClientError[] {
  const masked = errors.map((error) => {
    // An error without a path is the request's (a variable that does not coerce): nothing to mask.
    if (!error.path) return error;
    const out = maskError(error, 'Unexpected error.') as GraphQLError;
    const original = originalOf(out);
    if (original !== undefined) reportUnexpected?.(original);
    return out;
  });
  const { errors: codedErrors } = coded({ errors: masked }, { schema, schemaDiscovery: true });
  return (codedErrors ?? []).map((e) => ({ message: e.message, extensions: { ...e.extensions, code: String(e.extensions.code) } }));
}
