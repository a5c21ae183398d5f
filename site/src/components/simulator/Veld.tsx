/**
 * One question of the form, with the control its field needs: yes / no / don't know, a date (with
 * "has not happened yet" where the plan allows it), a choice, several choices, a number or a text.
 * "Weet ik niet" is always possible and leaves the field out of the plan: the rule then says which
 * facts are still missing, instead of guessing. Nothing is ticked for the user: an unanswered choice
 * shows no radio button checked, and "Weet ik niet" is checked only once it is chosen. Built from the NL Design System form components
 * (Utrecht's form field, fieldset, radio button, checkbox and textbox).
 */
import { useState, type ReactNode } from 'react';
import type { Text } from '@iza-regels/engine';
import { Checkbox } from '@utrecht/checkbox-react';
import { Fieldset, FieldsetLegend } from '@utrecht/fieldset-react';
import { FormField } from '@utrecht/form-field-react';
import { FormFieldDescription } from '@utrecht/form-field-description-react';
import { FormFieldErrorMessage } from '@utrecht/form-field-error-message-react';
import { FormLabel } from '@utrecht/form-label-react';
import { RadioButton } from '@utrecht/radio-button-react';
import { Textbox } from '@utrecht/textbox-react';
import type { Taal } from '../../lib/tekst.ts';
import { formatMoney } from '@iza-regels/engine';
import type { Veld as VeldDefinitie } from '../../lib/simulator/velden.ts';
import { veldId } from '../../lib/simulator/velden.ts';
import { VELD } from '../../lib/woorden.ts';
import { getal, type Waarde } from '../../lib/simulator/toestand.ts';

interface Props {
  veld: VeldDefinitie;
  /** The path of this field in the form, e.g. `kosten[1].aard`; names the DOM ids. */
  pad: string;
  waarde: Waarde | undefined;
  onChange: (waarde: Waarde | undefined) => void;
  taal: Taal;
  probleem?: Text | undefined;
}

/** One radio button or checkbox with its label, on the NL Design System form field. */
export function Keuze({
  id,
  name,
  type,
  label,
  checked,
  onChange,
  beschreven,
  hulp,
  className,
}: {
  id: string;
  /** The group of a radio button. */
  name?: string;
  type: 'radio' | 'checkbox';
  label: ReactNode;
  checked: boolean;
  onChange: (aan: boolean) => void;
  beschreven?: string | undefined;
  /** Help below the label, e.g. a <details> that explains the choice. */
  hulp?: ReactNode;
  className?: string;
}) {
  const Invoer = type === 'radio' ? RadioButton : Checkbox;
  return (
    <FormField
      type={type}
      className={`sim-keuze${className ? ` ${className}` : ''}`}
      label={
        <FormLabel htmlFor={id} type={type} checked={checked}>
          {label}
        </FormLabel>
      }
      description={hulp}
      input={
        <Invoer
          id={id}
          name={name}
          checked={checked}
          appearance={type === 'checkbox' ? 'html' : undefined}
          onChange={(event) => onChange(event.target.checked)}
          aria-describedby={beschreven}
        />
      }
    />
  );
}

/** The message under a field that cannot be used as typed; the cross is for the eye only. */
export function Foutmelding({ id, tekst }: { id: string | undefined; tekst: string }) {
  return (
    <FormFieldErrorMessage id={id}>
      <span aria-hidden="true">✖ </span>
      {tekst}
    </FormFieldErrorMessage>
  );
}

