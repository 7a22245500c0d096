// The document a cni-facts.json fact is read from, named by the start of its `source`: 'resource-controller:' for the
// VPC resource controller, another document's id and a colon for that document, no prefix for the VPC CNI. The build
// checks disagreements with it and the knowledge cites facts with it, so both read a source alike.
const RESOURCE_CONTROLLER_PREFIX = 'resource-controller:';

/** The fact's document id and the prefix that named it ('' for the VPC CNI). */
export function factDocument(source: string, documentIds: readonly string[]): { documentId: string; prefix: string } {
  if (source.startsWith(RESOURCE_CONTROLLER_PREFIX)) return { documentId: 'vpc-resource-controller', prefix: RESOURCE_CONTROLLER_PREFIX };
  const named = documentIds.find((id) => source.startsWith(`${id}:`));
  return named === undefined ? { documentId: 'vpc-cni', prefix: '' } : { documentId: named, prefix: `${named}:` };
}
