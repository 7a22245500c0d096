// The answers given in front of graphql-yoga skip its plugins, so the fast path says how it accounts for each
// (PLUGINS_ACCOUNTED_FOR in src/http/fast-path/front-answer.ts). This fails when the yoga instance gets a plugin the
// fast path does not account for: a plugin of the service's own without a name on that list, or one more of
// graphql-yoga's own (a new option, a new version).
import { describe, expect, it } from 'vitest';
import { PLUGINS_ACCOUNTED_FOR, YOGA_OWN_PLUGINS } from '../../src/http/fast-path/front-answer.js';
import { pluginName } from '../../src/http/graphql-server/plugin-names.js';
import { createApp } from '../../src/http/app.js';
import type { PodnetYoga } from '../../src/http/graphql-server/yoga.js';
import { knowledge } from '../support/knowledge.js';

// Every plugin switched on: CORS, Slack, MCP, the metrics endpoint on the service's port, the caches; with schema
// discovery (GraphiQL's assets) and without (no introspection).
const EVERYTHING_ON = { CORS_ORIGINS: 'https://portal.example.com', SLACK_SIGNING_SECRET: 'a-secret-of-sixteen-chars', MCP_ENABLED: 'true' };

function yogaWith(env: Record<string, string>): PodnetYoga {
  return createApp({ env: { LOG_LEVEL: 'silent', ...EVERYTHING_ON, ...env }, knowledge }).yoga;
}

/** The instance's plugins as graphql-yoga runs them, those that plugins add when yoga starts included. */
const pluginsOf = (yoga: PodnetYoga) => (yoga as unknown as { plugins: object[] }).plugins;

describe('the plugins the fast path accounts for', () => {
  const instances = [yogaWith({ GRAPHQL_SCHEMA_DISCOVERY: 'true' }), yogaWith({ GRAPHQL_SCHEMA_DISCOVERY: 'false' })];

  it("are every one of the service's plugins, by name, and no other", () => {
    const names = new Set(instances.flatMap((yoga) => pluginsOf(yoga).map(pluginName)).filter((name) => name !== undefined));
    expect([...names].sort()).toEqual(Object.keys(PLUGINS_ACCOUNTED_FOR).sort());
  });

  it("leave graphql-yoga's own plugins as many as the fast path has looked at", () => {
    for (const yoga of instances) expect(pluginsOf(yoga).filter((plugin) => pluginName(plugin) === undefined)).toHaveLength(YOGA_OWN_PLUGINS);
  });
});
