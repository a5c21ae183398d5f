/** /regels/<ID>.json: every rule file exactly as it is in the rules package. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { regelBestanden } from '../../lib/bestanden.ts';

export const getStaticPaths = (async () => {
  const bestanden = await regelBestanden();
  return [...bestanden.values()].map((bestand) => ({
    params: { id: bestand.id },
    props: { tekst: bestand.tekst },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { tekst: string }).tekst, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
