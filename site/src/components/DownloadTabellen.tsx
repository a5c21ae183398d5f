/** The two tables of the downloads page: the JSON Schemas and the rule files, each at its address. */
import type { SchemaName } from '@iza-regels/engine';
import { regelHref } from '../lib/regel.ts';
import type { Taal } from '../lib/tekst.ts';
import { Tabel } from './ui/Tabel.tsx';

interface Koppen {
  caption: string;
  kolommen: readonly string[];
}

export function SchemaTabel({
  schemas,
  ...koppen
}: Koppen & {
  schemas: ReadonlyArray<{ naam: SchemaName; beschrijft: string; titel: string | undefined }>;
}) {
  return (
    <Tabel id="schemas-caption" {...koppen}>
      <tbody>
        {schemas.map(({ naam, beschrijft, titel }) => (
          <tr key={naam}>
            <th scope="row">
              <a
                className="nl-link"
                href={`/schemas/${naam}.schema.json`}
                type="application/schema+json"
              >
                <code className="nl-code">/schemas/{naam}.schema.json</code>
              </a>
            </th>
            <td>{beschrijft}</td>
            <td lang="nl">{titel}</td>
          </tr>
        ))}
      </tbody>
    </Tabel>
  );
}

export function RegelbestandenTabel({
  bestanden,
  taal,
  ...koppen
}: Koppen & {
  bestanden: ReadonlyArray<{ id: string; pad: string; titel: string }>;
  taal: Taal;
}) {
  return (
    <Tabel id="regelbestanden-caption" {...koppen}>
      <tbody>
        {bestanden.map((bestand) => (
          <tr key={bestand.id}>
            <th scope="row">
              <a className="nl-link" href={`/regels/${bestand.id}.json`} type="application/json">
                <code className="nl-code">/regels/{bestand.id}.json</code>
              </a>
            </th>
            <td>
              <a className="nl-link" href={regelHref(bestand.id, taal)}>
                {bestand.titel}
              </a>
            </td>
            <td>
              <code className="nl-code">{bestand.pad}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </Tabel>
  );
}
