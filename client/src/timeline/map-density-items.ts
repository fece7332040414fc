/**
 * A window holding more events than the server lists comes as counts by day or week: drawn as a band
 * of background items, each as dark as its share of the busiest bucket, until a zoom brings the window
 * down to what the server lists.
 */
import type { TimelineDensity } from '../../../server/contract/api.js';
import { addDays, formatEventDate } from '../format-date.js';

export interface DensityItem {
  id: string;
  type: 'background';
  start: string;
  /** The day after the bucket's last: vis-timeline's ends are exclusive. */
  end: string;
  content: string;
  title: string;
  className: string;
  style: string;
}

// The faintest bucket stays visible; the busiest is strong but leaves the axis readable.
const LEAST_OPACITY = 0.12;
const MOST_OPACITY = 0.75;

/** One background item per bucket. */
export function mapDensityItems(density: TimelineDensity): DensityItem[] {
  const busiest = density.buckets.reduce((most, bucket) => Math.max(most, bucket.count), 1);
  return density.buckets.map((bucket) => {
    const opacity = LEAST_OPACITY + (MOST_OPACITY - LEAST_OPACITY) * (bucket.count / busiest);
    const when = density.unit === 'day' ? formatEventDate(bucket.start, bucket.end, 'day') : `week of ${formatEventDate(bucket.start, bucket.start, 'day')}`;
    return {
      id: `density:${bucket.start}`,
      type: 'background',
      start: bucket.start,
      end: addDays(bucket.end, 1),
      content: '',
      title: `${bucket.count.toLocaleString('en')} events, ${when}`,
      className: 'density-bucket',
      style: `background-color: rgba(37, 99, 235, ${opacity.toFixed(2)})`,
    };
  });
}

/** Bucket days repeated by their share of the events (about 1,000 in all), for choosing a default window where most are. */
export function sampleDensityDays(density: TimelineDensity): string[] {
  const total = Math.max(density.total, 1);
  return density.buckets.flatMap((bucket) => Array.from({ length: Math.ceil((bucket.count * 1_000) / total) }, () => bucket.start));
}
