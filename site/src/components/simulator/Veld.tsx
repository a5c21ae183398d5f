/**
 * One question of the form, with the control its field needs: yes / no / don't know, a date (with
 * "has not happened yet" where the plan allows it), a choice, several choices, a number or a text.
 * "Weet ik niet" is always possible and leaves the field out of the plan: the rule then says which
 * facts are still missing, instead of guessing.
 */
import type { Text } from '@iza-regels/engine';
import type { Taal } from '../../lib/tekst.ts';
import { formatMoney } from '@iza-regels/engine';
import type { Veld as VeldDefinitie } from '../../lib/simulator/velden.ts';
import { veldId } from '../../lib/simulator/velden.ts';
import { getal, type Waarde } from '../../lib/simulator/toestand.ts';
import { KEUZE, LEEG, LEEG_DATUM, woordVoor } from '../../lib/simulator/woorden.ts';

const T = {
  ja: { nl: 'Ja', en: 'Yes' },
  nee: { nl: 'Nee', en: 'No' },
  weetNiet: { nl: 'Weet ik niet', en: 'I don’t know' },
  geenVanDeze: { nl: 'Geen van deze', en: 'None of these' },
  datum: { nl: 'Datum', en: 'Date' },
  zelf: {
    nl: 'Dit is uw eigen oordeel. De uitslag noemt het ‘zelf verklaard’.',
    en: 'This is your own judgement. The result calls it ‘self-declared’.',
  },
  euro: { nl: 'Bedrag in euro, bijvoorbeeld 12.500', en: 'Amount in euros, for example 12,500' },
  jaar: { nl: 'Een jaartal, bijvoorbeeld 2026', en: 'A year, for example 2026' },
  gelezen: { nl: 'Gelezen als', en: 'Read as' },
} satisfies Record<string, Text>;

interface Props {
  veld: VeldDefinitie;
  /** The path of this field in the form, e.g. `kosten[1].aard`; names the DOM ids. */
  pad: string;
  /** The choices table is looked up by this path (`kosten[].aard` for every cost line). */
  keuzePad?: string;
  waarde: Waarde | undefined;
  onChange: (waarde: Waarde | undefined) => void;
  taal: Taal;
  probleem?: Text | undefined;
}

