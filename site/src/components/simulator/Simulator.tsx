/**
 * The simulator: pick the questions, answer only what their rules need (one step at a time or all at
 * once), and see the answers change while you type, with why, what is missing, other readings and a
 * timeline. Everything runs in the browser; the state lives in the URL fragment and is sent nowhere.
 */
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { Button } from '@nl-design-system-candidate/button-react';
import { Fieldset, FieldsetLegend } from '@utrecht/fieldset-react';
import './formulier.css';
import './simulator.css';
import { LinkMelding } from './LinkMelding.tsx';
import { Melding } from '../ui/Melding.tsx';
import { ALINEA, CODE, KOP, LIJST } from './nl.ts';
import { Laadstatus } from './Laadstatus.tsx';
import { Peildatum } from './Peildatum.tsx';
import { LABELS, OUTCOME_LABEL, type Evaluation, type Outcome } from '@iza-regels/engine';
import type { Taal } from '../../lib/tekst.ts';
import { vandaag } from '../../lib/simulator/datum.ts';
import {
  BEGIN,
  bouwPlan,
  compact,
  uitCompact,
  type Bouw,
  type Toestand,
  type Waarde,
} from '../../lib/simulator/toestand.ts';
import { FORMULIER } from '../../lib/simulator/formulier.ts';
import { ANTWOORD_BIJGEWERKT, BEGIN_REKENEN } from '../../lib/simulator/meten.ts';
import { isKosten, stapVan, stappenVoor, veldId } from '../../lib/simulator/velden.ts';
import { Kosten } from './Kosten.tsx';
import { Keuze, Veld } from './Veld.tsx';
import { focusVeld, useFragmentToestand, useRekenaar, useUitgesteld } from './hooks.ts';
import { SIMULATOR as T } from '../../lib/woorden/simulator.ts';

// The receipt's parts come with the engine's words for them, after the form: the HTML built ahead
// has no receipt, so nothing here moves when they arrive.
const SimulatorUitslag = lazy(() => import('./SimulatorUitslag.tsx'));

const begin = (): Toestand => ({ ...BEGIN, peildatum: vandaag() });
/** What the HTML built ahead shows: nothing chosen, and the peildatum empty (today). */
const LEEG: Toestand = { ...BEGIN, peildatum: '' };
const lees = (data: unknown, genegeerd: string[]): Toestand | undefined =>
  uitCompact(data, vandaag(), genegeerd);

interface Uitslag {
  readonly evaluatie: Evaluation;
  readonly bouw: Bouw;
}

