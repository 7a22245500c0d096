// Names for the service's graphql-yoga plugins, so that the fast path in front of yoga can say, plugin by plugin, how
// it accounts for each (fast-path/front-answer.ts) and a test can hold that list to the instance's plugins. A plugin
// that adds plugins of its own when yoga starts (graphql-armor adds one per limit) gives them its name.
import type { Plugin } from 'graphql-yoga';

const names = new WeakMap<object, string>();

export function named<P extends Plugin>(name: string, plugin: P): P {
  names.set(plugin, name);
  const init = plugin.onPluginInit;
  if (init !== undefined) {
    plugin.onPluginInit = (payload) => init({ ...payload, addPlugin: (added) => payload.addPlugin(named(name, added as Plugin)) });
  }
  return plugin;
}

/** The name a plugin was given by `named`; undefined for graphql-yoga's own plugins. */
export function pluginName(plugin: object): string | undefined {
  return names.get(plugin);
}
