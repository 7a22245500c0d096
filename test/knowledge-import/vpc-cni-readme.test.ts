// The VPC CNI README's "CNI Configuration Variables" section, read from small fixtures in its format.
import { describe, expect, it } from 'vitest';
import { parseVpcCniReadme } from '../../src/knowledge-import/vpc-cni-readme.js';

const FILE = 'aws/amazon-vpc-cni-k8s/README.md';

const readme = (...settings: string[]) =>
  [
    '# amazon-vpc-cni-k8s',
    '',
    '## CNI Configuration Variables<a name="cni-env-vars"></a>',
    '',
    'The following environment variables are available, and all of them are optional.',
    '',
    ...settings,
    '## Annotations',
    '',
    '#### Multi Homed Pods (v1.20.0+)',
    '',
  ].join('\n');

const setting = (heading: string, type: string | null, defaultLine: string | null, prose = 'Specifies something\\. More words.') =>
  [`#### ${heading}`, '', ...(type ? [`Type: ${type}`, ''] : []), ...(defaultLine ? [`Default: ${defaultLine}`, ''] : []), prose, ''].join('\n');

describe('parseVpcCniReadme', () => {
  it('reads each setting’s type, default and versions, in README order', () => {
    const settings = parseVpcCniReadme(
      readme(
        setting('`AWS_MANAGE_ENIS_NON_SCHEDULABLE` (v1.12.6+)', 'Boolean as a String', '`false`', 'Specifies whether IPAMD should allocate\nor deallocate ENIs. And more.'),
        setting('`WARM_IP_TARGET`', 'Integer', 'None'),
        setting('`AWS_EXTERNAL_SERVICE_CIDRS` (v1.12.6+)', 'String', 'empty'),
        setting('`CLUSTER_NAME`', 'String', '`""`'),
        setting('`AWS_VPC_K8S_CNI_CONFIGURE_RPFILTER` (deprecated v1.12.1+)', 'Boolean as a String', '`true`'),
        setting('`ENABLE_NFTABLES` (introduced in v1.12.1, deprecated in v1.13.2+)', 'Boolean as a String', '`false`'),
      ),
      FILE,
    );
    expect(settings.map((s) => [s.name, s.line, s.readmeType, s.default, s.introducedIn, s.deprecatedIn])).toEqual([
      ['AWS_MANAGE_ENIS_NON_SCHEDULABLE', 7, 'Boolean as a String', 'false', 'v1.12.6', null],
      ['WARM_IP_TARGET', 16, 'Integer', null, null, null],
      ['AWS_EXTERNAL_SERVICE_CIDRS', 24, 'String', '', 'v1.12.6', null],
      ['CLUSTER_NAME', 32, 'String', '', null, null],
      ['AWS_VPC_K8S_CNI_CONFIGURE_RPFILTER', 40, 'Boolean as a String', 'true', null, 'v1.12.1'],
      ['ENABLE_NFTABLES', 48, 'Boolean as a String', 'false', 'v1.12.1', 'v1.13.2'],
    ]);
    expect(settings[0]!.firstSentence).toBe('Specifies whether IPAMD should allocate or deallocate ENIs.');
    expect(settings[1]!.firstSentence).toBe('Specifies something.');
  });

  it('reads the Default line below a note, and ignores headings inside code blocks', () => {
    const body = setting('`POD_MTU` (v1.16.4+)', 'Integer as a String', null, '*Note*: If unset, the default is derived.\nDefault: 9001\n\n```\n## not a heading\n```\nUsed to configure the MTU.');
    const [podMtu, ...rest] = parseVpcCniReadme(readme(body, setting('`NEXT`', 'String', '`x`')), FILE);
    expect(podMtu).toMatchObject({ name: 'POD_MTU', default: '9001', firstSentence: 'Used to configure the MTU.' });
    expect(rest.map((s) => s.name)).toEqual(['NEXT']);
  });

  it('stops at a version it cannot read, naming the line', () => {
    expect(() => parseVpcCniReadme(readme(setting('`ENABLE_X` (since 1.2)', 'String', '`a`')), FILE)).toThrow(`${FILE}:7: cannot read the version in "(since 1.2)"`);
  });

  it('stops at a setting without a type or a default', () => {
    expect(() => parseVpcCniReadme(readme(setting('`ENABLE_X`', null, '`a`')), FILE)).toThrow(`${FILE}:7: ENABLE_X has no "Type:" line`);
    expect(() => parseVpcCniReadme(readme(setting('`ENABLE_X`', 'String', null)), FILE)).toThrow(`${FILE}:7: ENABLE_X has no "Default:" line`);
  });

  it('stops at a setting described twice, and at a heading that names no setting', () => {
    const twice = readme(setting('`ENABLE_X`', 'String', '`a`'), setting('`ENABLE_X`', 'String', '`b`'));
    expect(() => parseVpcCniReadme(twice, FILE)).toThrow(`${FILE}:15: ENABLE_X is described twice (first at line 7)`);
    expect(() => parseVpcCniReadme(readme(setting('ENABLE_X', 'String', '`a`')), FILE)).toThrow(`${FILE}:7: heading "ENABLE_X" names no setting as \`NAME\``);
  });

  it('stops when the section is gone or empty', () => {
    expect(() => parseVpcCniReadme('# amazon-vpc-cni-k8s\n\n## Setup\n', FILE)).toThrow(`${FILE}: no "## CNI Configuration Variables" section`);
    expect(() => parseVpcCniReadme(readme(), FILE)).toThrow(`${FILE}:3: the "CNI Configuration Variables" section describes no setting`);
  });
});