export function Veld({ veld, pad, waarde, onChange, taal, probleem }: Props) {
  const id = veldId(pad);
  const fout = probleem ? `${id}-fout` : undefined;
  const hulp = veld.zelfVerklaard ? `${id}-hulp` : undefined;
  const beschreven = [hulp, fout].filter(Boolean).join(' ') || undefined;
  const vraag = veld.vraag[taal];
  const hulpTekst = veld.zelfVerklaard && (
    <FormFieldDescription id={hulp}>{VELD.zelf[taal]}</FormFieldDescription>
  );
  const foutTekst = probleem && <Foutmelding id={fout} tekst={probleem[taal]} />;
  // "Weet ik niet" as a choice of its own. The plan cannot tell it from no answer (both leave the
  // field out), so only this field remembers it, until another answer arrives (adjusted while
  // rendering, https://react.dev/learn/you-might-not-need-an-effect). The same `false` at build time
  // and in the browser's first render, so the HTML from the build stays as it is.
  const [weetNiet, setWeetNiet] = useState(false);
  if (weetNiet && waarde !== undefined) setWeetNiet(false);
  const onbekend = weetNiet && waarde === undefined;
  const extra = (
    <>
      {hulpTekst}
      {foutTekst}
    </>
  );

  const radio = (key: string, label: string, checked: boolean, value: Waarde | undefined) => (
    <Keuze
      key={key}
      id={`${id}-${key}`}
      name={id}
      type="radio"
      label={label}
      checked={checked}
      onChange={() => {
        setWeetNiet(value === undefined);
        onChange(value);
      }}
      beschreven={beschreven}
    />
  );
  const groep = (keuzes: ReactNode, rij = false) => (
    <Fieldset className="sim-veld" id={id} tabIndex={-1} invalid={Boolean(probleem)}>
      <FieldsetLegend>{vraag}</FieldsetLegend>
      {extra}
      <div className={rij ? 'sim-keuzes sim-keuzes--rij' : 'sim-keuzes'}>{keuzes}</div>
    </Fieldset>
  );

  const { soort } = veld;
  switch (soort.soort) {
    case 'ja-nee':
      return groep(
        <>
          {radio('ja', VELD.ja[taal], waarde === true, true)}
          {radio('nee', VELD.nee[taal], waarde === false, false)}
          {radio('onbekend', VELD.weetNiet[taal], onbekend, undefined)}
        </>,
        true,
      );
    case 'keuze':
      return groep(
        <>
          {soort.opties.map((optie) =>
            radio(optie.waarde, optie.label[taal], waarde === optie.waarde, optie.waarde),
          )}
          {soort.leeg && radio('leeg', soort.leeg[taal], waarde === null, null)}
          {radio('onbekend', VELD.weetNiet[taal], onbekend, undefined)}
        </>,
      );
    case 'meerkeuze': {
      const waarden = soort.opties.map((optie) => optie.waarde);
      const gekozen = Array.isArray(waarde) ? waarde : undefined;
      const toggle = (optie: string, aan: boolean) => {
        const next = (gekozen ?? []).filter((o) => o !== optie);
        if (aan) next.push(optie);
        onChange(next.length > 0 ? waarden.filter((o) => next.includes(o)) : undefined);
      };
      return groep(
        <>
          {soort.opties.map((optie) => (
            <Keuze
              key={optie.waarde}
              id={`${id}-${optie.waarde}`}
              type="checkbox"
              label={optie.label[taal]}
              checked={gekozen?.includes(optie.waarde) ?? false}
              onChange={(aan) => toggle(optie.waarde, aan)}
              beschreven={beschreven}
            />
          ))}
          <Keuze
            id={`${id}-geen`}
            type="checkbox"
            label={VELD.geenVanDeze[taal]}
            checked={gekozen !== undefined && gekozen.length === 0}
            onChange={(aan) => onChange(aan ? [] : undefined)}
            beschreven={beschreven}
          />
        </>,
      );
    }
    case 'datum': {
      const datum = typeof waarde === 'string' ? waarde : '';
      const input = (
        <Textbox
          type="date"
          id={`${id}-datum`}
          className="sim-datum-invoer"
          value={datum}
          disabled={waarde === null}
          onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)}
          aria-describedby={beschreven}
          invalid={Boolean(probleem)}
        />
      );
      if (!soort.leeg)
        return (
          <FormField
            className="sim-veld"
            id={id}
            invalid={Boolean(probleem)}
            label={<FormLabel htmlFor={`${id}-datum`}>{vraag}</FormLabel>}
            description={hulpTekst}
            input={input}
            errorMessage={foutTekst}
          />
        );
      return (
        <Fieldset className="sim-veld" id={id} tabIndex={-1} invalid={Boolean(probleem)}>
          <FieldsetLegend>{vraag}</FieldsetLegend>
          {extra}
          <FormField
            className="sim-datum"
            label={<FormLabel htmlFor={`${id}-datum`}>{VELD.datum[taal]}</FormLabel>}
            input={input}
          />
          <Keuze
            id={`${id}-nog-niet`}
            type="checkbox"
            label={soort.leeg[taal]}
            checked={waarde === null}
            onChange={(aan) => onChange(aan ? null : undefined)}
          />
        </Fieldset>
      );
    }
    case 'getal':
    case 'tekst': {
      const tekst = typeof waarde === 'string' ? waarde : '';
      const gelezen = soort.soort === 'getal' && soort.euro ? getal(tekst) : undefined;
      const voorbeeld =
        soort.soort === 'getal'
          ? soort.euro
            ? VELD.euro
            : soort.geheel
              ? VELD.jaar
              : undefined
          : undefined;
      const voorbeeldId = voorbeeld ? `${id}-voorbeeld` : undefined;
      return (
        <FormField
          className="sim-veld"
          id={id}
          invalid={Boolean(probleem)}
          label={<FormLabel htmlFor={`${id}-invoer`}>{vraag}</FormLabel>}
          description={
            (voorbeeld || hulpTekst) && (
              <>
                {voorbeeld && (
                  <FormFieldDescription id={voorbeeldId}>{voorbeeld[taal]}</FormFieldDescription>
                )}
                {hulpTekst}
              </>
            )
          }
          input={
            <>
              <Textbox
                id={`${id}-invoer`}
                inputMode={
                  soort.soort === 'getal' ? (soort.geheel ? 'numeric' : 'decimal') : undefined
                }
                autoComplete="off"
                className={soort.soort === 'getal' ? 'sim-getal' : undefined}
                value={tekst}
                disabled={waarde === null}
                onChange={(event) =>
                  onChange(event.target.value === '' ? undefined : event.target.value)
                }
                aria-describedby={[voorbeeldId, beschreven].filter(Boolean).join(' ') || undefined}
                invalid={Boolean(probleem)}
              />
              {gelezen !== undefined && gelezen >= 0 && (
                <span className="sim-gelezen">
                  {VELD.gelezen[taal]} {formatMoney(gelezen, taal)}
                </span>
              )}
            </>
          }
          errorMessage={foutTekst}
        >
          {soort.soort === 'tekst' && soort.leeg && (
            <Keuze
              id={`${id}-leeg`}
              type="checkbox"
              label={soort.leeg[taal]}
              checked={waarde === null}
              onChange={(aan) => onChange(aan ? null : undefined)}
            />
          )}
        </FormField>
      );
    }
  }
}
