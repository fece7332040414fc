/** The part of svgcanvas (a Canvas 2D context that records SVG) the picture export uses; the package ships no types. */
declare module 'svgcanvas' {
  export class Context {
    constructor(width: number, height: number);
    /** The drawing so far as an SVG document. */
    getSerializedSvg(fixNamedEntities?: boolean): string;
  }
}
