// The MCP resources: the source document's matrix and its notes, every cell and statement with its source, as the
// GraphQL `matrix` and `notes` fields give them.
import type { DocumentNode } from 'graphql';
import { checkedDocument } from './run-query.js';

export interface ResourceDefinition {
  name: string;
  uri: string;
  title: string;
  description: string;
  document: DocumentNode;
}

const SOURCE = '{ ref document location quote url revision }';
const NOTE = `{ id section number text nodeTypes useCases source ${SOURCE} }`;

export const RESOURCES: readonly ResourceDefinition[] = [
  {
    name: 'matrix',
    uri: 'podnet://matrix',
    title: 'Pod networking use case matrix',
    description: 'The compatibility matrix of "Choosing Pod networking use cases" (Amazon EKS user guide): modes as columns, use cases, capabilities and VPC CNI settings as rows, every cell with its source.',
    document: checkedDocument(`query Matrix { matrix {
      title scope ${NOTE}
      columns { mode nodeTypeHeader header }
      rows { id section label useCase capability setting cells { mode text value support detail minCniVersion requirements source ${SOURCE} } }
      notes ${NOTE}
      source { id kind title location url revision } } }`),
  },
  {
    name: 'notes',
    uri: 'podnet://notes',
    title: 'Notes of the matrix',
    description: 'The scope statement, the numbered notes under the matrix and the Windows section of "Choosing Pod networking use cases", in document order, each with its source.',
    document: checkedDocument(`query Notes { notes ${NOTE} }`),
  },
];
