/**
 * The HTTP API over real HTTP: the server started in this process on a free port.
 */
import { readFile } from 'node:fs/promises';
import SwaggerParser from '@apidevtools/swagger-parser';
import type { RuleSet } from '@iza-regels/engine';
import { shippedRuleSet } from '@iza-regels/engine/node';
import type { OpenAPIV3_1 } from 'openapi-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_VERSION } from './app.ts';
import { startServer, type Running } from './server.ts';

let ruleSet: RuleSet;
let server: Running;
let withCors: Running;
let plan: string;

beforeAll(async () => {
  ruleSet = await shippedRuleSet();
  plan = await readFile(
    new URL('../../../../rules/voorbeelden/ggz-wijk-spuk.json', import.meta.url),
    'utf8',
  );
  server = await startServer({ ruleSet, port: 0, host: '127.0.0.1', maxBytes: 64 * 1024 });
  withCors = await startServer({
    ruleSet,
    port: 0,
    host: '127.0.0.1',
    cors: ['https://voorbeeld.nl'],
  });
});
afterAll(async () => {
  await server.close();
  await withCors.close();
});

const post = (path: string, body: string, type = 'application/json') =>
  fetch(`${server.url}${path}`, { method: 'POST', body, headers: { 'content-type': type } });

describe('the HTTP API', () => {
  it('/v1/health answers with an API-Version header', async () => {
    const response = await fetch(`${server.url}/v1/health`);
    expect(response.status).toBe(200);
    expect(response.headers.get('API-Version')).toBe(API_VERSION);
    expect(await response.json()).toEqual({ status: 'pass' });
  });

  it('evaluates one plan, with its own peildatum in the envelope', async () => {
    const body = `{"plan": ${plan}, "peildatum": "2026-11-23"}`;
    const response = await post('/v1/evaluaties?detail=samenvatting', body);
    expect(response.status).toBe(200);
    const receipt = (await response.json()) as { peildatum: string; detail: string };
    expect([receipt.peildatum, receipt.detail]).toEqual(['2026-11-23', 'samenvatting']);
  });

  it('invalid input is problem+json (RFC 9457) naming each field in Dutch and English', async () => {
    const response = await post('/v1/evaluaties', '{"plan": {"naam": 3}, "peildatum": "morgen"}');
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.headers.get('API-Version')).toBe(API_VERSION);
    const body = (await response.json()) as {
      status: number;
      type: string;
      problemen: Array<{ pad: string; nl: string; en: string }>;
    };
    expect(body.status).toBe(422);
    expect(body.problemen.map((issue) => issue.pad)).toEqual(['peildatum', 'naam']);
    for (const issue of body.problemen) expect(issue.nl).not.toBe(issue.en);
  });

  it('a body that is not JSON is 400, one over the size limit 413, an unknown path 404', async () => {
    const broken = await post('/v1/evaluaties', '{"naam": ');
    expect([broken.status, broken.headers.get('content-type')]).toEqual([
      400,
      'application/problem+json',
    ]);
    const large = await post('/v1/evaluaties', JSON.stringify({ naam: 'x'.repeat(100_000) }));
    expect(large.status).toBe(413);
    const missing = await fetch(`${server.url}/v2/evaluaties`);
    expect(missing.status).toBe(404);
  });

  it('a batch is NDJSON in and out, in order, with an error record for a bad row', async () => {
    const rows = [
      plan.replace(/\n\s*/g, ''),
      '{"naam": ',
      '{"plan": {}, "peildatum": "2026-01-01"}',
    ];
    const response = await post(
      '/v1/evaluaties/batch',
      `${rows.join('\n')}\n`,
      'application/x-ndjson',
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/x-ndjson');
    const records = (await response.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { rij: number; regel: number; geldig: boolean });
    expect(records.map(({ rij, regel, geldig }) => [rij, regel, geldig])).toEqual([
      [1, 1, true],
      [2, 2, false],
      [3, 3, true],
    ]);
  });

  it('deadlines, the rule set and the JSON Schemas', async () => {
    const deadlines = await post(
      '/v1/termijnen',
      '{"gebeurtenissen": {"snelleToetsGoedgekeurd": "2025-10-31"}, "peildatum": "2026-01-05"}',
    );
    expect(deadlines.status).toBe(200);
    const info = (await (await fetch(`${server.url}/v1/regelset`)).json()) as {
      hash: string;
      regels: unknown[];
      clausules: unknown[];
    };
    expect(info.hash).toBe(ruleSet.hash);
    expect(info.regels).toHaveLength(ruleSet.regels.size);
    expect(info.clausules.length).toBeGreaterThan(0);
    const schema = await fetch(`${server.url}/v1/schemas/plan`);
    expect(schema.headers.get('content-type')).toBe('application/schema+json');
    expect(((await schema.json()) as { $schema: string }).$schema).toContain('2020-12');
    expect((await fetch(`${server.url}/v1/schemas/bestaat-niet`)).status).toBe(404);
  });

  it('CORS is off unless origins are configured', async () => {
    const origin = { headers: { origin: 'https://voorbeeld.nl' } };
    const off = await fetch(`${server.url}/v1/health`, origin);
    expect(off.headers.get('access-control-allow-origin')).toBeNull();
    const on = await fetch(`${withCors.url}/v1/health`, origin);
    expect(on.headers.get('access-control-allow-origin')).toBe('https://voorbeeld.nl');
  });
});

