import type { Source, SourceDocument } from '../knowledge/types.js';
import { builder } from './builder.js';

export const SourceRef = builder.objectRef<Source>('Source').implement({
  description: 'Where a fact comes from: a place in the EKS user guide page, or files of an upstream repository at a commit.',
  fields: (t) => ({
    ref: t.exposeString('ref', { description: 'The reference as the seed data writes it, e.g. "statement:note-1", "cell:snat/FARGATE", "fact:ipv6/featureMatrix", "setting:ENABLE_POD_ENI", or "document:vpc-cni" for a whole document.' }),
    document: t.exposeString('document', { description: 'Title of the document or repository.' }),
    location: t.exposeString('location', { description: 'Where in it: line and table cell of the page, or files of the repository.' }),
    quote: t.exposeString('quote', { description: 'The words of the source that state the fact (verbatim for the page; the recorded value for upstream facts).' }),
    url: t.exposeString('url', { nullable: true, description: 'Public address of the document or repository, when it has one.' }),
    revision: t.exposeString('revision', { nullable: true, description: 'Commit of the repository the fact was read at, when known.' }),
  }),
});

export const SourceDocumentRef = builder.objectRef<SourceDocument>('SourceDocument').implement({
  description: 'A document or repository the knowledge base was curated from.',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'Stable identifier.' }),
    kind: t.exposeString('kind', { description: 'SOURCE_DOCUMENT for the EKS user guide page, UPSTREAM_REPOSITORY for a code repository.' }),
    title: t.exposeString('title', { description: 'Title of the document or repository.' }),
    location: t.exposeString('location', { description: 'The file in seed/ or the repository (owner/name).' }),
    url: t.exposeString('url', { nullable: true, description: 'Public address, when it has one.' }),
    revision: t.exposeString('revision', { nullable: true, description: 'Commit the facts were read at, when known.' }),
  }),
});
