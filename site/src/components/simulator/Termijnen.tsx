/**
 * The deadline calculator: the dates of the events in, the reaction times out (due date, status, every
 * day a deadline moved and why), and the backward planning to the approval deadline. It asks the
 * engine's `deadlines`, in the browser; the dates live in the URL fragment.
 */
import { useEffect, useMemo, useState } from 'react';
import { Button } from '@nl-design-system-candidate/button-react';
import { Fieldset, FieldsetLegend } from '@utrecht/fieldset-react';
import './formulier.css';
import './simulator.css';
import {
  LABELS,
  compareWithFixedDates,
  dayText,
  deadlineStatusText,
  deadlines,
  durationText,
  fixedDates,
  formatDate,
  judgePlanning,
  planFields,
  type DeadlinesResult,
  type Text,
} from '@iza-regels/engine';
import {
  PLANNING_ICOON,
  TERMIJN_ICOON,
  TERMIJN_KLASSE,
  termijnKolommen,
  type Taal,
} from '../../lib/tekst.ts';
import { isGeldigeDatum, vandaag } from '../../lib/simulator/datum.ts';
import { isObject } from '../../lib/simulator/fragment.ts';
import { gebeurtenisVelden } from '../../lib/simulator/velden.ts';
import { regelHref } from '../../lib/regel.ts';
import { Laadstatus } from './Laadstatus.tsx';
import { Peildatum } from './Peildatum.tsx';
import { Tijdlijn } from './Tijdlijn.tsx';
import { LinkMelding, Melding } from './Melding.tsx';
import { Keuze, Veld } from './Veld.tsx';
import { useAfdrukkenOpen, useFragmentToestand, useRegelset, useUitgesteld } from './hooks.ts';
import { Tabel } from './Tabel.tsx';

interface Toestand {
  readonly gebeurtenissen: Readonly<Record<string, string>>;
  readonly peildatum: string;
  readonly doorrollen: boolean;
}

const DOORROLLEN = 'doorrollen';

const begin = (): Toestand => ({ gebeurtenissen: {}, peildatum: vandaag(), doorrollen: false });
const schrijf = (t: Toestand) => ({
  v: 1,
  g: t.gebeurtenissen,
  p: t.peildatum,
  ...(t.doorrollen ? { d: 1 } : {}),
});
/** The events the calculator asks: only these keys of a link are read. */
const EVENTS = new Set(
  planFields()
    .filter((field) => field.pad.startsWith('gebeurtenissen.') && field.type === 'datum')
    .map((field) => field.pad.replace(/^gebeurtenissen\./, '')),
);

function lees(data: unknown, genegeerd: string[]): Toestand | undefined {
  if (!isObject(data) || data.v !== 1) return undefined;
  const gebeurtenissen: Record<string, string> = {};
  if (isObject(data.g))
    for (const [key, value] of Object.entries(data.g))
      if (EVENTS.has(key) && typeof value === 'string' && isGeldigeDatum(value))
        gebeurtenissen[key] = value;
      else genegeerd.push(`g.${key}`);
  for (const key of Object.keys(data)) if (!['v', 'g', 'p', 'd'].includes(key)) genegeerd.push(key);
  return {
    gebeurtenissen,
    peildatum: typeof data.p === 'string' && isGeldigeDatum(data.p) ? data.p : vandaag(),
    doorrollen: data.d === 1,
  };
}

