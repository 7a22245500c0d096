// GraphiQL served from the installed package, so it works with no internet access. The package (9 MB of inlined
// scripts) is loaded on the first request for GraphiQL, not at start-up: it would take a tenth of a second to load
// and tens of MB of memory in every process, most of which never serve a browser. The page itself is a few hundred
// bytes that link the package's parts as cacheable files (use-graphiql-assets.ts) and has no inline script.
import type { GraphiQLOptions } from 'graphql-yoga';
import { escapeHtml } from '../../web/assets/render.js';
import { graphiqlAssets } from './use-graphiql-assets.js';

export const EXAMPLE_QUERY = `# Can Pods use custom networking and security groups for Pods together on EC2 Linux nodes?
query CustomNetworkingWithSecurityGroups {
  compatibility(nodeType: EC2_LINUX, useCases: [CUSTOM_NETWORKING, SECURITY_GROUPS_FOR_PODS]) {
    compatible
    support
    summary
    modes {
      mode
      compatible
      support
      requirements
      useCases { useCase support detail sources { document location quote } }
    }
    notes { section number text }
  }
}
`;

export const graphiqlOptions: GraphiQLOptions = {
  title: 'podnet: Pod networking on Amazon EKS',
  defaultQuery: EXAMPLE_QUERY,
};

export async function renderGraphiQL(options: GraphiQLOptions): Promise<string> {
  const assets = await graphiqlAssets();
  // JSON in a script element: "<" escaped, so no value can close the element.
  const optionsJson = JSON.stringify(options).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${escapeHtml(options.title ?? 'GraphiQL')}</title>
    <link rel="icon" href="${assets.url('favicon.ico')}" />
    <link rel="stylesheet" href="${assets.url('graphiql.css')}" />
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>You need to enable JavaScript to run GraphiQL.</noscript>
    <div id="root"></div>
    <script type="application/json" id="graphiql-options">${optionsJson}</script>
    <script src="${assets.url('environment.js')}"></script>
    <script src="${assets.url('graphiql.js')}"></script>
    <script src="${assets.url('start.js')}"></script>
  </body>
</html>
`;
}
