/**
 * A cited clause: the literal Dutch source text, with the source, the clause id and where to find
 * it. A summary (for sources we do not quote literally, such as press reports) says so.
 */
import type { Citation } from '@iza-regels/engine';
import type { Taal } from '../../lib/tekst.ts';
import { CITAAT } from '../../lib/woorden.ts';

interface Props {
  citaat: Citation;
  taal: Taal;
  /** An anchor, so that other pages can link straight to this citation. */
  id?: string | undefined;
  /** The title of the source, from bronnen.json. */
  bronTitel?: string | undefined;
  /** Where the clause stands in the coverage table. */
  clausuleHref?: string | undefined;
}

export function Citaat({ citaat, taal, id, bronTitel, clausuleHref }: Props) {
  const samenvatting = citaat.soort === 'samenvatting';
  return (
    <figure className={`citaat${samenvatting ? ' citaat--samenvatting' : ''}`} id={id}>
      {samenvatting && (
        <p className="nl-paragraph citaat__soort">
          <span className="nl-data-badge label label--los">{CITAAT.samenvatting[taal]}</span>{' '}
          {CITAAT.geenCitaat[taal]}
        </p>
      )}
      <blockquote className="utrecht-blockquote utrecht-blockquote--html-blockquote" lang="nl">
        <p className="nl-paragraph">{citaat.tekst}</p>
      </blockquote>
      <figcaption>
        {CITAAT.bron[taal]}:{' '}
        {bronTitel && (
          <>
            <span lang="nl">{bronTitel}</span>,{' '}
          </>
        )}
        <cite>
          {clausuleHref ? (
            <a className="nl-link" href={clausuleHref}>
              {citaat.clausule}
            </a>
          ) : (
            citaat.clausule
          )}
        </cite>
        , <span lang="nl">{citaat.vindplaats}</span>
      </figcaption>
    </figure>
  );
}
