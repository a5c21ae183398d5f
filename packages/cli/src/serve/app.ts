/**
 * The HTTP API of IZA-regels on Hono, after the NL API Design Rules: the major version in the path
 * (/v1), an API-Version header on every answer, an OpenAPI 3.1 document made from the engine's zod
 * schemas, and errors as problem+json. Stateless: every answer depends on the request and the rule
 * set alone, so more instances behind any load balancer give the same answers.
 *
 * Request bodies are validated by the engine, not by a second validator: the engine's problems name
 * the field in Dutch and English, as in the CLI and the library.
 */
import { readFile } from 'node:fs/promises';
import { PassThrough, Readable } from 'node:stream';
import { OpenAPIHono, createRoute, z, type RouteConfig } from '@hono/zod-openapi';
import { deadlines, type RuleSet } from '@iza-regels/engine';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { detailOption } from '../args.ts';
import { inThread } from '../batch/evaluator.ts';
import { evaluateRow } from '../batch/row.ts';
import { ndjsonChunks } from '../batch/ndjson.ts';
import { CHUNK_LIMITS } from '../batch/source.ts';
import { runBatch } from '../batch/stream.ts';
import { CliError } from '../exit-codes.ts';
import { schemaPath, type SchemaName } from '../commands/schema.ts';
import { problem, ProblemSchema, PROBLEM_TYPE } from './problem.ts';
import {
  DeadlinesRequestSchema,
  HealthSchema,
  RecordSchema,
  RowSchema,
  RuleSetInfoSchema,
  SchemaNameSchema,
  ruleSetInfo,
} from './schemas.ts';
import { EvaluationSchema } from '@iza-regels/engine';

/** The version of this API's contract (semver); the major is the /v1 in the path. */
export const API_VERSION = '1.0.0';

export interface ApiOptions {
  readonly ruleSet: RuleSet;
  /** Largest body of a single request, in bytes. */
  readonly maxBytes?: number;
  /** Largest body of a batch, in bytes (it is streamed, so this bounds the work, not memory). */
  readonly maxBatchBytes?: number;
  /** Origins allowed by CORS; none (the default) switches CORS off. */
  readonly cors?: readonly string[];
}

const JSON_TYPE = 'application/json';
const NDJSON_TYPE = 'application/x-ndjson';

const versionHeader = {
  'API-Version': {
    description: 'De versie van deze API (semver)',
    schema: { type: 'string' as const, example: API_VERSION },
  },
};
const problemResponse = (description: string) => ({
  description,
  headers: versionHeader,
  content: { [PROBLEM_TYPE]: { schema: ProblemSchema } },
});
const ok = (description: string, schema: z.ZodType, type = JSON_TYPE) => ({
  description,
  headers: versionHeader,
  content: { [type]: { schema } },
});
const detailQuery = z.object({
  detail: z.enum(['volledig', 'samenvatting']).optional().meta({
    description:
      'volledig: met het spoor per voorwaarde en de citaten; samenvatting: alleen uitkomsten en redenen',
  }),
});

