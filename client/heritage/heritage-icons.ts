import type { Map as MaplibreMap } from 'maplibre-gl';
import { HERITAGE_COLORS, HERITAGE_KINDS, NKP_OUTLINE } from '../layers/palettes.ts';

// The basemap sprite has no castle or museum symbol, so the heritage icons are drawn here on a canvas
// and registered with map.addImage: a disc in the kind's colour with a white pictogram, ringed white,
// or gold for a national cultural monument (the same code as the legend).

type Kind = (typeof HERITAGE_KINDS)[number];

/** Icon size in CSS pixels and the pixel ratio it is drawn at (sharp on high-density screens). */
export const ICON_SIZE = 26;
const RATIO = 2;

/** The style image name of a kind, with the national-monument ring or without. */
export const iconName = (kind: Kind, nkp: boolean) => `heritage-${kind}${nkp ? '-nkp' : ''}`;

/** Pictograms on a 20 × 20 grid centred in the disc; each draws white shapes with `fill`/`stroke`. */
const PICTOGRAMS: Record<Kind, (c: CanvasRenderingContext2D) => void> = {
  // A tower with three merlons.
  castle: (c) => {
    c.fillRect(5, 8, 10, 9);
    for (const x of [5, 9, 13]) c.fillRect(x, 4, 2, 4);
    c.fillRect(5, 7, 10, 1.5);
  },
  // A wide house under a pitched roof.
  chateau: (c) => {
    c.fillRect(3, 10, 14, 7);
    c.beginPath();
    c.moveTo(2, 10.5);
    c.lineTo(10, 4);
    c.lineTo(18, 10.5);
    c.fill();
  },
  // A tower with merlons beside a roofed wing.
  castle_chateau: (c) => {
    c.fillRect(3, 7, 6, 10);
    for (const x of [3, 7]) c.fillRect(x, 4, 2, 3);
    c.fillRect(9, 11, 8, 6);
    c.beginPath();
    c.moveTo(8.5, 11.5);
    c.lineTo(13, 7);
    c.lineTo(17.5, 11.5);
    c.fill();
  },
  // A broken wall with a jagged top.
  ruin: (c) => {
    c.beginPath();
    c.moveTo(3, 17);
    c.lineTo(3, 8);
    c.lineTo(6, 5);
    c.lineTo(8, 9);
    c.lineTo(11, 6);
    c.lineTo(13, 11);
    c.lineTo(17, 9);
    c.lineTo(17, 17);
    c.fill();
  },
  // A classical front: pediment, three columns, base.
  museum: (c) => {
    c.beginPath();
    c.moveTo(2, 8);
    c.lineTo(10, 3);
    c.lineTo(18, 8);
    c.fill();
    for (const x of [4, 9, 14]) c.fillRect(x, 9, 2, 6);
    c.fillRect(2, 15.5, 16, 2);
  },
  // A picture frame with hills inside.
  gallery: (c) => {
    c.lineWidth = 2;
    c.strokeRect(3, 4, 14, 12);
    c.beginPath();
    c.moveTo(4, 15);
    c.lineTo(8, 9);
    c.lineTo(11, 13);
    c.lineTo(13, 11);
    c.lineTo(16, 15);
    c.fill();
  },
};

/** Draws one icon into an ImageData of ICON_SIZE × RATIO pixels square. */
export function drawIcon(kind: Kind, nkp: boolean): ImageData {
  const size = ICON_SIZE * RATIO;
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const c = canvas.getContext('2d');
  if (!c) throw new Error('no 2D canvas context for the heritage icons');
  c.scale(RATIO, RATIO);
  const r = ICON_SIZE / 2;
  c.beginPath();
  c.arc(r, r, r - 1.5, 0, Math.PI * 2);
  c.fillStyle = HERITAGE_COLORS[kind];
  c.fill();
  c.lineWidth = nkp ? 3 : 1.5;
  c.strokeStyle = nkp ? NKP_OUTLINE : '#ffffff';
  c.stroke();
  c.save();
  // The 20-unit pictogram grid, scaled into the disc's inner ~60 %.
  const scale = (ICON_SIZE * 0.62) / 20;
  c.translate(r - 10 * scale, r - 10 * scale);
  c.scale(scale, scale);
  c.fillStyle = '#ffffff';
  c.strokeStyle = '#ffffff';
  PICTOGRAMS[kind](c);
  c.restore();
  return c.getImageData(0, 0, size, size);
}

/** Registers every kind's icon (plain and national-monument) once per map style. */
export function registerHeritageIcons(map: MaplibreMap): void {
  for (const kind of HERITAGE_KINDS) {
    for (const nkp of [false, true]) {
      const name = iconName(kind, nkp);
      if (!map.hasImage(name)) map.addImage(name, drawIcon(kind, nkp), { pixelRatio: RATIO });
    }
  }
}
