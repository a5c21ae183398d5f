/** /schemas/<name>.schema.json (the schemas' `$id`): the engine's JSON Schemas (draft 2020-12), byte for byte. */
import { SCHEMA_NAMES } from '@iza-regels/engine';
import type { APIRoute, GetStaticPaths } from 'astro';
import { schemaTekst } from '../../lib/bestanden.ts';

export const getStaticPaths = (() =>
  SCHEMA_NAMES.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const name = SCHEMA_NAMES.find((schema) => schema === params.name);
  if (!name) return new Response(null, { status: 404 });
  return new Response(await schemaTekst(name), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};
