// An aws-node configuration checked for EKS Auto Mode: none of its settings applies there (warm and minimum targets,
// prefix delegation, the rest), and the use cases it switches on are judged as compatibility judges them on Auto Mode.
import { describe, expect, it } from 'vitest';
import { compatibility } from '../../src/rules/compatibility.js';
import { lintCniConfig } from '../../src/rules/lint/lint.js';
import { knowledge } from '../support/knowledge.js';

const env = (pairs: Record<string, string>) => Object.entries(pairs).map(([name, value]) => ({ name, value }));

describe('lint on EKS Auto Mode', () => {
  it('says every aws-node setting means nothing there, warm targets by the statement that names them', () => {
    const report = lintCniConfig(knowledge, { env: env({ WARM_IP_TARGET: '5', MINIMUM_IP_TARGET: '10', ENABLE_PREFIX_DELEGATION: 'true', AWS_VPC_K8S_CNI_EXTERNALSNAT: 'true' }), nodeType: 'EKS_AUTO_MODE' });
    expect(report.mode).toBe('AUTO_MODE_PREFIXES');
    const bySetting = Object.fromEntries(report.findings.map((f) => [f.setting, `${f.severity} ${f.code} ${f.sources.map((s) => s.ref).join(' ')}`]));
    expect(bySetting).toEqual({
      WARM_IP_TARGET: 'WARNING SETTING_NOT_APPLICABLE cite:auto/no-warm-targets',
      MINIMUM_IP_TARGET: 'WARNING SETTING_NOT_APPLICABLE cite:auto/no-minimum-ip-target',
      ENABLE_PREFIX_DELEGATION: 'WARNING SETTING_NOT_APPLICABLE cite:auto/no-prefix-delegation-switch',
      AWS_VPC_K8S_CNI_EXTERNALSNAT: 'WARNING SETTING_NOT_APPLICABLE cite:auto/no-other-cni-settings',
    });
    expect(report.ok).toBe(true);
  });

  it('judges the use cases a setting switches on as compatibility does on Auto Mode', () => {
    const report = lintCniConfig(knowledge, { env: env({ ENABLE_POD_ENI: 'true' }), nodeType: 'EKS_AUTO_MODE' });
    expect(report.compatibility).toEqual(compatibility(knowledge, 'EKS_AUTO_MODE', ['SECURITY_GROUPS_FOR_PODS']));
    expect(report.findings.map((f) => `${f.severity} ${f.code}`)).toContain('ERROR USE_CASE_NOT_SUPPORTED');
    expect(report.ok).toBe(false);
  });

  it('refuses hybrid nodes, where aws-node does not run', () => {
    expect(() => lintCniConfig(knowledge, { env: env({ WARM_IP_TARGET: '5' }), nodeType: 'HYBRID' })).toThrow(/aws-node does not run on EKS Hybrid Nodes.*Cilium or Calico/);
  });
});