describe('the OpenAPI document', () => {
  let document: OpenAPIV3_1.Document;
  beforeAll(async () => {
    document = (await (
      await fetch(`${server.url}/v1/openapi.json`)
    ).json()) as OpenAPIV3_1.Document;
  });

  it('is a valid OpenAPI 3.1 document', async () => {
    expect(document.openapi).toBe('3.1.0');
    await expect(SwaggerParser.validate(structuredClone(document))).resolves.toBeDefined();
  });

  // The NL API Design Rules' linter is Spectral (on npm) with the ADR ruleset, which is not on npm:
  // these are its core rules, checked on the document itself. Run by hand (Spectral 6.16.3, the
  // ruleset of Logius-standaarden/API-Design-Rules), it also asks for an e-mail address in
  // info.contact (there is none: the maintainers answer in the issues), for an https server URL
  // (warning; the URL is relative, as whoever runs the API chooses its host) and no members beside
  // status, title, detail, type and instance in a problem (RFC 9457 allows extensions, and ours
  // carry the English text and the problems of the input). Nothing else.
  it('follows the core NL API Design Rules: /v1 in the server URL, paths below it that answer', async () => {
    // /core/uri-version: the major version ends the server's URL; the paths follow it.
    expect(document.servers?.map((entry) => entry.url)).toEqual(['/v1']);
    const paths = Object.keys(document.paths ?? {});
    for (const path of paths) {
      expect(path).toMatch(/^(\/[a-z0-9{}-]+)+$/); // no trailing slash
    }
    expect(paths).toContain('/health');
    for (const path of paths.filter((path) => document.paths?.[path]?.get && !path.includes('{'))) {
      expect((await fetch(`${server.url}/v1${path}`)).status, path).toBe(200);
    }
    expect(document.info.contact?.url).toMatch(/^https:\/\//);
    for (const item of Object.values(document.paths ?? {})) {
      for (const operation of Object.values(item ?? {}) as OpenAPIV3_1.OperationObject[]) {
        // Spectral's own rules: each operation described and tagged with a tag of the document.
        expect(operation.description).toMatch(/\w/);
        for (const tag of operation.tags ?? ['(none)'])
          expect(document.tags?.map((entry) => entry.name)).toContain(tag);
        for (const response of Object.values(operation.responses ?? {})) {
          // /core/version-header: every answer says its version.
          expect((response as OpenAPIV3_1.ResponseObject).headers).toHaveProperty('API-Version');
        }
      }
    }
  });
});
