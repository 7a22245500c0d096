// Reads and parses every upstream file under --from, with its revision. Any missing file, unreadable revision or
// parse failure stops here, before anything is compared or written.
import { existsSync, readFileSync } from 'node:fs';
import { parseAutoscalerInstanceTypes } from './autoscaler-instance-types.js';
import { parseEniMaxPods } from './eni-max-pods.js';
import { ImportError } from './import-error.js';
import { parseNodeadmInstanceInfo } from './nodeadm-instance-info.js';
import { parseResourceControllerLimits } from './resource-controller-limits.js';
import { revisionReader } from './revisions.js';
import { UPSTREAM_FILES, upstreamPath, type UpstreamFile, type UpstreamFileId } from './upstream-files.js';
import { parseVpcCniLimits } from './vpc-cni-limits.js';
import { parseVpcCniReadme } from './vpc-cni-readme.js';

export interface UpstreamRead extends UpstreamFile {
  /** null only for a file that is cited, not read, and absent (the calculator script, deleted upstream). */
  revision: string | null;
}

export type UpstreamSnapshot = ReturnType<typeof readUpstream>;

export function readUpstream(from: string) {
  if (!existsSync(from)) throw new ImportError(from, null, 'the upstream folder does not exist');
  const revisionOf = revisionReader(from);
  const read = <T>(id: UpstreamFileId, parse: (text: string, file: string) => T): T => {
    const path = upstreamPath(from, UPSTREAM_FILES[id]);
    if (!existsSync(path)) throw new ImportError(path, null, 'missing');
    return parse(readFileSync(path, 'utf8'), path);
  };
  const parsed = {
    vpcCniLimits: read('vpcCniLimits', parseVpcCniLimits),
    eniMaxPods: read('eniMaxPods', parseEniMaxPods),
    vpcCniReadme: read('vpcCniReadme', parseVpcCniReadme),
    resourceControllerLimits: read('resourceControllerLimits', parseResourceControllerLimits),
    autoscalerInstanceTypes: read('autoscalerInstanceTypes', parseAutoscalerInstanceTypes),
    nodeadmInstanceInfo: read('nodeadmInstanceInfo', parseNodeadmInstanceInfo),
  };
  const files = Object.fromEntries(
    (Object.keys(UPSTREAM_FILES) as UpstreamFileId[]).map((id) => {
      const file = UPSTREAM_FILES[id];
      const cited = id === 'maxPodsCalculator';
      const revision = cited && !existsSync(upstreamPath(from, file)) ? null : revisionOf(file);
      return [id, { ...file, revision }];
    }),
  ) as Record<UpstreamFileId, UpstreamRead>;
  return { from, files, ...parsed };
}
