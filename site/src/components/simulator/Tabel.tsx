/**
 * A data table in an island, the same as Tabel.astro on the static pages: the NL Design System table
 * (`utrecht-table`) with a caption and a row of column headings, in a region that scrolls on its own
 * on a narrow screen, can take focus and is named by the caption.
 */
import type { ReactNode } from 'react';

export interface Kolom {
  readonly tekst: string;
  /** An icon before the heading, for the eye only: the words say the same. */
  readonly icoon?: string;
}

interface Props {
  /** The id of the caption; the scroll region is labelled by it. */
  id: string;
  caption: string;
  kolommen: ReadonlyArray<string | Kolom>;
  /** Amounts: the cells align right with figures of equal width. */
  geld?: boolean;
  /** The body (and an optional foot). */
  children: ReactNode;
}

export function Tabel({ id, caption, kolommen, geld = false, children }: Props) {
  return (
    <div
      className="utrecht-table-container tabel-scroll"
      tabIndex={0}
      role="region"
      aria-labelledby={id}
    >
      <table className={`utrecht-table utrecht-table--html-table${geld ? ' geld' : ''}`}>
        <caption id={id}>{caption}</caption>
        <thead>
          <tr>
            {kolommen.map((kolom) => {
              const { tekst, icoon } = typeof kolom === 'string' ? { tekst: kolom } : kolom;
              return (
                <th scope="col" key={tekst}>
                  {icoon && <span aria-hidden="true">{icoon} </span>}
                  {tekst}
                </th>
              );
            })}
          </tr>
        </thead>
        {children}
      </table>
    </div>
  );
}
