/** Per-type colours of timeline items, generated from the shared palette so there is one source. */
import { EVENT_TYPES, colourOfEventType } from '../palette.js';

/** The CSS rules colouring `.ev-<type>` items; planned events are hatched with a dashed border. */
export function buildTimelineTypeCss(): string {
  return EVENT_TYPES.map((type) => {
    const colour = colourOfEventType(type);
    return [
      `.vis-item.ev-${type} { border-color: ${colour}; background-color: color-mix(in srgb, ${colour} 22%, white); }`,
      `.vis-item.vis-range.ev-${type}.ev-planned, .vis-item.vis-box.ev-${type}.ev-planned {`,
      `  background: repeating-linear-gradient(135deg, color-mix(in srgb, ${colour} 25%, white) 0 5px, white 5px 9px); }`,
      `.vis-item.vis-point.ev-${type} .vis-dot, .vis-item.vis-dot.ev-${type} { border-color: ${colour}; background: ${colour}; }`,
      `.vis-item.vis-point.ev-${type}.ev-planned .vis-dot { background: white; border-style: dashed; }`,
    ].join('\n');
  }).join('\n');
}

/** Adds the generated rules to the document once. */
export function installTimelineTypeCss(doc: Document = document): void {
  if (doc.getElementById('timeline-type-css')) return;
  const style = doc.createElement('style');
  style.id = 'timeline-type-css';
  style.textContent = buildTimelineTypeCss();
  doc.head.append(style);
}
