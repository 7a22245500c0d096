// The network cards of one instance type, as both Go limit tables write them (`NetworkCards: []NetworkCard{...}`
// and `DefaultNetworkCardIndex`), checked: at least one card, each with at least one interface, no index twice,
// and the default card among them.
import { ImportError } from './import-error.js';
import { fieldLine, intField, type GoStruct } from './go-map-literal.js';

export interface NetworkCardLimit {
  index: number;
  maxEnis: number;
}

export interface NetworkCards {
  cards: NetworkCardLimit[];
  defaultCardIndex: number;
}

export function readNetworkCards(entry: GoStruct, file: string): NetworkCards {
  const list = entry.lists.get('NetworkCards');
  if (!list || list.items.length === 0) throw new ImportError(file, list?.line ?? entry.line, 'no network cards');
  const cards = list.items.map((item) => ({
    index: intField(item, 'NetworkCardIndex', file, 0),
    maxEnis: intField(item, 'MaximumNetworkInterfaces', file, 1),
  }));
  cards.forEach((card, i) => {
    if (cards.findIndex((c) => c.index === card.index) !== i) throw new ImportError(file, list.items[i]!.line, `network card ${card.index} is listed twice`);
  });
  const defaultCardIndex = intField(entry, 'DefaultNetworkCardIndex', file, 0);
  if (!cards.some((c) => c.index === defaultCardIndex)) {
    throw new ImportError(file, fieldLine(entry, 'DefaultNetworkCardIndex'), `default network card ${defaultCardIndex} is not among the cards listed`);
  }
  return { cards, defaultCardIndex };
}
