/**
 * A data table, the one of every page: the NL Design System table (`utrecht-table`) with a caption
 * and a row of column headings, in a region that can take focus and is named by the caption. Below
 * about 600 px its rows become stacked cards (site.css, `tabel-kaarten`). On a static page Astro
 * renders it to HTML without JavaScript; the rows must then be React elements too (a `.tsx` table):
 * slot content reaches React as finished HTML, whose cells cannot get their column names.
 */
import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';

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

/**
 * Every cell of the body and foot gets its column's name (`data-label`), which the stacked cards on a
 * phone show above the cell (site.css, `tabel-kaarten`); on a wide screen the heading row says it.
 */
function metKolomnamen(children: ReactNode, namen: readonly string[]): ReactNode {
  return Children.map(children, (deel) => {
    if (!isValidElement<{ children?: ReactNode }>(deel)) return deel;
    if (deel.type === 'tbody' || deel.type === 'tfoot')
      return cloneElement(deel, {}, metKolomnamen(deel.props.children, namen));
    if (deel.type !== 'tr') return deel;
    let kolom = 0;
    return cloneElement(
      deel,
      {},
      Children.map(deel.props.children, (cel) =>
        isValidElement(cel)
          ? cloneElement(cel as ReactElement<Record<string, unknown>>, {
              'data-label': namen[kolom++],
            })
          : cel,
      ),
    );
  });
}

export function Tabel({ id, caption, kolommen, geld = false, children }: Props) {
  const namen = kolommen.map((kolom) => (typeof kolom === 'string' ? kolom : kolom.tekst));
  return (
    <div
      className="utrecht-table-container tabel-scroll tabel-kaarten"
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
        {metKolomnamen(children, namen)}
      </table>
    </div>
  );
}
