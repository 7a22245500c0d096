// kubernetes/autoscaler cluster-autoscaler/cloudprovider/aws/ec2_instance_types.go: the default vCPUs per instance
// type (the seed's vcpus column). Each entry repeats its name in InstanceType; a mismatch is a damaged file.
import { checkUniqueKeys, fieldLine, intField, readGoMapLiteral, stringField } from './go-map-literal.js';
import { ImportError } from './import-error.js';

export interface AutoscalerInstanceType {
  name: string;
  line: number;
  vcpus: number;
}

export function parseAutoscalerInstanceTypes(text: string, file: string): Map<string, AutoscalerInstanceType> {
  const entries = readGoMapLiteral(text, file, 'InstanceTypes');
  if (entries.length === 0) throw new ImportError(file, null, 'InstanceTypes lists no instance type');
  checkUniqueKeys(entries, file);
  return new Map(
    entries.map((e) => {
      const named = stringField(e, 'InstanceType', file);
      if (named !== e.key) throw new ImportError(file, fieldLine(e, 'InstanceType'), `entry ${e.key} names itself ${named}`);
      return [e.key, { name: e.key, line: e.line, vcpus: intField(e, 'VCPU', file, 1) }];
    }),
  );
}
