// GraphiQL served from the installed package, so it works with no internet access. The package (9 MB of inlined
// scripts) is loaded on the first request for GraphiQL, not at start-up: it would take a tenth of a second to load
// and tens of MB of memory in every process, most of which never serve a browser.
import type { GraphiQLOptions } from 'graphql-yoga';

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
  const { renderGraphiQL: render } = await import('@graphql-yoga/render-graphiql');
  return render(options);
}
