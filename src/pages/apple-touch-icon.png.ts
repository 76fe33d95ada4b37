import { Resvg } from '@resvg/resvg-js';
import type { APIRoute } from 'astro';
import svg from '../../public/favicon.svg?raw';

/** The favicon as a 180px PNG for home screens, drawn from public/favicon.svg at build time. */
export const GET: APIRoute = () => {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: 180 }, background: '#ffffff' }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
