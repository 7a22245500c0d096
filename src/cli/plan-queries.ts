// The GraphQL documents of `podnet plan` and `podnet ips`.
export const PLAN = /* GraphQL */ `
  query Plan($input: PlanInput!) {
    plan(input: $input) {
      nodeType useCases mode modes cniVersion instanceType summary leftOut
      awsNodeEnv { name value reason }
      steps { kind title text content format placeholders sources { document location url } }
      maxPods { recommendedMaxPods maxPods formula }
    }
  }
`;

export const IP_PLAN = /* GraphQL */ `
  query IpPlan($input: IpPlanInput!) {
    ipPlan(input: $input) {
      instanceType mode prefixesApplied customNetworking cniVersion nodes podsPerNode warmPoolRule
      targets { warmEniTarget warmIpTarget minimumIpTarget warmPrefixTarget }
      interfacesPerNode secondaryAddressesPerNode prefixesPerNode slotsPerInterface unusedAddressesPerNode addressesPerNode totalAddresses
      subnets { role addressesPerNode prefixesPerNode totalAddresses totalPrefixes smallestSubnetPrefixLength cidr nodesThatFit arithmetic }
      arithmetic notes warnings
      sources { document location url }
    }
  }
`;
