import type { Map as MaplibreMap } from 'maplibre-gl';

/** What the readiness signal needs to know about the layers currently switched on. */
export interface ReadinessProbe {
  /** MapLibre sources of active thematic layers. */
  maplibreSources(): string[];
  /** Whether every active deck.gl layer has all tiles of the viewport loaded (true if there is none). */
  deckLoaded(): boolean;
  /** Whether any deck.gl layer is active (then deck must also have drawn the loaded tiles). */
  hasDeckLayers(): boolean;
  /** Whether JSON data a layer draws (the hour's traffic, flows) is still on its way. */
  dataPending(): boolean;
}

/**
 * Sets `<body data-ready>` to `true` only when what the user sees is complete: the map is idle with
 * the tiles of every active layer loaded, deck.gl has drawn its loaded tiles, and two more animation
 * frames have passed (`idle` and deck's after-render fire before the frame reaches the screen).
 * Any change (move, toggle, opacity, language) calls {@link busy}, which sets it back to `false`.
 */
export class Readiness {
  private generation = 0;
  private deckDrawn = false;
  private pending = false;

  constructor(
    private readonly map: MaplibreMap,
    private readonly probe: ReadinessProbe,
    private readonly body: HTMLElement = document.body,
  ) {
    body.dataset.ready = 'false';
    map.on('movestart', () => this.busy());
    map.on('idle', () => this.check());
  }

  /** Something changed: not ready until the map and deck have settled again. */
  busy(): void {
    this.generation += 1;
    this.deckDrawn = false;
    this.body.dataset.ready = 'false';
    this.map.triggerRepaint();
  }

  /** deck.gl's onAfterRender: remember that a frame with all deck tiles loaded was drawn. */
  deckRendered(): void {
    if (this.probe.deckLoaded()) {
      this.deckDrawn = true;
      // The map may already be idle: check once the frame is done.
      requestAnimationFrame(() => this.check());
    }
  }

  /** A deck.gl tile arrived: deck will draw again, and the map must settle after that. */
  deckTileLoaded(): void {
    this.deckDrawn = false;
    this.map.triggerRepaint();
  }

  private settled(): boolean {
    const map = this.map;
    if (!map.isStyleLoaded() || map.isMoving() || !map.areTilesLoaded()) return false;
    if (this.probe.dataPending()) return false;
    if (!this.probe.maplibreSources().every((id) => map.getSource(id) && map.isSourceLoaded(id)))
      return false;
    return !this.probe.hasDeckLayers() || (this.probe.deckLoaded() && this.deckDrawn);
  }

  private check(): void {
    if (this.pending || this.body.dataset.ready === 'true' || !this.settled()) return;
    const generation = this.generation;
    this.pending = true;
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        this.pending = false;
        if (generation === this.generation && this.settled()) this.body.dataset.ready = 'true';
        else this.check();
      }),
    );
  }
}
