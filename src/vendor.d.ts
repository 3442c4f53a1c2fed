// Type declarations for packages that ship none.
declare module "mapshaper" {
  const mapshaper: {
    applyCommands(
      commands: string,
      input?: Record<string, string | Uint8Array>,
    ): Promise<Record<string, string | Uint8Array>>;
  };
  export default mapshaper;
}

declare module "polylabel" {
  /** Pole of inaccessibility of a polygon (rings of [x, y]); `distance` is set on the result. */
  export default function polylabel(polygon: number[][][], precision?: number): [number, number] & { distance: number };
}
