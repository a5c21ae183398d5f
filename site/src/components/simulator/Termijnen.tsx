/**
 * The deadline calculator: the dates of the events in, the reaction times out (due date, status, every
 * day a deadline moved and why), and the backward planning to the approval deadline. It asks the
 * engine's `deadlines`, in the browser; the dates live in the URL fragment.
 */
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { Button } from '@nl-design-system-candidate/button-react';
import { Fieldset, FieldsetLegend } from '@utrecht/fieldset-react';
import './formulier.css';
import './simulator.css';
import type { DeadlinesResult } from '@iza-regels/engine';
import type { Taal } from '../../lib/tekst.ts';
import { isGeldigeDatum, vandaag } from '../../lib/simulator/datum.ts';
import { isObject } from '../../lib/simulator/fragment.ts';
import { FORMULIER } from '../../lib/simulator/formulier.ts';
import { GEBEURTENIS_VELDEN } from '../../lib/simulator/velden.ts';
import { Laadstatus } from './Laadstatus.tsx';
import { Peildatum } from './Peildatum.tsx';
import { LinkMelding } from './LinkMelding.tsx';
import { Melding } from '../ui/Melding.tsx';
import { Keuze, Veld } from './Veld.tsx';
import { useAfdrukkenOpen, useFragmentToestand, useRekenaar, useUitgesteld } from './hooks.ts';
import { TERMIJNEN as T } from '../../lib/woorden/termijnen.ts';

// The result comes with the engine's deadline words, after the form: the HTML built ahead has no
// result, so nothing here moves when they arrive.
const TermijnenUitslag = lazy(() => import('./TermijnenUitslag.tsx'));

interface Toestand {
  readonly gebeurtenissen: Readonly<Record<string, string>>;
  readonly peildatum: string;
  readonly doorrollen: boolean;
}

const DOORROLLEN = 'doorrollen';

const begin = (): Toestand => ({ gebeurtenissen: {}, peildatum: vandaag(), doorrollen: false });
/** What the HTML built ahead shows: no dates, and the peildatum empty (today). */
const LEEG: Toestand = { gebeurtenissen: {}, peildatum: '', doorrollen: false };
const schrijf = (t: Toestand) => ({
  v: 1,
  g: t.gebeurtenissen,
  p: t.peildatum,
  ...(t.doorrollen ? { d: 1 } : {}),
});
/** The events the calculator asks: only these keys of a link are read. */
const EVENTS = new Set(
  FORMULIER.velden
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

export default function Termijnen({ taal }: { taal: Taal }) {
  const { rekenaar, fout } = useRekenaar();
  const {
    toestand: t,
    zet,
    onleesbaar,
    genegeerd,
  } = useFragmentToestand(lees, begin, schrijf, LEEG);
  const [uitslag, setUitslag] = useState<DeadlinesResult>();
  const [melding, setMelding] = useState('');
  const [rekenfout, setFout] = useState(false);
  useAfdrukkenOpen();
  const velden = GEBEURTENIS_VELDEN;

  const invoer = useMemo(
    () => ({
      gebeurtenissen: t.gebeurtenissen,
      peildatum: t.peildatum || vandaag(),
      doorrollen: t.doorrollen,
    }),
    [t],
  );
  const uitgesteld = useUitgesteld(invoer, 150);
  useEffect(() => {
    if (!rekenaar) return;
    const { deadlines, ruleSet } = rekenaar;
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
  }, [rekenaar, uitgesteld, taal]);
  // The notice about an unreadable link when that appears, adjusted while rendering rather than in
  // an effect (https://react.dev/learn/you-might-not-need-an-effect).
  const [gemeld, setGemeld] = useState({ onleesbaar, taal });
  if (gemeld.onleesbaar !== onleesbaar || gemeld.taal !== taal) {
    setGemeld({ onleesbaar, taal });
    if (onleesbaar) setMelding(T.onleesbaar[taal]);
  }

  const doorrollen = FORMULIER.varianten.find((variant) => variant.id === DOORROLLEN);
  const result = uitslag?.geldig ? uitslag : undefined;

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
        {!uitslag && !rekenfout && <Laadstatus fout={Boolean(fout)} laden={T.laden} taal={taal} />}
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
          <Suspense fallback={<Laadstatus fout={false} laden={T.laden} taal={taal} />}>
            <TermijnenUitslag
              result={result}
              gebeurtenissen={t.gebeurtenissen}
              feestdagen={rekenaar?.ruleSet.feestdagen}
              doorrollen={doorrollen?.titel}
              taal={taal}
            />
          </Suspense>
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
