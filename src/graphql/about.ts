import type { Knowledge } from '../knowledge/types.js';
import { builder } from './builder.js';
import { ReleaseRef, releaseField } from './release.js';
import { SourceDocumentRef } from './source.js';

const AboutRef = builder.objectRef<Knowledge>('About').implement({
  description: 'What the knowledge base was built from.',
  fields: (t) => ({
    dataVersion: t.exposeString('dataVersion', { description: 'Hash of the seed data and migrations; changes whenever any fact changes.' }),
    builtAt: t.exposeString('builtAt', { description: 'When the database was built (ISO 8601).' }),
    vpcCniRevision: t.string({ description: 'The aws/amazon-vpc-cni-k8s commit the settings and facts were read at.', resolve: (k) => k.vpcCni.revision }),
    vpcCniLatestVersion: t.string({ description: 'The newest VPC CNI release at that commit, the default version answers assume.', resolve: (k) => k.vpcCni.latestVersion }),
    sources: t.field({ type: [SourceDocumentRef], description: 'Every document and repository the facts come from.', resolve: (k) => [...k.sourceDocuments] }),
    release: t.field({ type: ReleaseRef, nullable: true, description: 'The latest knowledge release (date, upstream files and revisions, release notes); null before the first import.', resolve: releaseField }),
  }),
});

builder.queryField('about', (t) =>
  t.field({ type: AboutRef, description: 'The data version and the sources of the knowledge base.', resolve: (_root, _args, ctx) => ctx.knowledge }),
);
