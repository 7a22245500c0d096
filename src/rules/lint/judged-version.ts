// The VPC CNI version a lint judges against: the one asked for, else the aws-node image's tag, else the newest known.
import type { CniVersionOrigin } from '../../domain/vocabulary.js';
import type { Knowledge } from '../../knowledge/types.js';
import { writtenCniVersion } from '../cni-version.js';
import type { CniConfig } from './config.js';

export interface JudgedVersion {
  version: string;
  origin: CniVersionOrigin;
}

/** "602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon-k8s-cni:v1.19.0-eksbuild.1" -> "1.19.0". */
export function versionOfImage(image: string): string | null {
  const tag = /:([^:/@]+)(@.*)?$/.exec(image)?.[1];
  const m = tag ? /^v?(\d{1,3}\.\d{1,3}\.\d{1,3})(?:[-+].*)?$/.exec(tag) : null;
  return m ? writtenCniVersion(m[1]!) : null;
}

export function judgedVersion(k: Knowledge, config: CniConfig, asked: string | null | undefined): JudgedVersion {
  if (asked) return { version: writtenCniVersion(asked), origin: 'INPUT' };
  const fromImage = config.image ? versionOfImage(config.image) : null;
  if (fromImage) return { version: fromImage, origin: 'IMAGE_TAG' };
  return { version: k.vpcCni.latestVersion, origin: 'NEWEST_KNOWN' };
}
