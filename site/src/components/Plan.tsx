/** The example plan as input: its cost lines and its dated events, read from the plan itself. */
import type { Plan as PlanInvoer } from '@iza-regels/engine';
import { GEBEURTENISSEN, woordVoor } from '../lib/woorden.ts';
import { datum, geld, keuzeWoord, type Taal } from '../lib/tekst.ts';
import { PLAN } from '../lib/woorden.ts';
import { Tabel } from './ui/Tabel.tsx';

export function Plan({ plan, taal }: { plan: PlanInvoer; taal: Taal }) {
  const kosten = plan.kosten ?? [];
  const gebeurtenissen = Object.entries(plan.gebeurtenissen ?? {}).filter(
    (entry): entry is [string, string] => entry[1] !== undefined,
  );
  return (
    <>
      <Tabel
        id="plan-kosten"
        caption={PLAN.kosten[taal]}
        kolommen={[
          PLAN.omschrijving[taal],
          PLAN.domein[taal],
          PLAN.aard[taal],
          PLAN.financiering[taal],
          PLAN.bedragen[taal],
        ]}
      >
        <tbody>
          {kosten.map((regel, i) => (
            <tr key={i}>
              <th scope="row" lang="nl">
                {regel.omschrijving}
              </th>
              <td>{keuzeWoord('kosten[].domein', regel.domein, PLAN.onbekend, taal)}</td>
              <td>{keuzeWoord('kosten[].aard', regel.aard, PLAN.onbekend, taal)}</td>
              <td>
                {keuzeWoord('kosten[].financiering', regel.financiering, PLAN.onbekend, taal)}
              </td>
              <td>
                <ul className="kaal">
                  {regel.bedragen.map(({ periode, bedrag }) => (
                    <li key={periode}>
                      {periode}: <span className="getal">{geld(bedrag, taal)}</span>
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </Tabel>

      <h4 className="nl-heading nl-heading--level-4">{PLAN.gebeurtenissen[taal]}</h4>
      <ul className="utrecht-unordered-list utrecht-unordered-list--html-content">
        {gebeurtenissen.map(([gebeurtenis, dag]) => (
          <li key={gebeurtenis}>
            {woordVoor(GEBEURTENISSEN, gebeurtenis)[taal]}:{' '}
            <time dateTime={dag}>{datum(dag, taal)}</time>
          </li>
        ))}
      </ul>
    </>
  );
}