const ROUTES = {
  health: createRoute({
    method: 'get',
    path: '/health',
    operationId: 'health',
    tags: ['dienst'],
    description:
      'Antwoordt `{"status": "pass"}` zolang de dienst verzoeken aanneemt; voor de load balancer.',
    summary: 'Werkt de dienst?',
    responses: { 200: ok('De dienst werkt', HealthSchema) },
  }),
  evaluate: createRoute({
    method: 'post',
    path: '/evaluaties',
    operationId: 'evaluatePlan',
    tags: ['toetsen'],
    description:
      'Eén plan, of een envelop `{"plan", "peildatum", "varianten"}`, naast de regels van deze regelset. Het antwoord is de uitslag: per vraag en per regel de uitkomst met waarom, de termijnen en de bedragen. Een fout in de invoer geeft 422 met de problemen per veld, in het Nederlands en het Engels.',
    summary: 'Toets één plan',
    request: {
      query: detailQuery,
      body: { required: true, content: { [JSON_TYPE]: { schema: RowSchema } } },
    },
    responses: {
      200: ok('De uitslag (standaard volledig)', EvaluationSchema),
      400: problemResponse('De body is geen JSON'),
      413: problemResponse('De body is te groot'),
      422: problemResponse('Het plan of de opties kloppen niet; zie problemen'),
    },
  }),
  batch: createRoute({
    method: 'post',
    path: '/evaluaties/batch',
    operationId: 'evaluateBatch',
    tags: ['toetsen'],
    description:
      'Zoals `POST /evaluaties`, maar voor veel plannen: één rij per regel (NDJSON). Elke rij wordt beantwoord met een regel met `rij` en `regel`; een foute rij geeft een foutrecord en de andere rijen worden gewoon getoetst. Standaard de samenvatting.',
    summary: 'Toets een batch: NDJSON in, NDJSON uit (gestreamd, in de volgorde van de invoer)',
    request: {
      query: detailQuery,
      body: { required: true, content: { [NDJSON_TYPE]: { schema: RowSchema } } },
    },
    responses: {
      200: ok(
        'Per rij één regel met rij, regel en de uitslag, of een foutrecord (geldig: false)',
        RecordSchema,
        NDJSON_TYPE,
      ),
      413: problemResponse('De body is te groot'),
    },
  }),
  deadlines: createRoute({
    method: 'post',
    path: '/termijnen',
    operationId: 'deadlines',
    tags: ['termijnen'],
    description:
      'Uit de data van gebeurtenissen (`gebeurtenissen`) en een peildatum: welke reactietermijnen lopen, tot wanneer, en wat wanneer moet gebeuren om een uiterste datum te halen.',
    summary: 'Reactietermijnen en terugplanning voor gegeven data',
    request: {
      body: { required: true, content: { [JSON_TYPE]: { schema: DeadlinesRequestSchema } } },
    },
    responses: {
      200: ok('De termijnen en de planning', z.looseObject({ geldig: z.literal(true) })),
      400: problemResponse('De body is geen JSON'),
      422: problemResponse('Een datum of optie klopt niet; zie problemen'),
    },
  }),
  ruleSet: createRoute({
    method: 'get',
    path: '/regelset',
    operationId: 'ruleSet',
    tags: ['regelset'],
    description:
      'De versie en de hash van de regelset waarmee deze dienst toetst, elke regel met zijn titel en elke geciteerde clausule. Een bewaarde uitslag noemt dezelfde versie en hash.',
    summary: 'De regelset: versie, hash, regels en clausules',
    responses: { 200: ok('De regelset', RuleSetInfoSchema) },
  }),
  schema: createRoute({
    method: 'get',
    path: '/schemas/{naam}',
    operationId: 'jsonSchema',
    tags: ['regelset'],
    description:
      'De JSON Schemas van de invoer (`plan`), de uitslag en de regelbestanden, zoals de engine ze gebruikt; om invoer vooraf te controleren of code uit te maken.',
    summary: 'Een JSON Schema (draft 2020-12) van de invoer, de uitslag of een regelbestand',
    request: { params: z.object({ naam: SchemaNameSchema }) },
    responses: {
      200: ok('Het JSON Schema', z.looseObject({}), 'application/schema+json'),
      404: problemResponse('Geen schema met die naam'),
    },
  }),
} satisfies Record<string, RouteConfig>;

/** A JSON body, or the problem that it is not JSON. */
async function jsonBody(
  request: Request,
): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  try {
    return { ok: true, value: await request.json() };
  } catch (error) {
    if (error instanceof Response) throw error;
    return {
      ok: false,
      response: problem(400, 'geen-json', 'Bad Request', {
        nl: `De body is geen geldige JSON: ${(error as Error).message}`,
        en: `The body is not valid JSON: ${(error as Error).message}`,
      }),
    };
  }
}

const invalidInput = (problemen: Parameters<typeof problem>[4]): Response =>
  problem(
    422,
    'ongeldige-invoer',
    'Unprocessable Content',
    {
      nl: 'De invoer kon niet worden getoetst; elk probleem noemt het veld.',
      en: 'The input could not be evaluated; each problem names the field.',
    },
    problemen,
  );

/** ?detail=… as the CLI's --detail: an unknown value is a problem naming the parameter. */
function detailOf(value: string | undefined, fallback: 'volledig' | 'samenvatting') {
  if (value === undefined) return { ok: true as const, detail: fallback };
  try {
    return { ok: true as const, detail: detailOption(value) };
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    return {
      ok: false as const,
      response: problem(400, 'ongeldige-parameter', 'Bad Request', {
        nl: error.nl.replace('--detail', 'detail'),
        en: error.en.replace('--detail', 'detail'),
      }),
    };
  }
}

