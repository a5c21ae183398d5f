/**
 * The cost lines of the plan: a small repeatable group. Each line has a description, the fields the
 * chosen questions need (domain, nature, funding, …) and amounts per year or month.
 */
import { useEffect, useRef } from 'react';
import { LABELS, formatMoney, type Text } from '@iza-regels/engine';
import type { Taal } from '../../lib/tekst.ts';
import type { Veld as VeldDefinitie } from '../../lib/simulator/velden.ts';
import { planField } from '../../lib/simulator/formulier.ts';
import { veldId } from '../../lib/simulator/velden.ts';
import {
  getal,
  nieuweKostenregel,
  type Kostenregel,
  type Waarde,
} from '../../lib/simulator/toestand.ts';
import { Button } from '@nl-design-system-candidate/button-react';
import { Fieldset, FieldsetLegend } from '@utrecht/fieldset-react';
import { FormField } from '@utrecht/form-field-react';
import { FormFieldDescription } from '@utrecht/form-field-description-react';
import { FormLabel } from '@utrecht/form-label-react';
import { Textbox } from '@utrecht/textbox-react';
import { Melding } from '../ui/Melding.tsx';
import { ALINEA } from './nl.ts';
import { Foutmelding, Veld } from './Veld.tsx';
import { KOSTEN as T } from '../../lib/woorden/formulier.ts';

/** The question of a field every cost line has, from the engine's description of the plan. */
function vraagVan(pad: string): Text {
  const field = planField(pad);
  if (!field) throw new Error(`The plan has no field ${pad}`);
  return field.vraag;
}
const OMSCHRIJVING = vraagVan('kosten[].omschrijving');
const PERIODE = vraagVan('kosten[].bedragen[].periode');

interface Props {
  velden: readonly VeldDefinitie[];
  kosten: readonly Kostenregel[];
  onChange: (kosten: Kostenregel[]) => void;
  taal: Taal;
  probleem: (pad: string) => Text | undefined;
}

