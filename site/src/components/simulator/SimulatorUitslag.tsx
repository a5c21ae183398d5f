/**
 * The simulator's receipt for the chosen questions: the answers with why and what would change them,
 * the timeline, and what the receipt was made from. It is fetched with the engine's words for a
 * receipt (answer sentences, deadline words), after the form, since only a receipt needs them.
 */
import { fixedDates } from '@iza-regels/engine';
import { Antwoorden, type AntwoordenProps } from './Antwoorden.tsx';
import { Melding } from '../ui/Melding.tsx';
import { ALINEA, CODE, KOP } from './nl.ts';
import { RegelsetGegevens } from './RegelsetGegevens.tsx';
import { Tijdlijn } from './Tijdlijn.tsx';
import { ALGEMEEN } from '../../lib/woorden/algemeen.ts';
import { SIMULATOR_UITSLAG as T } from '../../lib/woorden/uitslag.ts';

interface Props extends AntwoordenProps {
  /** The plan's events, as the plan holds them. */
  gebeurtenissen: Readonly<Record<string, unknown>>;
}

export default function SimulatorUitslag({ gebeurtenissen, ...antwoorden }: Props) {
  const { receipt, taal } = antwoorden;
  const vast = fixedDates(receipt.planning, receipt.bedragen.einddatum);
  return (
    <>
      <Antwoorden {...antwoorden} />

      <section className="sim-tijdlijn-sectie" aria-labelledby="sim-tijdlijn">
        <h3 className={KOP[3]} id="sim-tijdlijn">
          {ALGEMEEN.tijdlijn[taal]}
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
          <RegelsetGegevens regelset={receipt.regelset} peildatum={receipt.peildatum} taal={taal} />
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
