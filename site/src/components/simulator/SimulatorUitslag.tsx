/**
 * The simulator's receipt for the chosen questions: the answers with why and what would change them,
 * the timeline, and what the receipt was made from. It is fetched with the engine's words for a
 * receipt (answer sentences, deadline words), after the form, since only a receipt needs them.
 */
import { fixedDates, formatDate, type Receipt, type Text } from '@iza-regels/engine';
import type { Taal } from '../../lib/tekst.ts';
import { Antwoorden } from './Antwoorden.tsx';
import { Melding } from './Melding.tsx';
import { ALINEA, CODE, KOP } from './nl.ts';
import { Tijdlijn } from './Tijdlijn.tsx';

const T = {
  tijdlijn: { nl: 'Tijdlijn', en: 'Timeline' },
  over: { nl: 'Over deze uitslag', en: 'About this result' },
  versie: { nl: 'Versie van de regels', en: 'Version of the rules' },
  hash: { nl: 'Vingerafdruk van de regels', en: 'Fingerprint of the rules' },
  invoerHash: { nl: 'Vingerafdruk van uw gegevens', en: 'Fingerprint of your details' },
  peildatumKort: { nl: 'Peildatum', en: 'Reference date' },
  gekozenLezingen: { nl: 'Gekozen lezingen', en: 'Chosen readings' },
  letterlijk: { nl: 'geen: de letterlijke tekst', en: 'none: the literal text' },
  geenBesluit: { nl: 'Dit is geen besluit.', en: 'This is not a decision.' },
} satisfies Record<string, Text>;

interface Props {
  receipt: Receipt;
  /** The chosen questions. */
  vragen: readonly string[];
  taal: Taal;
  /** Per cost line of the plan, its line in the form. */
  kostenIndex: readonly number[];
  gaNaar: (invoer: string) => void;
  kanNaar: (invoer: string) => boolean;
  /** The plan's events, as the plan holds them. */
  gebeurtenissen: Readonly<Record<string, unknown>>;
}

export default function SimulatorUitslag({
  receipt,
  vragen,
  taal,
  kostenIndex,
  gaNaar,
  kanNaar,
  gebeurtenissen,
}: Props) {
  const vast = fixedDates(receipt.planning, receipt.bedragen.einddatum);
  return (
    <>
      <Antwoorden
        receipt={receipt}
        vragen={vragen}
        taal={taal}
        kostenIndex={kostenIndex}
        gaNaar={gaNaar}
        kanNaar={kanNaar}
      />

      <section className="sim-tijdlijn-sectie" aria-labelledby="sim-tijdlijn">
        <h3 className={KOP[3]} id="sim-tijdlijn">
          {T.tijdlijn[taal]}
        </h3>
        <Tijdlijn
          id="sim-tl"
          taal={taal}
          peildatum={receipt.peildatum}
          gebeurtenissen={gebeurtenissen}
          termijnen={receipt.termijnen}
          planning={receipt.planning}
          vast={vast}
        />
      </section>

      <section className="sim-over" aria-labelledby="sim-over">
        <h3 className={KOP[3]} id="sim-over">
          {T.over[taal]}
        </h3>
        <Melding>
          <p className={ALINEA}>
            <strong>{T.geenBesluit[taal]}</strong> {receipt.kanttekening[taal]}
          </p>
        </Melding>
        <dl className="gegevens">
          <dt>{T.versie[taal]}</dt>
          <dd>{receipt.regelset.versie}</dd>
          <dt>{T.hash[taal]}</dt>
          <dd className="hash">
            <code className={CODE}>{receipt.regelset.hash}</code>
          </dd>
          <dt>{T.peildatumKort[taal]}</dt>
          <dd>
            <time dateTime={receipt.peildatum}>{formatDate(receipt.peildatum, taal)}</time>
          </dd>
          <dt>{T.gekozenLezingen[taal]}</dt>
          <dd>
            {receipt.varianten.length === 0
              ? T.letterlijk[taal]
              : receipt.varianten.map((v) => v.titel[taal]).join('; ')}
          </dd>
          <dt>{T.invoerHash[taal]}</dt>
          <dd className="hash">
            <code className={CODE}>{receipt.invoerHash}</code>
          </dd>
        </dl>
      </section>
    </>
  );
}