const T = {
  laden: { nl: 'De termijnberekening wordt geladen…', en: 'Loading the deadline calculator…' },
  onleesbaar: {
    nl: 'De link kon niet worden gelezen. U begint met lege data.',
    en: 'The link could not be read. You start with empty dates.',
  },
  invoer: { nl: 'Uw data', en: 'Your dates' },
  invoerHulp: {
    nl: 'Vul de data in die u kent. Laat leeg wat nog niet gebeurd is.',
    en: 'Fill in the dates you know. Leave empty what has not happened yet.',
  },
  gebeurtenissen: { nl: 'Gebeurtenissen', en: 'Events' },
  peildatum: {
    nl: 'Peildatum: op welke datum kijkt u?',
    en: 'Reference date: on which date are you looking?',
  },
  peildatumHulp: {
    nl: 'Standaard vandaag. Daarmee ziet u of een termijn nog loopt of al voorbij is.',
    en: 'Today by default. It shows whether a term is still running or has passed.',
  },
  uitkomst: { nl: 'De termijnen', en: 'The deadlines' },
  geenTermijnen: {
    nl: 'Er lopen nog geen termijnen. Een termijn begint bij een gebeurtenis: vul die datum in.',
    en: 'No deadlines are running yet. A deadline starts with an event: fill in its date.',
  },
  caption: { nl: 'Reactietermijnen op de peildatum', en: 'Reaction times on the reference date' },
  nogNiet: { nl: 'nog niet', en: 'not yet' },
  verschoven: {
    nl: 'Verschoven van {datum}, omdat deze dagen geen werkdag zijn:',
    en: 'Moved from {datum}, because these days are not working days:',
  },
  feestdagen: {
    nl: 'Let op: de feestdagen van dit jaar ontbreken in de tabel:',
    en: 'Note: the public holidays of this year are missing from the table:',
  },
  uitleg: { nl: 'Uitleg per termijn', en: 'Explanation per deadline' },
  planning: { nl: 'Terugplannen', en: 'Planning backwards' },
  planningCaption: {
    nl: 'Wanneer moet wat binnen zijn om een datum te halen?',
    en: 'When must what be in to meet a date?',
  },
  doel: { nl: 'Wat', en: 'What' },
  doeldatum: { nl: 'Om te halen', en: 'To meet' },
  uiterlijk: { nl: 'Uiterlijk op', en: 'At the latest on' },
  rekenfout: {
    nl: 'Er ging iets mis bij het berekenen van de termijnen. Probeer het opnieuw of pas een datum aan.',
    en: 'Something went wrong while calculating the deadlines. Try again or change a date.',
  },
  tijdlijn: { nl: 'Tijdlijn', en: 'Timeline' },
  over: { nl: 'Over deze berekening', en: 'About this calculation' },
  hash: { nl: 'Vingerafdruk van de regels', en: 'Fingerprint of the rules' },
  geenBesluit: {
    nl: 'Dit is een hulpmiddel, geen besluit.',
    en: 'This is an aid, not a decision.',
  },
  bijgewerkt: { nl: 'Termijnen bijgewerkt', en: 'Deadlines updated' },
  afdrukken: { nl: 'Afdrukken', en: 'Print' },
  ja: { nl: 'ja', en: 'yes' },
  nee: { nl: 'nee', en: 'no' },
  peildatumKort: { nl: 'Peildatum', en: 'Reference date' },
} satisfies Record<string, Text>;