export function createApp(options: ApiOptions): OpenAPIHono {
  const { ruleSet } = options;
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const maxBatchBytes = options.maxBatchBytes ?? 256 * 1024 * 1024;
  const app = new OpenAPIHono();
  // The major version is the server's URL (/v1); the document lists the paths below it.
  const v1 = new OpenAPIHono();

  app.use('*', async (c, next) => {
    await next();
    c.res.headers.set('API-Version', API_VERSION);
  });
  if (options.cors && options.cors.length > 0) {
    app.use('*', cors({ origin: [...options.cors], exposeHeaders: ['API-Version'] }));
  }
  const tooLarge = (limit: number) => () =>
    problem(413, 'te-groot', 'Content Too Large', {
      nl: `De body is groter dan ${limit} bytes.`,
      en: `The body is larger than ${limit} bytes.`,
    });
  v1.use('/evaluaties', bodyLimit({ maxSize: maxBytes, onError: tooLarge(maxBytes) }));
  v1.use('/termijnen', bodyLimit({ maxSize: maxBytes, onError: tooLarge(maxBytes) }));
  v1.use(
    '/evaluaties/batch',
    bodyLimit({ maxSize: maxBatchBytes, onError: tooLarge(maxBatchBytes) }),
  );

  const register = (route: RouteConfig) => v1.openAPIRegistry.registerPath(route);
  for (const route of Object.values(ROUTES)) register(route);

  v1.get('/health', (c) => c.json({ status: 'pass' as const }));

  v1.post('/evaluaties', async (c) => {
    const detail = detailOf(c.req.query('detail'), 'volledig');
    if (!detail.ok) return detail.response;
    const body = await jsonBody(c.req.raw);
    if (!body.ok) return body.response;
    const {
      rij: _rij,
      regel: _regel,
      ...result
    } = await evaluateRow(
      ruleSet,
      { detail: detail.detail, andereLezingen: true },
      { rij: 1, regel: 1, json: body.value },
    );
    return result.geldig ? c.json(result) : invalidInput(result.problemen);
  });

  v1.post('/evaluaties/batch', async (c) => {
    const detail = detailOf(c.req.query('detail'), 'samenvatting');
    if (!detail.ok) return detail.response;
    const input = c.req.raw.body ? Readable.fromWeb(c.req.raw.body as never) : Readable.from([]);
    const output = new PassThrough();
    const evaluator = await inThread(ruleSet, {
      defaults: { detail: detail.detail, andereLezingen: true },
      format: 'ndjson',
    });
    const chunks = ndjsonChunks(input, CHUNK_LIMITS);
    void runBatch({ chunks, evaluator, output, inFlight: 2 }).then(
      () => output.end(),
      (error: unknown) => output.destroy(error as Error),
    );
    return new Response(Readable.toWeb(output) as ReadableStream, {
      headers: { 'content-type': NDJSON_TYPE },
    });
  });

  v1.post('/termijnen', async (c) => {
    const body = await jsonBody(c.req.raw);
    if (!body.ok) return body.response;
    const value = body.value as {
      gebeurtenissen?: unknown;
      peildatum?: unknown;
      varianten?: unknown;
    };
    const result = await deadlines(ruleSet, {
      gebeurtenissen: value.gebeurtenissen,
      peildatum: value.peildatum,
      variant: value.varianten,
    } as Parameters<typeof deadlines>[1]);
    return result.geldig ? c.json(result) : invalidInput(result.problemen);
  });

  const info = ruleSetInfo(ruleSet);
  v1.get('/regelset', (c) => c.json(info));

  v1.get('/schemas/:naam', async (c) => {
    const naam = c.req.param('naam');
    const parsed = SchemaNameSchema.safeParse(naam);
    if (!parsed.success) {
      return problem(404, 'onbekend-schema', 'Not Found', {
        nl: `Geen schema "${naam}". Kies uit: ${SchemaNameSchema.options.join(', ')}.`,
        en: `No schema "${naam}". Choose from: ${SchemaNameSchema.options.join(', ')}.`,
      });
    }
    const text = await readFile(schemaPath(parsed.data as SchemaName), 'utf8');
    return new Response(text, { headers: { 'content-type': 'application/schema+json' } });
  });

  v1.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'IZA-regels API',
      version: API_VERSION,
      description:
        'De regels voor IZA-transformatiemiddelen toetsen over HTTP. Een hulpmiddel, geen besluit.',
      // No e-mail address: the maintainers are reached through the issues (see publiccode.yml).
      contact: {
        name: 'Beheerders van IZA-regels',
        url: 'https://github.com/iza-regels/iza-regels/issues',
      },
      license: {
        name: 'EUPL-1.2',
        url: 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12',
      },
    },
    servers: [{ url: '/v1', description: 'Deze server, versie 1' }],
    tags: [
      { name: 'toetsen', description: 'Een plan of een batch plannen naast de regels leggen' },
      { name: 'termijnen', description: 'Reactietermijnen en terugplanning uit data' },
      { name: 'regelset', description: 'De regels, hun clausules en de schema’s' },
      { name: 'dienst', description: 'De staat van de dienst' },
    ],
  });

  app.route('/v1', v1);

  app.notFound(() =>
    problem(404, 'niet-gevonden', 'Not Found', {
      nl: 'Dit pad bestaat niet. Zie /v1/openapi.json.',
      en: 'This path does not exist. See /v1/openapi.json.',
    }),
  );
  // No request body or stack in the answer or the log: a plan may hold what is not ours to keep.
  app.onError((error) => {
    process.stderr.write(`Interne fout / internal error: ${error.message}\n`);
    return problem(500, 'interne-fout', 'Internal Server Error', {
      nl: 'Interne fout in iza-regels. Meld het alstublieft aan de beheerders.',
      en: 'Internal error in iza-regels. Please report it to the maintainers.',
    });
  });
  return app;
}
