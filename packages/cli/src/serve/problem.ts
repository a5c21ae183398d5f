/**
 * Errors of the HTTP API as `application/problem+json` (RFC 9457): a type, a title, the status, a
 * detail in Dutch and English, and for invalid input the engine's own problems, each naming its field.
 */
import { z } from '@hono/zod-openapi';
import { InvalidInputSchema, type Issue } from '@iza-regels/engine';

export const PROBLEM_TYPE = 'application/problem+json';

export const ProblemSchema = z
  .object({
    type: z.string().meta({ description: 'URI die het soort probleem aanduidt' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().meta({ description: 'Wat er mis is, in het Nederlands' }),
    detailEn: z.string().meta({ description: 'Wat er mis is, in het Engels' }),
    problemen: InvalidInputSchema.shape.problemen.optional().meta({
      description:
        'Bij ongeldige invoer: elk probleem met het veld (pad), in het Nederlands en Engels',
    }),
  })
  .meta({ title: 'Probleem (RFC 9457)' });
export type Problem = z.output<typeof ProblemSchema>;

export function problem(
  status: number,
  soort: string,
  title: string,
  text: { nl: string; en: string },
  problemen?: readonly Issue[],
): Response {
  const body: Problem = {
    type: `urn:iza-regels:probleem:${soort}`,
    title,
    status,
    detail: text.nl,
    detailEn: text.en,
    ...(problemen === undefined ? {} : { problemen: [...problemen] }),
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': PROBLEM_TYPE },
  });
}
