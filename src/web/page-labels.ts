// The words the page shows for the vocabulary: the same labels the answers' sentences use.
import { MODE_LABELS, NODE_TYPE_LABELS, PROVISIONER_LABELS, SUPPORT_LABELS, USE_CASE_LABELS } from '../domain/labels.js';
import type { PageLabels } from './assets/render.js';

export const PAGE_LABELS: PageLabels = {
  support: SUPPORT_LABELS,
  useCases: USE_CASE_LABELS,
  modes: MODE_LABELS,
  nodeTypes: NODE_TYPE_LABELS,
  provisioners: PROVISIONER_LABELS,
};