export default function Simulator({ taal }: { taal: Taal }) {
  const {
    toestand: t,
    zet,
    onleesbaar,
    genegeerd,
  } = useFragmentToestand(lees, begin, compact, LEEG);
  // Nothing to calculate before a question is chosen: the engine comes then.
  const { rekenaar, fout } = useRekenaar(t.vragen.length > 0);
  const [rekenfout, setRekenfout] = useState(false);
  const [actief, setActief] = useState<Element | null>(null);
  const [uitslag, setUitslag] = useState<Uitslag>();
  const [melding, setMelding] = useState('');
  const stapKop = useRef<HTMLHeadingElement>(null);
  const antwoordenKop = useRef<HTMLHeadingElement>(null);
  const stapFocus = useRef(false);
  const teFocussen = useRef<string | null>(null);

  // The parts of the state each calculation reads, so that it runs again only when they change.
  const { vragen, antwoorden, kosten, peildatum, varianten } = t;

  // Ask only what can still change an answer (the engine's `openFieldsOf`, from the last answers),
  // and keep what is answered. Before the first answers, every field the questions read.
  const open = useMemo(() => {
    const evaluatie = uitslag?.evaluatie;
    if (!rekenaar || !evaluatie?.geldig) return undefined;
    const paden = new Set(
      rekenaar.openFieldsOf(rekenaar.ruleSet, evaluatie, vragen).map((field) => field.pad),
    );
    for (const pad of Object.keys(antwoorden)) paden.add(pad);
    for (const regel of kosten)
      for (const naam of Object.keys(regel.velden)) paden.add(`kosten[].${naam}`);
    return paden;
  }, [rekenaar, uitslag, vragen, antwoorden, kosten]);
  const stappen = useMemo(() => stappenVoor(vragen, open), [vragen, open]);
  const huidige = Math.min(t.stap, Math.max(stappen.length - 1, 0));

  // Recalculate shortly after the last change of anything the engine reads.
  const invoer = useMemo(
    () => ({
      bouw: bouwPlan({ antwoorden, kosten }),
      peildatum: peildatum || vandaag(),
      varianten,
    }),
    [antwoorden, kosten, peildatum, varianten],
  );
  const uitgesteld = useUitgesteld(invoer, 150);
  useEffect(() => {
    if (!rekenaar) return;
    const { evaluateWith, ruleSet } = rekenaar;
    let live = true;
    // From here to the answers on the page is measured (the browser test prints it).
    performance.mark(BEGIN_REKENEN);
    void evaluateWith(ruleSet, uitgesteld.bouw.plan, {
      peildatum: uitgesteld.peildatum,
      variant: [...uitgesteld.varianten.filter((v) => ruleSet.varianten.has(v))],
      andereLezingen: true,
    }).then(
      (evaluatie) => {
        if (!live) return;
        setRekenfout(false);
        setUitslag({ evaluatie, bouw: uitgesteld.bouw });
      },
      // An exception in the engine is a message on the page, never "berekend…" for ever.
      () => {
        if (!live) return;
        setRekenfout(true);
        setMelding(T.rekenfout[taal]);
      },
    );
    return () => {
      live = false;
    };
  }, [rekenaar, uitgesteld, taal]);

  useEffect(() => {
    if (uitslag && performance.getEntriesByName(BEGIN_REKENEN).length > 0)
      performance.measure(ANTWOORD_BIJGEWERKT, BEGIN_REKENEN);
  }, [uitslag]);

  // Say in the live region what changed, only when the answers or problems change.
  const samenvatting = useMemo(() => {
    if (!uitslag) return '';
    const { evaluatie, bouw } = uitslag;
    if (!evaluatie.geldig) return evaluatie.problemen.map((p) => p[taal]).join(' ');
    const tellingen = new Map<Outcome, number>();
    for (const vraag of evaluatie.vragen.filter((v) => vragen.includes(v.id)))
      tellingen.set(vraag.uitkomst, (tellingen.get(vraag.uitkomst) ?? 0) + 1);
    const delen = [...tellingen].map(([uitkomst, n]) => `${n} × ${OUTCOME_LABEL[uitkomst][taal]}`);
    const problemen =
      bouw.problemen.length > 0
        ? ` ${T.probleemMelding[taal].replace('{n}', String(bouw.problemen.length))}`
        : '';
    return `${T.bijgewerkt[taal]}${delen.length > 0 ? `: ${delen.join(', ')}` : ''}.${problemen}`;
  }, [uitslag, vragen, taal]);
  // Adjusted while rendering, not in an effect (https://react.dev/learn/you-might-not-need-an-effect):
  // the summary when it changes, then the notice about an unreadable link when that appears.
  const [gemeld, setGemeld] = useState({ samenvatting, onleesbaar, taal });
  if (
    gemeld.samenvatting !== samenvatting ||
    gemeld.onleesbaar !== onleesbaar ||
    gemeld.taal !== taal
  ) {
    setGemeld({ samenvatting, onleesbaar, taal });
    if (gemeld.samenvatting !== samenvatting) setMelding(samenvatting);
    if (onleesbaar && (gemeld.onleesbaar !== onleesbaar || gemeld.taal !== taal))
      setMelding(T.onleesbaar[taal]);
  }

  useEffect(() => {
    if (stapFocus.current) stapKop.current?.focus();
    stapFocus.current = false;
  }, [huidige]);
  useEffect(() => {
    if (teFocussen.current && focusVeld(teFocussen.current)) teFocussen.current = null;
  });

  const bouw = uitslag?.bouw;
  const evaluatie = uitslag?.evaluatie;
  const receipt = evaluatie?.geldig ? evaluatie : undefined;
  const kostenIndex = bouw?.kostenIndex ?? [];
  // Validate on blur: no red error while a field, or the row of amounts around it, is being typed in.
  const bezigMet = (pad: string): boolean => {
    const veld = actief && document.getElementById(veldId(pad));
    const rij = veld?.closest('.sim-bedragen') ?? veld;
    return Boolean(actief && rij?.contains(actief));
  };
  // From the answers as they are now, not the delayed evaluation: a problem already solved must not
  // flash up (and move the form) when the focus leaves the field.
  const problemen = invoer.bouw.problemen.filter((p) => !bezigMet(p.pad));
  const probleem = (pad: string) => problemen.find((p) => p.pad === pad)?.tekst;
  const zetAntwoord = (pad: string) => (waarde: Waarde | undefined) =>
    zet((old) => {
      const antwoorden = { ...old.antwoorden };
      if (waarde === undefined) delete antwoorden[pad];
      else antwoorden[pad] = waarde;
      return { ...old, antwoorden };
    });
  const naarStap = (stap: number) => {
    stapFocus.current = true;
    zet((old) => ({ ...old, stap }));
  };

  /** Where the form holds the field of a missing fact (`kosten[1].aard` is the second line of the plan). */
  const formPad = (invoer: string): string | undefined => {
    if (invoer === '(optie peildatum)') return undefined;
    return invoer.replace(
      /^kosten\[(\d+)\]/,
      (_heel, i: string) => `kosten[${kostenIndex[Number(i)] ?? i}]`,
    );
  };
  const kanNaar = (invoer: string): boolean => {
    const pad = formPad(invoer);
    return invoer === '(optie peildatum)' || (pad !== undefined && stapVan(stappen, pad) >= 0);
  };
  const gaNaar = (invoer: string): void => {
    const pad = formPad(invoer);
    if (pad === undefined) {
      focusVeld('sim-peildatum');
      return;
    }
    const stap = stapVan(stappen, pad);
    const id = isKosten(pad) && !/^kosten\[\d+\]/.test(pad) ? veldId('kosten') : veldId(pad);
    if (!t.alles && stap >= 0 && stap !== huidige) {
      teFocussen.current = id;
      zet((old) => ({ ...old, stap }));
    } else focusVeld(id);
  };

  const velden = (index: number) => {
    const stap = stappen[index];
    if (!stap) return null;
    if (stap.id === 'kosten')
      return (
        <Kosten
          velden={stap.velden}
          kosten={t.kosten}
          onChange={(kosten) => zet((old) => ({ ...old, kosten }))}
          taal={taal}
          probleem={probleem}
        />
      );
    return stap.velden.map((veld) => (
      <Veld
        key={veld.pad}
        veld={veld}
        pad={veld.pad}
        waarde={t.antwoorden[veld.pad]}
        onChange={zetAntwoord(veld.pad)}
        taal={taal}
        probleem={probleem(veld.pad)}
      />
    ));
  };

  const gebeurtenissen = (uitslag?.bouw.plan.gebeurtenissen ?? {}) as Record<string, unknown>;
  const gekozenVragen = receipt?.vragen.filter((v) => t.vragen.includes(v.id)) ?? [];

  return (
    <div className="sim">
      <p role="status" className="sim-status sim-verborgen">
        {melding}
      </p>

      <LinkMelding
        onleesbaar={onleesbaar ? T.onleesbaar[taal] : undefined}
        sleutels={genegeerd}
        taal={taal}
      />
      <section className="sim-kiezen" aria-labelledby="sim-kiezen">
        <h2 className={KOP[2]} id="sim-kiezen">
          {T.kiezen[taal]}
        </h2>
        <Fieldset className="sim-veld">
          <FieldsetLegend>{T.vragenLegend[taal]}</FieldsetLegend>
          <div className="sim-keuzes">
            {FORMULIER.vragen.map((vraag) => (
              <Keuze
                key={vraag.id}
                id={`sim-vraag-${vraag.id}`}
                type="checkbox"
                label={vraag.titel[taal]}
                checked={t.vragen.includes(vraag.id)}
                onChange={(aan) =>
                  zet((old) => ({
                    ...old,
                    vragen: FORMULIER.vragen
                      .map((v) => v.id)
                      .filter((id) => (id === vraag.id ? aan : old.vragen.includes(id))),
                  }))
                }
              />
            ))}
          </div>
        </Fieldset>

        <Fieldset className="sim-veld sim-instellingen">
          <FieldsetLegend>{T.instellingen[taal]}</FieldsetLegend>
          <Peildatum
            waarde={t.peildatum}
            onChange={(peildatum) => zet((old) => ({ ...old, peildatum }))}
            label={T.peildatum}
            hulp={T.peildatumHulp}
            taal={taal}
          />
          <Fieldset className="sim-veld" aria-describedby="sim-varianten-hulp">
            <FieldsetLegend>{T.varianten[taal]}</FieldsetLegend>
            <p className={`${ALINEA} sim-hulp`} id="sim-varianten-hulp">
              {T.variantenHulp[taal]}
            </p>
            <div className="sim-keuzes">
              {FORMULIER.varianten.map((variant) => (
                <Keuze
                  key={variant.id}
                  id={`sim-variant-${variant.id}`}
                  type="checkbox"
                  label={
                    <>
                      {variant.titel[taal]}{' '}
                      <span className="nl-data-badge label">
                        {LABELS.zekerheid[variant.zekerheid][taal]}
                      </span>
                    </>
                  }
                  checked={t.varianten.includes(variant.id)}
                  beschreven={`sim-variant-${variant.id}-uitleg`}
                  onChange={(aan) =>
                    zet((old) => ({
                      ...old,
                      varianten: FORMULIER.varianten
                        .map((v) => v.id)
                        .filter((id) => (id === variant.id ? aan : old.varianten.includes(id))),
                    }))
                  }
                  hulp={
                    <details className="sim-hulp">
                      <summary>{T.watBetekent[taal]}</summary>
                      <p className={ALINEA} id={`sim-variant-${variant.id}-uitleg`}>
                        {variant.uitleg[taal]}
                      </p>
                    </details>
                  }
                />
              ))}
            </div>
          </Fieldset>
        </Fieldset>
      </section>

      <section
        className="sim-formulier"
        aria-labelledby="sim-gegevens"
        onFocus={(event) => setActief(event.target)}
        onBlur={() => setActief(null)}
      >
        <h2 className={KOP[2]} id="sim-gegevens">
          {T.gegevens[taal]}
        </h2>
        {t.vragen.length === 0 ? (
          <Melding>
            <p className={ALINEA}>{T.geenVragen[taal]}</p>
          </Melding>
        ) : stappen.length === 0 ? (
          <p className={ALINEA}>{T.geenGegevens[taal]}</p>
        ) : (
          <>
            <p className={ALINEA}>{T.gegevensHulp[taal]}</p>
            <Keuze
              id="sim-alles"
              type="checkbox"
              className="sim-alles"
              label={T.alles[taal]}
              checked={t.alles}
              onChange={(aan) => zet((old) => ({ ...old, alles: aan }))}
            />
            {t.alles ? (
              stappen.map((stap, index) => (
                <section className="sim-stap" key={stap.id} aria-labelledby={`sim-stap-${stap.id}`}>
                  <h3 className={KOP[3]} id={`sim-stap-${stap.id}`}>
                    {stap.titel[taal]}
                  </h3>
                  {velden(index)}
                </section>
              ))
            ) : (
              <>
                <nav aria-label={T.stappen[taal]}>
                  <ol className="sim-stappen">
                    {stappen.map((stap, index) => (
                      <li key={stap.id}>
                        <Button
                          purpose={index === huidige ? 'primary' : 'subtle'}
                          className="sim-stapknop"
                          aria-current={index === huidige ? 'step' : undefined}
                          onClick={() => naarStap(index)}
                        >
                          <span className="sim-stapnummer">{index + 1}</span> {stap.titel[taal]}
                        </Button>
                      </li>
                    ))}
                  </ol>
                </nav>
                <section className="sim-stap" aria-labelledby="sim-stap-kop">
                  <h3 className={KOP[3]} id="sim-stap-kop" ref={stapKop} tabIndex={-1}>
                    {T.stap[taal]} {huidige + 1} {T.van[taal]} {stappen.length}:{' '}
                    {stappen[huidige]?.titel[taal]}
                  </h3>
                  {velden(huidige)}
                  <div className="sim-stapnavigatie">
                    <Button
                      purpose="secondary"
                      htmlDisabled={huidige === 0}
                      onClick={() => naarStap(huidige - 1)}
                    >
                      {T.vorige[taal]}
                    </Button>
                    {huidige < stappen.length - 1 ? (
                      <Button purpose="primary" onClick={() => naarStap(huidige + 1)}>
                        {T.volgende[taal]}
                      </Button>
                    ) : (
                      <Button purpose="primary" onClick={() => antwoordenKop.current?.focus()}>
                        {T.naarAntwoorden[taal]}
                      </Button>
                    )}
                  </div>
                </section>
              </>
            )}
            {gekozenVragen.length > 0 && (
              <div className="sim-kort">
                <h3 className={KOP[3]}>{T.kort[taal]}</h3>
                <ul className="kaal">
                  {gekozenVragen.map((vraag) => (
                    <li key={vraag.id}>
                      <button
                        type="button"
                        className="sim-link"
                        onClick={() => document.getElementById(`antwoord-${vraag.id}`)?.focus()}
                      >
                        {vraag.titel[taal]}
                      </button>
                      {/* The engine's sentence, not the bare outcome: "voldoet niet" would hide a
                          partial answer ("Deels: 2026 en 2027 wel, 2028 niet"). */}
                      <span className="sim-kort-zin" data-kort-antwoord>
                        {vraag.samenvatting[taal]}
                      </span>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </>
        )}
      </section>

      <section className="sim-uitslag" aria-labelledby="sim-antwoorden">
        <h2 className={KOP[2]} id="sim-antwoorden" ref={antwoordenKop} tabIndex={-1}>
          {T.antwoorden[taal]}
        </h2>
        <p className={`${ALINEA} sim-alleen-afdruk`}>{T.samenvatting[taal]}</p>
        {t.vragen.length === 0 ? (
          <p className={ALINEA}>{T.geenVragen[taal]}</p>
        ) : (
          <>
            {problemen.length > 0 && (
              <Melding soort="error" className="sim-problemen">
                <p className={ALINEA}>{T.problemen[taal]}</p>
                <ul className={LIJST}>
                  {problemen.map((p) => (
                    <li key={p.pad}>
                      <button type="button" className="sim-link" onClick={() => gaNaar(p.pad)}>
                        {p.tekst[taal]}
                      </button>
                    </li>
                  ))}
                </ul>
              </Melding>
            )}
            {evaluatie && !evaluatie.geldig && (
              <Melding soort="error" className="sim-problemen">
                <ul className={LIJST}>
                  {evaluatie.problemen.map((p, i) => (
                    <li key={i}>
                      {p[taal]} <code className={CODE}>{p.pad}</code>
                    </li>
                  ))}
                </ul>
              </Melding>
            )}
            {rekenfout && (
              <Melding soort="error" className="sim-problemen" role="alert">
                <p className={ALINEA}>{T.rekenfout[taal]}</p>
              </Melding>
            )}
            {!evaluatie && !rekenfout && (
              <Laadstatus fout={Boolean(fout)} laden={T.rekenen} taal={taal} />
            )}
            {receipt && (
              <Suspense fallback={<Laadstatus fout={false} laden={T.rekenen} taal={taal} />}>
                <SimulatorUitslag
                  receipt={receipt}
                  vragen={t.vragen}
                  taal={taal}
                  kostenIndex={kostenIndex}
                  gaNaar={gaNaar}
                  kanNaar={kanNaar}
                  gebeurtenissen={gebeurtenissen}
                />
              </Suspense>
            )}
          </>
        )}
        <div className="sim-knoppen">
          <p className={ALINEA}>{T.delen[taal]}</p>
          <div className="utrecht-button-group">
            <Button
              purpose="secondary"
              onClick={() => {
                const klaar = () => setMelding(T.gekopieerd[taal]);
                const mislukt = () => setMelding(T.nietGekopieerd[taal]);
                if (navigator.clipboard)
                  navigator.clipboard.writeText(window.location.href).then(klaar, mislukt);
                else mislukt();
              }}
            >
              {T.kopieer[taal]}
            </Button>
            <Button purpose="secondary" onClick={() => window.print()}>
              {T.afdrukken[taal]}
            </Button>
            <Button
              purpose="secondary"
              onClick={() => {
                zet(begin());
                setMelding(T.opnieuwGedaan[taal]);
              }}
            >
              {T.opnieuw[taal]}
            </Button>
          </div>
        </div>
      </section>
    </div>
  );
}
