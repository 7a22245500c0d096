// GraphiQL served from the installed package, so it works with no internet access.
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
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

export { renderGraphiQL };