export default function Termijnen({ taal }: { taal: Taal }) {
  const { ruleSet, fout } = useRegelset();
  const { toestand: t, zet, onleesbaar, genegeerd } = useFragmentToestand(lees, begin, schrijf);
  const [uitslag, setUitslag] = useState<DeadlinesResult>();
  const [melding, setMelding] = useState('');
  const [rekenfout, setFout] = useState(false);
  useAfdrukkenOpen();
  const { velden, regels } = useMemo(
    () => (ruleSet ? gebeurtenisVelden(ruleSet) : { velden: [], regels: new Set<string>() }),
    [ruleSet],
  );

  const invoer = useMemo(
    () =>
      t && {
        gebeurtenissen: t.gebeurtenissen,
        peildatum: t.peildatum || vandaag(),
        doorrollen: t.doorrollen,
      },
    [t],
  );
  const uitgesteld = useUitgesteld(invoer, 150);
  useEffect(() => {
    if (!ruleSet || !uitgesteld) return;
    let live = true;
    void deadlines(ruleSet, {
      gebeurtenissen: uitgesteld.gebeurtenissen,
      peildatum: uitgesteld.peildatum,
      variant: uitgesteld.doorrollen && ruleSet.varianten.has(DOORROLLEN) ? [DOORROLLEN] : [],
      andereLezingen: false,
    }).then(
      (result) => {
        if (!live) return;
        setFout(false);
        setUitslag(result);
        setMelding(
          result.geldig
            ? `${T.bijgewerkt[taal]}: ${result.termijnen.length}.`
            : result.problemen.map((p) => p[taal]).join(' '),
        );
      },
      // An exception in the engine is a message on the page, never a calculation that never ends.
      () => {
        if (!live) return;
        setFout(true);
        setMelding(T.rekenfout[taal]);
      },
    );
    return () => {
      live = false;
    };
  }, [ruleSet, uitgesteld, taal]);
  // The notice about an unreadable link when that appears, adjusted while rendering rather than in
  // an effect (https://react.dev/learn/you-might-not-need-an-effect).
  const [gemeld, setGemeld] = useState({ onleesbaar, taal });
  if (gemeld.onleesbaar !== onleesbaar || gemeld.taal !== taal) {
    setGemeld({ onleesbaar, taal });
    if (onleesbaar) setMelding(T.onleesbaar[taal]);
  }

  if (fout || !ruleSet || !t)
    return <Laadstatus fout={Boolean(fout)} laden={T.laden} taal={taal} />;

  const doorrollen = ruleSet.varianten.get(DOORROLLEN);
  const result = uitslag?.geldig ? uitslag : undefined;
  const vast = fixedDates(result?.planning ?? [], result?.einddatum);

  return (
    <div className="sim">
      <p role="status" className="nl-paragraph sim-status sim-verborgen">
        {melding}
      </p>
      <LinkMelding
        onleesbaar={onleesbaar ? T.onleesbaar[taal] : undefined}
        sleutels={genegeerd}
        taal={taal}
      />
      <section className="sim-formulier" aria-labelledby="tm-invoer">
        <h2 className="nl-heading nl-heading--level-2" id="tm-invoer">
          {T.invoer[taal]}
        </h2>
        <p className="nl-paragraph">{T.invoerHulp[taal]}</p>
        <Fieldset className="sim-veld">
          <FieldsetLegend>{T.gebeurtenissen[taal]}</FieldsetLegend>
          {velden.map((veld) => {
            const key = veld.pad.replace(/^gebeurtenissen\./, '');
            return (
              <Veld
                key={veld.pad}
                veld={veld}
                pad={veld.pad}
                waarde={t.gebeurtenissen[key]}
                taal={taal}
                onChange={(waarde) =>
                  zet((old) => {
                    const gebeurtenissen = { ...old.gebeurtenissen };
                    if (typeof waarde === 'string') gebeurtenissen[key] = waarde;
                    else delete gebeurtenissen[key];
                    return { ...old, gebeurtenissen };
                  })
                }
              />
            );
          })}
        </Fieldset>
        <Peildatum
          waarde={t.peildatum}
          onChange={(peildatum) => zet((old) => ({ ...old, peildatum }))}
          label={T.peildatum}
          hulp={T.peildatumHulp}
          taal={taal}
        />
        {doorrollen && (
          <Keuze
            id="sim-doorrollen"
            type="checkbox"
            label={doorrollen.titel[taal]}
            checked={t.doorrollen}
            beschreven="sim-doorrollen-uitleg"
            onChange={(aan) => zet((old) => ({ ...old, doorrollen: aan }))}
            hulp={
              <p className="nl-paragraph sim-hulp" id="sim-doorrollen-uitleg">
                {doorrollen.uitleg[taal]}
              </p>
            }
          />
        )}
      </section>

      <section className="sim-uitslag" aria-labelledby="tm-uitkomst">
        <h2 className="nl-heading nl-heading--level-2" id="tm-uitkomst">
          {T.uitkomst[taal]}
        </h2>
        {rekenfout && (
          <Melding soort="error" className="sim-problemen" role="alert">
            <p className="nl-paragraph">{T.rekenfout[taal]}</p>
          </Melding>
        )}
        {uitslag && !uitslag.geldig && (
          <Melding soort="error" className="sim-problemen">
            <ul className="utrecht-unordered-list utrecht-unordered-list--html-content">
              {uitslag.problemen.map((p, i) => (
                <li key={i}>{p[taal]}</li>
              ))}
            </ul>
          </Melding>
        )}
        {result && (
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
                            {dayText(termijn.vervaldatum, ruleSet.feestdagen)[taal]}
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
                            <time dateTime={termijn.afgerond}>
                              {formatDate(termijn.afgerond, taal)}
                            </time>
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

            <h3 className="nl-heading nl-heading--level-3">{T.planning[taal]}</h3>
            <Tabel
              id="tm-planning"
              caption={T.planningCaption[taal]}
              kolommen={[
                T.doel[taal],
                T.doeldatum[taal],
                T.uiterlijk[taal],
                LABELS.kop.stand[taal],
              ]}
            >
              <tbody>
                {result.planning.map((stap) => {
                  // Judged by the user's own dates: a plan that came in on time is "gehaald op …".
                  const oordeel = judgePlanning(stap, t.gebeurtenissen);
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

            <h3 className="nl-heading nl-heading--level-3">{T.tijdlijn[taal]}</h3>
            <Tijdlijn
              id="tm-tl"
              taal={taal}
              peildatum={result.peildatum}
              gebeurtenissen={t.gebeurtenissen}
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
                <dt>{LABELS.kop.regelset[taal]}</dt>
                <dd>{result.regelset.versie}</dd>
                <dt>{T.hash[taal]}</dt>
                <dd className="hash">
                  <code className="nl-code">{result.regelset.hash}</code>
                </dd>
                <dt>{T.peildatumKort[taal]}</dt>
                <dd>
                  <time dateTime={result.peildatum}>{formatDate(result.peildatum, taal)}</time>
                </dd>
                <dt>{doorrollen?.titel[taal] ?? DOORROLLEN}</dt>
                <dd>{result.varianten.includes(DOORROLLEN) ? T.ja[taal] : T.nee[taal]}</dd>
              </dl>
            </section>
          </>
        )}
        <div className="sim-knoppen">
          <Button purpose="secondary" onClick={() => window.print()}>
            {T.afdrukken[taal]}
          </Button>
        </div>
      </section>
    </div>
  );
}
