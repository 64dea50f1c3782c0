import * as maplibregl from 'maplibre-gl';
import type { FloodState } from './flood-state.ts';

/**
 * The pulsing ring around gauges at SPA 3: one HTML marker each, animated by CSS (`.gauge-pulse`
 * in styles.css). The browser animates it on the compositor, without redrawing the map, so the
 * map goes idle and the readiness signal settles while the rings pulse; with reduced motion asked
 * for, the ring stands still. Markers follow the status (live or replayed) and the layer switch.
 */
export class PulseMarkers {
  private markers = new Map<string, maplibregl.Marker>();

  constructor(
    private readonly map: maplibregl.Map,
    private readonly flood: FloodState,
    private readonly visible: () => boolean,
  ) {
    flood.onChange(() => this.update());
  }

  /** Adds rings for gauges newly at SPA 3 and removes those that left it. */
  update(): void {
    const status = this.visible() ? this.flood.status() : undefined;
    const wanted = new Map<string, [number, number]>();
    for (const gauge of status?.gauges ?? []) {
      if (gauge.stage === 'SPA3' && !gauge.stale) wanted.set(gauge.id, [gauge.lon, gauge.lat]);
    }
    for (const [id, marker] of this.markers) {
      if (wanted.has(id)) continue;
      marker.remove();
      this.markers.delete(id);
    }
    for (const [id, lngLat] of wanted) {
      if (this.markers.has(id)) continue;
      const element = document.createElement('div');
      element.className = 'gauge-pulse';
      element.dataset.gaugePulse = id;
      element.setAttribute('aria-hidden', 'true');
      this.markers.set(
        id,
        new maplibregl.Marker({ element, anchor: 'center' }).setLngLat(lngLat).addTo(this.map),
      );
    }
    document.body.dataset.floodPulses = String(this.markers.size);
  }
}
