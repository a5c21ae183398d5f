/** /regels.json: the whole rule set of this version as one JSON document, with version and hash. */
import type { APIRoute } from 'astro';
import { regelsDocument } from '../lib/bestanden.ts';

export const GET: APIRoute = async () =>
  new Response(await regelsDocument(), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
