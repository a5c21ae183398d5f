/**
 * The deadline calculator's result: the reaction times with their due day and state, the backward
 * planning judged by the user's own dates, the timeline, and what the calculation was made from. It is
 * fetched with the engine's deadline words, after the form, since only a result needs them.
 */
import {
  LABELS,
  compareWithFixedDates,
  dayText,
  deadlineStatusText,
  durationText,
  fixedDates,
  formatDate,
  judgePlanning,
  type DeadlinesResult,
  type HolidayTable,
  type Text,
} from '@iza-regels/engine';
import {
  PLANNING_ICOON,
  TERMIJN_ICOON,
  TERMIJN_KLASSE,
  termijnKolommen,
  type Taal,
} from '../../lib/tekst.ts';
import { FORMULIER } from '../../lib/simulator/formulier.ts';
import { regelHref } from '../../lib/regel.ts';
import { Melding } from '../ui/Melding.tsx';
import { Tabel } from '../ui/Tabel.tsx';
import { RegelsetGegevens } from './RegelsetGegevens.tsx';
import { Tijdlijn } from './Tijdlijn.tsx';
import { ALGEMEEN } from '../../lib/woorden/algemeen.ts';
import { TERMIJNEN_UITSLAG as T } from '../../lib/woorden/uitslag.ts';

const DOORROLLEN = 'doorrollen';
/** The deadline rules driven by the events the calculator asks. */
const regels = new Set(FORMULIER.gebeurtenissen.regels);

interface Props {
  result: Extract<DeadlinesResult, { geldig: true }>;
  gebeurtenissen: Readonly<Record<string, string>>;
  /** The holidays of the rule set, to name a due day that is one. */
  feestdagen: HolidayTable | undefined;
  /** The title of the reading that rolls deadlines over, when the rules have it. */
  doorrollen: Text | undefined;
  taal: Taal;
}

export default function TermijnenUitslag({
  result,
  gebeurtenissen,
  feestdagen,
  doorrollen,
  taal,
}: Props) {
  const vast = fixedDates(result.planning, result.einddatum);
  return (
    <>
      {result.termijnen.length === 0 ? (
        <p className="nl-paragraph">{T.geenTermijnen[taal]}</p>
      ) : (
        <Tabel id="tm-caption" caption={T.caption[taal]} kolommen={termijnKolommen(taal)}>
          <tbody>
            {result.termijnen.map((termijn) => {
              const soort = termijn.status.soort;
              return (
                <tr key={termijn.regel}>
                  <th scope="row">
                    <a href={regelHref(termijn.regel, taal)} className="nl-link regel-id">
                      {termijn.regel}
                    </a>{' '}
                    {termijn.titel[taal]}
                  </th>
                  <td>
                    <time dateTime={termijn.start}>{formatDate(termijn.start, taal)}</time>
                  </td>
                  <td>{durationText(termijn.duur)[taal]}</td>
                  <td>
                    <time dateTime={termijn.vervaldatum}>
                      {feestdagen
                        ? dayText(termijn.vervaldatum, feestdagen)[taal]
                        : formatDate(termijn.vervaldatum, taal)}
                    </time>
                    {compareWithFixedDates(termijn.vervaldatum, vast).map((zin) => (
                      <p className="nl-paragraph klein" key={zin.nl}>
                        {zin[taal]}
                      </p>
                    ))}
                    {termijn.verschuivingen.length > 0 && (
                      <p className="nl-paragraph klein">
                        {T.verschoven[taal].replace(
                          '{datum}',
                          formatDate(termijn.kalenderVervaldatum, taal),
                        )}{' '}
                        {termijn.verschuivingen
                          .map(
                            (v) =>
                              `${formatDate(v.datum, taal)} (${LABELS.verschuiving[v.reden][taal]}${v.naam ? `: ${v.naam}` : ''})`,
                          )
                          .join(', ')}
                      </p>
                    )}
                    {termijn.ontbrekendeFeestdagjaren.length > 0 && (
                      <p className="nl-paragraph klein">
                        {T.feestdagen[taal]} {termijn.ontbrekendeFeestdagjaren.join(', ')}
                      </p>
                    )}
                  </td>
                  <td>
                    {termijn.afgerond ? (
                      <time dateTime={termijn.afgerond}>{formatDate(termijn.afgerond, taal)}</time>
                    ) : (
                      T.nogNiet[taal]
                    )}
                  </td>
                  <td>
                    <span className={`uitkomst uitkomst--${TERMIJN_KLASSE[soort]}`}>
                      <span className="icoon" aria-hidden="true">
                        {TERMIJN_ICOON[soort]}
                      </span>{' '}
                      {deadlineStatusText(termijn.status)[taal]}
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </Tabel>
      )}

      <h3 className="nl-heading nl-heading--level-3">{T.uitleg[taal]}</h3>
      <ul className="regellijst">
        {result.uitleg
          .filter((u) => regels.has(u.regel))
          .map((u) => (
            <li key={u.regel}>
              <a href={regelHref(u.regel, taal)} className="nl-link regel-id">
                {u.regel}
              </a>{' '}
              {u[taal]}
            </li>
          ))}
      </ul>

      <h3 className="nl-heading nl-heading--level-3">{LABELS.kop.planning[taal]}</h3>
      <Tabel
        id="tm-planning"
        caption={T.planningCaption[taal]}
        kolommen={[T.doel[taal], T.doeldatum[taal], T.uiterlijk[taal], LABELS.kop.stand[taal]]}
      >
        <tbody>
          {result.planning.map((stap) => {
            // Judged by the user's own dates: a plan that came in on time is "gehaald op …".
            const oordeel = judgePlanning(stap, gebeurtenissen);
            return (
              <tr key={stap.id}>
                <th scope="row">{stap.doel[taal]}</th>
                <td>
                  <time dateTime={stap.doeldatum}>{formatDate(stap.doeldatum, taal)}</time>
                </td>
                <td>
                  <time dateTime={stap.uiterlijk}>{formatDate(stap.uiterlijk, taal)}</time>
                </td>
                <td>
                  <span
                    className={`uitkomst uitkomst--${TERMIJN_KLASSE[oordeel.soort]}`}
                    data-planning={oordeel.soort}
                  >
                    <span className="icoon" aria-hidden="true">
                      {PLANNING_ICOON[oordeel.soort]}
                    </span>{' '}
                    {oordeel.tekst[taal]}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </Tabel>

      <h3 className="nl-heading nl-heading--level-3">{ALGEMEEN.tijdlijn[taal]}</h3>
      <Tijdlijn
        id="tm-tl"
        taal={taal}
        peildatum={result.peildatum}
        gebeurtenissen={gebeurtenissen}
        termijnen={result.termijnen}
        planning={result.planning}
        vast={vast}
      />

      <section className="sim-over" aria-labelledby="tm-over">
        <h3 className="nl-heading nl-heading--level-3" id="tm-over">
          {T.over[taal]}
        </h3>
        <Melding>
          <p className="nl-paragraph">
            <strong>{T.geenBesluit[taal]}</strong>
          </p>
        </Melding>
        <dl className="gegevens">
          <RegelsetGegevens regelset={result.regelset} peildatum={result.peildatum} taal={taal} />
          <dt>{doorrollen?.[taal] ?? DOORROLLEN}</dt>
          <dd>{result.varianten.includes(DOORROLLEN) ? T.ja[taal] : T.nee[taal]}</dd>
        </dl>
      </section>
    </>
  );
}
