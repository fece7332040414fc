/**
 * A click on a node drawn from a Cypher result: actors and events are the domain's own, opened by
 * their `id` property in their panels; any other node (an article, a place, a row of another
 * shape) has its properties shown.
 */
import type { Store } from '../store.js';

/** Selects the node with this element id from the store's Cypher graph; null clears the selection. */
export function selectCypherNode(store: Store, elementId: string | null): void {
  const node = store.cypherGraph()?.nodes.find((candidate) => candidate.id === elementId) ?? null;
  const domainId = typeof node?.properties.id === 'string' ? node.properties.id : null;
  if (node?.labels.includes('Actor') && domainId !== null) return openPanel(store, { actor: domainId, event: null });
  if (node?.labels.includes('Event') && domainId !== null) return openPanel(store, { event: domainId });
  store.inspectNode(node);
  if (node) store.set({ actor: null, event: null, panel: 'details' });
}

function openPanel(store: Store, selection: { actor?: string | null; event?: string | null }): void {
  store.inspectNode(null);
  store.set({ ...selection, panel: 'details' });
}
