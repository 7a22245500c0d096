// A stock graphql-yoga for `npm run bench` to compare with: the service's schema over the same knowledge, with
// graphql-yoga's defaults (its parse and validation cache, its error masking, its plugins) and nothing of the
// service's own (no cache in front, no limits, no request log). What a team gets by serving the schema with
// graphql-yoga as it comes. Run by the bench under tsx, since the schema is TypeScript; started after the service,
// which builds the database when it is missing. Prints {"port":N} once listening.
import { createServer } from 'node:http';
import { createYoga } from 'graphql-yoga';
import type { Context } from '../src/graphql/builder.js';
import { schema } from '../src/graphql/schema.js';
import { readConfig } from '../src/http/config.js';
import { prepareKnowledge } from '../src/http/process/prepare-knowledge.js';

const config = readConfig();
// Loaded as the service loads it.
const { knowledge } = await prepareKnowledge(config.databasePath);

const yoga = createYoga<Record<string, unknown>, Context>({
  schema,
  context: () => ({ knowledge, inputLimits: config.inputLimits }),
  logging: false,
});

const server = createServer(yoga);
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(JSON.stringify({ port: typeof address === 'object' && address !== null ? address.port : 0 }));
});
process.on('SIGTERM', () => process.exit(0));