export function Kosten({ velden, kosten, onChange, taal, probleem }: Props) {
  const aantal = useRef(kosten.length);
  const toevoegen = useRef<HTMLButtonElement>(null);
  // Focus follows an added line to its first field, and returns to the button when one is removed.
  useEffect(() => {
    if (kosten.length > aantal.current)
      document
        .getElementById(`${veldId(`kosten[${kosten.length - 1}].omschrijving`)}-invoer`)
        ?.focus();
    else if (kosten.length < aantal.current) toevoegen.current?.focus();
    aantal.current = kosten.length;
  }, [kosten.length]);

  const wijzig = (index: number, line: Kostenregel) =>
    onChange(kosten.map((old, i) => (i === index ? line : old)));

  return (
    <div className="sim-kosten">
      <p className={ALINEA}>{T.uitleg[taal]}</p>
      {kosten.length === 0 && (
        <Melding>
          <p className={ALINEA}>{T.geen[taal]}</p>
        </Melding>
      )}
      {kosten.map((line, index) => {
        const nummer = `${LABELS.kop.kostenregel[taal]} ${index + 1}`;
        const omschrijvingId = veldId(`kosten[${index}].omschrijving`);
        return (
          <Fieldset
            className="sim-kostenregel"
            key={index}
            id={veldId(`kosten[${index}]`)}
            tabIndex={-1}
          >
            <FieldsetLegend>
              {nummer}
              {line.omschrijving.trim() && <span lang="nl">: {line.omschrijving.trim()}</span>}
            </FieldsetLegend>
            <FormField
              className="sim-veld"
              id={omschrijvingId}
              label={
                <FormLabel htmlFor={`${omschrijvingId}-invoer`}>{OMSCHRIJVING[taal]}</FormLabel>
              }
              description={
                <FormFieldDescription id={`${omschrijvingId}-hulp`}>
                  {T.omschrijvingHulp[taal]}
                </FormFieldDescription>
              }
              input={
                <Textbox
                  id={`${omschrijvingId}-invoer`}
                  lang="nl"
                  autoComplete="off"
                  value={line.omschrijving}
                  aria-describedby={`${omschrijvingId}-hulp`}
                  onChange={(event) => wijzig(index, { ...line, omschrijving: event.target.value })}
                />
              }
            />
            {velden.map((veld) => {
              const naam = veld.pad.replace(/^kosten\[\]\./, '');
              return (
                <Veld
                  key={naam}
                  veld={veld}
                  pad={`kosten[${index}].${naam}`}
                  waarde={line.velden[naam]}
                  taal={taal}
                  probleem={probleem(`kosten[${index}].${naam}`)}
                  onChange={(waarde: Waarde | undefined) => {
                    const next = { ...line.velden };
                    if (waarde === undefined) delete next[naam];
                    else next[naam] = waarde;
                    wijzig(index, { ...line, velden: next });
                  }}
                />
              );
            })}
            <Fieldset
              className="sim-veld sim-bedragen"
              id={veldId(`kosten[${index}].bedragen`)}
              tabIndex={-1}
            >
              <FieldsetLegend>{PERIODE[taal]}</FieldsetLegend>
              {line.bedragen.map((row, rij) => {
                const periodeId = veldId(`kosten[${index}].bedragen[${rij}].periode`);
                const bedragId = veldId(`kosten[${index}].bedragen[${rij}].bedrag`);
                const periodeFout = probleem(`kosten[${index}].bedragen[${rij}].periode`);
                const bedragFout = probleem(`kosten[${index}].bedragen[${rij}].bedrag`);
                const gelezen = getal(row.bedrag);
                const zet = (change: Partial<typeof row>) =>
                  wijzig(index, {
                    ...line,
                    bedragen: line.bedragen.map((old, i) =>
                      i === rij ? { ...old, ...change } : old,
                    ),
                  });
                return (
                  <div className="sim-bedrag" key={rij}>
                    <FormField
                      id={periodeId}
                      invalid={Boolean(periodeFout)}
                      label={
                        <FormLabel htmlFor={`${periodeId}-invoer`}>{T.periode[taal]}</FormLabel>
                      }
                      description={
                        <FormFieldDescription id={`${periodeId}-hulp`}>
                          {T.periodeHulp[taal]}
                        </FormFieldDescription>
                      }
                      input={
                        <Textbox
                          id={`${periodeId}-invoer`}
                          inputMode="numeric"
                          autoComplete="off"
                          className="sim-periode"
                          value={row.periode}
                          placeholder="2027"
                          aria-describedby={periodeFout ? `${periodeId}-fout` : `${periodeId}-hulp`}
                          invalid={Boolean(periodeFout)}
                          onChange={(event) => zet({ periode: event.target.value })}
                        />
                      }
                      errorMessage={
                        periodeFout && (
                          <Foutmelding id={`${periodeId}-fout`} tekst={periodeFout[taal]} />
                        )
                      }
                    />
                    <FormField
                      id={bedragId}
                      invalid={Boolean(bedragFout)}
                      label={<FormLabel htmlFor={`${bedragId}-invoer`}>{T.bedrag[taal]}</FormLabel>}
                      input={
                        <>
                          <Textbox
                            id={`${bedragId}-invoer`}
                            inputMode="decimal"
                            autoComplete="off"
                            className="sim-getal"
                            value={row.bedrag}
                            aria-describedby={bedragFout ? `${bedragId}-fout` : undefined}
                            invalid={Boolean(bedragFout)}
                            onChange={(event) => zet({ bedrag: event.target.value })}
                          />
                          {gelezen !== undefined && gelezen >= 0 && (
                            <span className="sim-gelezen">{formatMoney(gelezen, taal)}</span>
                          )}
                        </>
                      }
                      errorMessage={
                        bedragFout && (
                          <Foutmelding id={`${bedragId}-fout`} tekst={bedragFout[taal]} />
                        )
                      }
                    />
                    {line.bedragen.length > 1 && (
                      <Button
                        purpose="secondary"
                        className="sim-knop--klein"
                        onClick={() =>
                          wijzig(index, {
                            ...line,
                            bedragen: line.bedragen.filter((_, i) => i !== rij),
                          })
                        }
                      >
                        {T.rijWeg[taal]}
                        <span className="sim-verborgen">
                          {' '}
                          ({T.rij[taal]} {rij + 1}, {nummer})
                        </span>
                      </Button>
                    )}
                  </div>
                );
              })}
              <Button
                purpose="secondary"
                className="sim-knop--klein"
                onClick={() =>
                  wijzig(index, {
                    ...line,
                    bedragen: [...line.bedragen, { periode: '', bedrag: '' }],
                  })
                }
              >
                {T.rijErbij[taal]}
                <span className="sim-verborgen"> ({nummer})</span>
              </Button>
            </Fieldset>
            <Button
              purpose="secondary"
              className="sim-knop--klein"
              onClick={() => onChange(kosten.filter((_, i) => i !== index))}
            >
              {T.verwijderen[taal]} {index + 1}
            </Button>
          </Fieldset>
        );
      })}
      <Button
        purpose="primary"
        id={veldId('kosten')}
        ref={toevoegen}
        onClick={() => onChange([...kosten, nieuweKostenregel()])}
      >
        {T.toevoegen[taal]}
      </Button>
    </div>
  );
}
