/** A section of `npm run bench`: measures one thing and returns labelled figures. */
export interface BenchFigure {
  label: string;
  value: number;
  unit: string;
}

export interface BenchOptions {
  /** Folder of benchmark articles (*.article.json), resolved from the repo root. */
  dir: string;
  /** How long each timed loop runs, in seconds. */
  seconds: number;
  /** Events the scale section generates and imports (--events). */
  events?: number;
  /** The scale section measures the graph already in the bench's Neo4j when it holds `events` events (--reuse-graph). */
  reuseGraph?: boolean;
}

export interface BenchSection {
  name: string;
  run(options: BenchOptions): Promise<BenchFigure[]>;
}
