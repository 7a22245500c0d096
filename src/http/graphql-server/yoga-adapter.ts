// graphql-yoga's createYoga, but for one option it does not pass on to @whatwg-node/server's node adapter.
// createYoga leaves the adapter to find out whether its Fetch API is Node's own, by reading `globalThis.Request`;
// on Node that read loads Node's bundled undici, about 35 ms of a start (docs/performance.md, "Start-up"), for a
// Fetch API the service never uses (yoga's is @whatwg-node/node-fetch's). The answer is known: it is not Node's,
// so each request gets the adapter's own abort signal, as it did. Everything else is createYoga's, as in 5.24.
import { createServerAdapter } from '@whatwg-node/server';
import { YogaServer, type YogaServerInstance, type YogaServerOptions } from 'graphql-yoga';

class AdaptableYogaServer<TServerContext extends Record<string, any>, TUserContext extends Record<string, any>> extends YogaServer<TServerContext, TUserContext> {
  get pluginsForAdapter() {
    return this.plugins;
  }
}

export function createYogaOnNode<TServerContext extends Record<string, any>, TUserContext extends Record<string, any>>(
  options: YogaServerOptions<TServerContext, TUserContext>,
): YogaServerInstance<TServerContext, TUserContext> {
  const server = new AdaptableYogaServer(options);
  return createServerAdapter(server, {
    fetchAPI: server.fetchAPI,
    plugins: server.pluginsForAdapter,
    disposeOnProcessTerminate: options.disposeOnProcessTerminate,
    __useCustomAbortCtrl: true,
  }) as unknown as YogaServerInstance<TServerContext, TUserContext>;
}
