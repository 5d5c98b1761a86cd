// Maps for slides, drawn at build time from Natural Earth data (world-atlas TopoJSON, public domain) with d3-geo.
import { geoAzimuthalEqualArea, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

/** ISO 3166-1 numeric codes, as world-atlas ids them. */
const sweden = '752';
const neighbours = new Set(['578', '246', '208', '233', '428', '440', '616', '276']);
const stockholm: [number, number] = [18.0686, 59.3293];

export interface MapSpec {
  /** [west, south, east, north] in degrees. */
  bounds: [number, number, number, number];
  /** Which resolution of world-atlas: 110m for a continent, 50m for a country. */
  resolution: '110m' | '50m';
  capital?: boolean;
}

export const maps: Record<string, MapSpec> = {
  europa: { bounds: [-12, 34, 42, 71.5], resolution: '110m' },
  norden: { bounds: [3, 53.5, 32, 71.5], resolution: '50m' },
  sverige: { bounds: [10.5, 55, 24.5, 69.2], resolution: '50m', capital: true },
};

const colours = { sea: '#e6f0f7', land: '#d5d9de', neighbour: '#c3cbd3', sweden: '#0b5a8a', border: '#ffffff', capital: '#b3261e' };

function outline([west, south, east, north]: MapSpec['bounds']): Feature {
  const steps = 16;
  const ring: [number, number][] = [];
  for (let i = 0; i <= steps; i++) ring.push([west + ((east - west) * i) / steps, south]);
  for (let i = 0; i <= steps; i++) ring.push([east, south + ((north - south) * i) / steps]);
  for (let i = 0; i <= steps; i++) ring.push([east - ((east - west) * i) / steps, north]);
  for (let i = 0; i <= steps; i++) ring.push([west, north - ((north - south) * i) / steps]);
  return { type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates: ring } };
}

/** An SVG map: Sweden in the kit's colour, neighbours a shade darker than the rest, the sea behind. */
export function drawMap(spec: MapSpec, topology: unknown, width = 600): string {
  const [west, south, east, north] = spec.bounds;
  const height = Math.round(width * 1.1);
  const projection = geoAzimuthalEqualArea()
    .rotate([-(west + east) / 2, -(south + north) / 2])
    .fitExtent([[4, 4], [width - 4, height - 4]], outline(spec.bounds) as never)
    .clipExtent([[0, 0], [width, height]]);
  const path = geoPath(projection).digits(1);
  const topo = topology as { objects: { countries: never } };
  const countries = (feature(topo as never, topo.objects.countries) as unknown as FeatureCollection<Geometry, { name: string }>).features;
  const fill = (id: unknown) => (id === sweden ? colours.sweden : neighbours.has(String(id)) ? colours.neighbour : colours.land);
  const shapes = countries
    .map((country) => ({ d: path(country), fill: fill(country.id) }))
    .filter((shape): shape is { d: string; fill: string } => Boolean(shape.d))
    // Sweden last, so its border is drawn on top.
    .sort((a, b) => Number(a.fill === colours.sweden) - Number(b.fill === colours.sweden));
  const capital = spec.capital ? projection(stockholm) : null;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="${colours.sea}"/>`,
    ...shapes.map((s) => `<path d="${s.d}" fill="${s.fill}" stroke="${colours.border}" stroke-width="1"/>`),
    capital ? `<circle cx="${capital[0].toFixed(1)}" cy="${capital[1].toFixed(1)}" r="9" fill="${colours.capital}" stroke="#fff" stroke-width="3"/>` : '',
    '</svg>',
  ].join('');
}
