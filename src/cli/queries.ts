// The GraphQL documents the CLI sends, locally or to a running service: one code path for both.
export const ASK = /* GraphQL */ `
  query Ask($question: String!) {
    ask(question: $question) {
      text
      understood { intent recognised { text kind value } unrecognised { text kind suggestions } }
      facts { label text sources { document location url } }
      followUps
    }
  }
`;

export const COMPATIBILITY = /* GraphQL */ `
  query Compatibility($nodeType: NodeType!, $useCases: [UseCase!]!, $trustSource: String) {
    compatibility(nodeType: $nodeType, useCases: $useCases, trustSource: $trustSource) {
      nodeType useCases compatible support bestMode summary
      modes { mode compatible support requirements useCases { useCase support detail sources { document location url } } }
      conflicts { reason sources { document location url } }
      notes { section number text }
    }
  }
`;

export const POD_DENSITY = /* GraphQL */ `
  query PodDensity($instanceType: String!, $mode: PodNetworkingMode!, $customNetworking: Boolean, $cniVersion: String, $maxEnis: Int, $nodeType: NodeType, $provisioner: NodeProvisioner) {
    podDensity(instanceType: $instanceType, mode: $mode, customNetworking: $customNetworking, cniVersion: $cniVersion, maxEnis: $maxEnis, nodeType: $nodeType, provisioner: $provisioner) {
      instanceType nodeType mode customNetworking cniVersion maxPods recommendedMaxPods recommendation podsWithSecurityGroups formula notes warnings
      provisioner kubeletDefault kubeletDefaultFormula kubeReservedMemoryMiB configuration { title text scope }
      sources { document location }
    }
  }
`;

export const LINT = /* GraphQL */ `
  query Lint($input: CniConfigInput!) {
    lintCniConfig(input: $input) {
      ok mode cniVersion summary
      findings { code severity setting message sources { document location } }
    }
  }
`;