export function Veld({ veld, pad, keuzePad = pad, waarde, onChange, taal, probleem }: Props) {
  const id = veldId(pad);
  const fout = probleem ? `${id}-fout` : undefined;
  const hulp = veld.zelfVerklaard ? `${id}-hulp` : undefined;
  const beschreven = [hulp, fout].filter(Boolean).join(' ') || undefined;
  const vraag = veld.vraag[taal];
  const extra = (
    <>
      {veld.zelfVerklaard && (
        <p className="sim-hulp" id={hulp}>
          {T.zelf[taal]}
        </p>
      )}
      {probleem && (
        <p className="sim-fout" id={fout}>
          <span aria-hidden="true">✖ </span>
          {probleem[taal]}
        </p>
      )}
    </>
  );

  const radio = (key: string, label: string, checked: boolean, value: Waarde | undefined) => (
    <div className="sim-keuze" key={key}>
      <input
        type="radio"
        id={`${id}-${key}`}
        name={id}
        checked={checked}
        onChange={() => onChange(value)}
        aria-describedby={beschreven}
      />
      <label htmlFor={`${id}-${key}`}>{label}</label>
    </div>
  );

  const { soort } = veld;
  switch (soort.soort) {
    case 'ja-nee':
      return (
        <fieldset className="sim-veld" id={id} tabIndex={-1}>
          <legend>{vraag}</legend>
          {extra}
          <div className="sim-keuzes sim-keuzes--rij">
            {radio('ja', T.ja[taal], waarde === true, true)}
            {radio('nee', T.nee[taal], waarde === false, false)}
            {radio('onbekend', T.weetNiet[taal], waarde === undefined, undefined)}
          </div>
        </fieldset>
      );
    case 'keuze': {
      const tabel = KEUZE[keuzePad];
      return (
        <fieldset className="sim-veld" id={id} tabIndex={-1}>
          <legend>{vraag}</legend>
          {extra}
          <div className="sim-keuzes">
            {soort.opties.map((optie) =>
              radio(optie, woordVoor(tabel, optie)[taal], waarde === optie, optie),
            )}
            {soort.leeg && radio('leeg', woordVoor(LEEG, keuzePad)[taal], waarde === null, null)}
            {radio('onbekend', T.weetNiet[taal], waarde === undefined, undefined)}
          </div>
        </fieldset>
      );
    }
    case 'meerkeuze': {
      const tabel = KEUZE[keuzePad];
      const gekozen = Array.isArray(waarde) ? waarde : undefined;
      const toggle = (optie: string, aan: boolean) => {
        const next = (gekozen ?? []).filter((o) => o !== optie);
        if (aan) next.push(optie);
        onChange(next.length > 0 ? soort.opties.filter((o) => next.includes(o)) : undefined);
      };
      return (
        <fieldset className="sim-veld" id={id} tabIndex={-1}>
          <legend>{vraag}</legend>
          {extra}
          <div className="sim-keuzes">
            {soort.opties.map((optie) => (
              <div className="sim-keuze" key={optie}>
                <input
                  type="checkbox"
                  id={`${id}-${optie}`}
                  checked={gekozen?.includes(optie) ?? false}
                  onChange={(event) => toggle(optie, event.target.checked)}
                  aria-describedby={beschreven}
                />
                <label htmlFor={`${id}-${optie}`}>{woordVoor(tabel, optie)[taal]}</label>
              </div>
            ))}
            <div className="sim-keuze">
              <input
                type="checkbox"
                id={`${id}-geen`}
                checked={gekozen !== undefined && gekozen.length === 0}
                onChange={(event) => onChange(event.target.checked ? [] : undefined)}
                aria-describedby={beschreven}
              />
              <label htmlFor={`${id}-geen`}>{T.geenVanDeze[taal]}</label>
            </div>
          </div>
        </fieldset>
      );
    }
    case 'datum': {
      const datum = typeof waarde === 'string' ? waarde : '';
      const input = (
        <input
          type="date"
          id={`${id}-datum`}
          value={datum}
          disabled={waarde === null}
          onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)}
          aria-describedby={beschreven}
          aria-invalid={probleem ? true : undefined}
        />
      );
      if (!soort.leeg)
        return (
          <div className="sim-veld" id={id}>
            <label htmlFor={`${id}-datum`}>{vraag}</label>
            {extra}
            {input}
          </div>
        );
      return (
        <fieldset className="sim-veld" id={id} tabIndex={-1}>
          <legend>{vraag}</legend>
          {extra}
          <div className="sim-datum">
            <label htmlFor={`${id}-datum`}>{T.datum[taal]}</label>
            {input}
          </div>
          <div className="sim-keuze">
            <input
              type="checkbox"
              id={`${id}-nog-niet`}
              checked={waarde === null}
              onChange={(event) => onChange(event.target.checked ? null : undefined)}
            />
            <label htmlFor={`${id}-nog-niet`}>{(LEEG[keuzePad] ?? LEEG_DATUM)[taal]}</label>
          </div>
        </fieldset>
      );
    }
    case 'getal':
    case 'tekst': {
      const tekst = typeof waarde === 'string' ? waarde : '';
      const gelezen = soort.soort === 'getal' && soort.euro ? getal(tekst) : undefined;
      const voorbeeld =
        soort.soort === 'getal'
          ? soort.euro
            ? T.euro
            : soort.geheel
              ? T.jaar
              : undefined
          : undefined;
      const voorbeeldId = voorbeeld ? `${id}-voorbeeld` : undefined;
      return (
        <div className="sim-veld" id={id}>
          <label htmlFor={`${id}-invoer`}>{vraag}</label>
          {voorbeeld && (
            <p className="sim-hulp" id={voorbeeldId}>
              {voorbeeld[taal]}
            </p>
          )}
          {extra}
          <input
            type="text"
            id={`${id}-invoer`}
            inputMode={soort.soort === 'getal' ? (soort.geheel ? 'numeric' : 'decimal') : undefined}
            autoComplete="off"
            className={soort.soort === 'getal' ? 'sim-getal' : undefined}
            value={tekst}
            disabled={waarde === null}
            onChange={(event) =>
              onChange(event.target.value === '' ? undefined : event.target.value)
            }
            aria-describedby={[voorbeeldId, beschreven].filter(Boolean).join(' ') || undefined}
            aria-invalid={probleem ? true : undefined}
          />
          {gelezen !== undefined && gelezen >= 0 && (
            <span className="sim-gelezen">
              {T.gelezen[taal]} {formatMoney(gelezen, taal)}
            </span>
          )}
          {soort.soort === 'tekst' && soort.leeg && (
            <div className="sim-keuze">
              <input
                type="checkbox"
                id={`${id}-leeg`}
                checked={waarde === null}
                onChange={(event) => onChange(event.target.checked ? null : undefined)}
              />
              <label htmlFor={`${id}-leeg`}>{woordVoor(LEEG, keuzePad)[taal]}</label>
            </div>
          )}
        </div>
      );
    }
  }
}
