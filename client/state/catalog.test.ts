import { describe, expect, it, vi } from 'vitest';
import { CatalogError, parseCatalog } from './catalog.ts';

const source = {
  id: 'gauges',
  theme: 'flood',
  title: { cs: 'Vodoměrné stanice', en: 'Water gauges' },
  description: { cs: 'ČHMÚ', en: 'ČHMÚ' },
  geometryType: 'point',
  fields: { id: 'string', name: 'string' },
  minzoom: 6,
  maxzoom: 14,
  attribution: 'ČHMÚ',
  modelled: false,
  tilejson: 'http://h/tiles/gauges.json',
  tiles: 'http://h/tiles/gauges/{z}/{x}/{y}.mvt',
};

describe('parseCatalog', () => {
  it('reads the sources of GET /catalog', () => {
    expect(parseCatalog({ sources: [source] })).toEqual([source]);
  });

  it('leaves out a source of a theme this client does not know, with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(parseCatalog({ sources: [{ ...source, theme: 'weather' }, source] }).map((s) => s.id)).toEqual([
      'gauges',
    ]);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('leaves basemap-only sources to the basemap, silently', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(
      parseCatalog({ sources: [{ ...source, id: 'labels', theme: 'basemap' }, source] }).map((s) => s.id),
    ).toEqual(['gauges']);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('fails loudly on a source that breaks the contract', () => {
    expect(() => parseCatalog({})).toThrow(CatalogError);
    expect(() => parseCatalog({ sources: [{ ...source, minzoom: '6' }] })).toThrow(
      /"minzoom" must be a number/,
    );
    expect(() => parseCatalog({ sources: [{ ...source, title: { cs: 'x' } }] })).toThrow(
      /"title" needs cs and en/,
    );
    expect(() => parseCatalog({ sources: [{ ...source, geometryType: 'raster' }] })).toThrow(/geometryType/);
  });
});
