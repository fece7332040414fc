/** What every explorer route plugin is given: the read repository it answers from. */
import type { ExploreStore } from '../explore/create-explore-store.js';

export interface ExploreRouteOptions {
  store: ExploreStore;
}
