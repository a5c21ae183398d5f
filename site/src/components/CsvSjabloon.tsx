/**
 * The template CSV for many plans at once (/downloads/plannen-sjabloon.csv) and what each of its
 * columns asks. Both are written by `pnpm sjabloon` from the CSV layout the CLI reads, so the page
 * and the reader cannot disagree (test/sjabloon.test.ts).
 */
import kolommen from '../lib/csv-kolommen.json';
import type { Taal } from '../lib/tekst.ts';
import { CSV_SJABLOON as T } from '../lib/woorden.ts';
import { Tabel } from './ui/Tabel.tsx';

export function CsvSjabloon({ taal }: { taal: Taal }) {
  return (
    <section aria-labelledby="csv-sjabloon">
      <h2 className="nl-heading nl-heading--level-2" id="csv-sjabloon">
        {T.titel[taal]}
      </h2>
      <p className="nl-paragraph">{T.intro[taal]}</p>
      <pre>
        <code className="nl-code">
          npx @iza-regels/cli evaluate plannen.csv &gt; uitslagen.ndjson
        </code>
      </pre>
      <p className="nl-paragraph">
        <a className="nl-link" href="/downloads/plannen-sjabloon.csv" type="text/csv" download>
          {T.download[taal]}
        </a>
      </p>
      <p className="nl-paragraph">{T.uitleg[taal]}</p>
      <Tabel
        id="csv-sjabloon-caption"
        caption={`${T.caption[taal]} (${kolommen.length})`}
        kolommen={[T.kolom[taal], T.vraag[taal], T.invullen[taal]]}
      >
        <tbody>
          {kolommen.map((kolom) => (
            <tr key={kolom.kolom}>
              <th scope="row">
                <code className="nl-code">{kolom.kolom}</code>
              </th>
              <td>{kolom.vraag[taal]}</td>
              <td>{kolom.invullen[taal]}</td>
            </tr>
          ))}
        </tbody>
      </Tabel>
    </section>
  );
}
