/**
 * The clause register of one source, on the page of all rules: every clause with where it stands,
 * its kind, whether it is carried out, and the rules that carry it or why it is out of scope.
 */
import type { ClauseCoverage } from '@iza-regels/engine';
import { clausuleAnker, regelHref } from '../lib/regel.ts';
import { UITKOMST_ICOON, type Taal } from '../lib/tekst.ts';
import { CLAUSULES } from '../lib/woorden.ts';
import { Tabel } from './ui/Tabel.tsx';

interface Props {
  id: string;
  caption: string;
  clausules: readonly ClauseCoverage[];
  /** The ids of the rules, so that a planned rule that does not exist yet is no link. */
  regelIds: ReadonlySet<string>;
  taal: Taal;
}

export function ClausuleTabel({ id, caption, clausules, regelIds, taal }: Props) {
  return (
    <Tabel
      id={id}
      caption={caption}
      kolommen={[
        CLAUSULES.clausule[taal],
        CLAUSULES.vindplaats[taal],
        CLAUSULES.soort[taal],
        CLAUSULES.stand[taal],
        CLAUSULES.regelsOfReden[taal],
      ]}
    >
      <tbody>
        {clausules.map((rij) => {
          const stand = CLAUSULES.status[rij.status];
          return (
            <tr id={clausuleAnker(rij.bron, rij.clausule)} key={`${rij.bron} ${rij.clausule}`}>
              <th scope="row">
                <cite>{rij.clausule}</cite>
              </th>
              <td lang="nl">{rij.vindplaats}</td>
              <td>{CLAUSULES.clausulesoort[rij.soort]?.[taal] ?? rij.soort}</td>
              <td>
                <span className={`uitkomst uitkomst--${stand.uitkomst}`}>
                  <span className="icoon" aria-hidden="true">
                    {UITKOMST_ICOON[stand.uitkomst]}
                  </span>{' '}
                  {stand[taal]}
                </span>
              </td>
              <td>
                {rij.status === 'buiten-scope' && rij.reden ? (
                  rij.reden[taal]
                ) : (
                  <ul className="kaal">
                    {[...rij.regels, ...(rij.gepland ?? [])].map((wie) => (
                      <li key={wie}>
                        {regelIds.has(wie) ? (
                          <a className="nl-link" href={regelHref(wie, taal)}>
                            <span className="regel-id">{wie}</span>
                          </a>
                        ) : wie.startsWith('parameter ') ? (
                          <>
                            {CLAUSULES.parameter[taal]}{' '}
                            <code className="nl-code">{wie.slice('parameter '.length)}</code>
                          </>
                        ) : (
                          wie
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </Tabel>
  );
}
