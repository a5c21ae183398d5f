/**
 * The rows that say what a result was made with, the same under every result: the version and
 * fingerprint of the rules and the peildatum. For a `<dl className="gegevens">`; each result adds its
 * own rows after them.
 */
import { LABELS, formatDate } from '@iza-regels/engine';
import type { Taal } from '../../lib/tekst.ts';
import { ALGEMEEN } from '../../lib/woorden/algemeen.ts';
import { CODE } from './nl.ts';

interface Props {
  regelset: { readonly versie: string; readonly hash: string };
  peildatum: string;
  taal: Taal;
}

export function RegelsetGegevens({ regelset, peildatum, taal }: Props) {
  return (
    <>
      <dt>{LABELS.kop.regelset[taal]}</dt>
      <dd>{regelset.versie}</dd>
      <dt>{ALGEMEEN.hash[taal]}</dt>
      <dd className="hash">
        <code className={CODE}>{regelset.hash}</code>
      </dd>
      <dt>{LABELS.kop.peildatum[taal]}</dt>
      <dd>
        <time dateTime={peildatum}>{formatDate(peildatum, taal)}</time>
      </dd>
    </>
  );
}
