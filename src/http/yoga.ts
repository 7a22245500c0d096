// Builds the graphql-yoga instance around loaded knowledge. No network here: server.ts listens.
import { createYoga, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga';
import { schema } from '../graphql/schema.js';
import type { Context } from '../graphql/builder.js';
import type { Knowledge } from '../knowledge/types.js';
import { useBodyLimit } from './body-limit.js';
import { useErrorCodes } from './error-codes.js';
import { maskError } from './errors.js';
import { graphiqlOptions, renderGraphiQL } from './graphiql.js';

export interface Readiness {
  ready: boolean;
}

export type PodnetYoga = YogaServerInstance<Record<string, unknown>, Context>;

export function createPodnetYoga(options: { knowledge: Knowledge; readiness: Readiness; maxBodyBytes: number }): PodnetYoga {
  const context: Context = { knowledge: options.knowledge };
  return createYoga<Record<string, unknown>, Context>({
    schema,
    context: () => context,
    graphiql: graphiqlOptions,
    renderGraphiQL,
    landingPage: false,
    healthCheckEndpoint: '/health',
    maskedErrors: { maskError },
    plugins: [
      useBodyLimit(options.maxBodyBytes),
      useErrorCodes(schema),
      useReadinessCheck({ endpoint: '/ready', check: () => options.readiness.ready }),
    ],
  });
}
