/**
 * The tables of a rule page: its versions with their dates, the values (dates and periods) it uses
 * with those of other readings, and the worked cases that name it, each with a link that opens the
 * case in the simulator.
 */
import { LABELS } from '@iza-regels/engine';
import {
  parameterWaarde,
  type GevalWeergave,
  type VersieWeergave,
  type WaardeWeergave,
} from '../lib/regel.ts';
import { datum, type Taal } from '../lib/tekst.ts';
import { REGELPAGINA as T } from '../lib/woorden.ts';
import { OpenInSimulator } from './ui/OpenInSimulator.tsx';
import { Opsomming } from './ui/Opsomming.tsx';
import { Tabel } from './ui/Tabel.tsx';
import { Uitkomst } from './ui/Uitkomst.tsx';

const tot = (geldigTot: string | null, taal: Taal): string =>
  geldigTot === null ? T.geenEinde[taal] : datum(geldigTot, taal);

export function VersiesTabel({
  versies,
  taal,
}: {
  versies: readonly VersieWeergave[];
  taal: Taal;
}) {
  return (
    <Tabel
      id="versies-caption"
      caption={T.versiesCaption[taal]}
      kolommen={[
        T.geldigVan[taal],
        T.geldigTot[taal],
        T.zekerheid[taal],
        T.clausules[taal],
        T.nu[taal],
      ]}
    >
      <tbody>
        {[...versies]
          .sort((a, b) => a.versie.geldigVan.localeCompare(b.versie.geldigVan))
          .map((versie) => (
            <tr key={versie.sleutel}>
              <th scope="row">
                <time dateTime={versie.versie.geldigVan}>
                  {datum(versie.versie.geldigVan, taal)}
                </time>
              </th>
              <td>{tot(versie.versie.geldigTot, taal)}</td>
              <td>
                <span className="zekerheid">{versie.versie.zekerheid}</span>:{' '}
                {LABELS.zekerheid[versie.versie.zekerheid][taal]}
              </td>
              <td>
                <Opsomming
                  items={versie.versie.citaten.map((citaat) => citaat.clausule)}
                  als="cite"
                />
              </td>
              <td>{versie.geldtNu ? T.geldtNu[taal] : T.geldtNietNu[taal]}</td>
            </tr>
          ))}
      </tbody>
    </Tabel>
  );
}

export function WaardenTabel({
  waarden,
  taal,
}: {
  waarden: readonly WaardeWeergave[];
  taal: Taal;
}) {
  return (
    <Tabel
      id="waarden-caption"
      caption={T.waardenCaption[taal]}
      kolommen={[T.waarde[taal], T.letterlijk[taal], T.anders[taal]]}
    >
      <tbody>
        {waarden.map((waarde) => (
          <tr id={waarde.anker} key={waarde.anker}>
            <th scope="row">
              {waarde.parameter.titel[taal]}
              <br />
              <code className="nl-code klein">{waarde.parameter.id}</code>
            </th>
            <td>
              {waarde.nu ? (
                <>
                  <strong>{parameterWaarde(waarde.parameter, waarde.nu, taal)}</strong>
                  <br />
                  <span className="klein">
                    {T.zekerheid[taal]} {waarde.nu.zekerheid}:{' '}
                    {LABELS.zekerheid[waarde.nu.zekerheid][taal]};{' '}
                    <Opsomming
                      items={waarde.nu.citaten.map((citaat) => citaat.clausule)}
                      als="cite"
                    />
                  </span>
                </>
              ) : (
                T.geenWaardeNu[taal]
              )}
            </td>
            <td>
              {waarde.varianten.length === 0 ? (
                T.geen[taal]
              ) : (
                <ul className="kaal">
                  {waarde.varianten.flatMap(({ id: variantId, variant, versies }) =>
                    versies.map((versie) => (
                      <li key={`${variantId}-${versie.geldigVan}`}>
                        <a className="nl-link" href={`#variant-${variantId}`}>
                          {variant?.titel[taal] ?? variantId}
                        </a>
                        : <strong>{parameterWaarde(waarde.parameter, versie, taal)}</strong>
                        <br />
                        <span className="klein">
                          {T.vanaf[taal]} {datum(versie.geldigVan, taal)}
                          {versie.geldigTot &&
                            ` ${T.totEnMet[taal]} ${datum(versie.geldigTot, taal)}`}
                          ; {T.zekerheid[taal]} {versie.zekerheid}:{' '}
                          {LABELS.zekerheid[versie.zekerheid][taal]}
                        </span>
                      </li>
                    )),
                  )}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </Tabel>
  );
}

/** A worked case names a deadline status by its key; the engine words it. */
const termijnstand = (status: string, taal: Taal): string =>
  Object.entries(LABELS.termijnStatus).find(([soort]) => soort === status)?.[1][taal] ?? status;

export function GevallenTabel({
  id,
  gevallen,
  variantTitel,
  vragen,
  taal,
}: {
  /** The rule the cases name. */
  id: string;
  gevallen: readonly GevalWeergave[];
  variantTitel: (variant: string) => string;
  /** The ids of every question, for the links into the simulator. */
  vragen: readonly string[];
  taal: Taal;
}) {
  return (
    <Tabel
      id="gevallen-caption"
      caption={`${T.gevallenCaption[taal]} (${gevallen.length})`}
      kolommen={[T.geval[taal], T.peildatum[taal], `${T.verwacht[taal]} ${id}`]}
    >
      <tbody>
        {gevallen.map(({ geval, verwacht }) => (
          <tr key={geval.naam}>
            <th scope="row" className="normaal">
              <span lang="nl">{geval.naam}</span>
              {geval.varianten.length > 0 && (
                <span className="klein">
                  {' '}
                  ({T.metVariant[taal]} {geval.varianten.map(variantTitel).join(', ')})
                </span>
              )}
              <OpenInSimulator geval={geval} vragen={vragen} taal={taal} />
            </th>
            <td>
              <time dateTime={geval.peildatum}>{datum(geval.peildatum, taal)}</time>
            </td>
            <td>
              <ul className="kaal">
                {verwacht.map((verwachting, i) => (
                  <li key={i}>
                    {verwachting.soort === 'uitkomst' ? (
                      <Uitkomst uitkomst={verwachting.uitkomst} taal={taal} />
                    ) : verwachting.soort === 'kostenregels' ? (
                      <ul className="kaal">
                        {verwachting.uitkomsten.map((uitkomst, index) => (
                          <li key={index}>
                            {T.kostenregel[taal]} {index + 1}:{' '}
                            <Uitkomst uitkomst={uitkomst} taal={taal} />
                          </li>
                        ))}
                      </ul>
                    ) : verwachting.soort === 'termijn' ? (
                      <>
                        {T.uitersteDatum[taal]}{' '}
                        <time dateTime={verwachting.vervaldatum}>
                          {datum(verwachting.vervaldatum, taal)}
                        </time>
                        {verwachting.status && `; ${termijnstand(verwachting.status, taal)}`}
                      </>
                    ) : (
                      T.genoemd[taal]
                    )}
                  </li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </Tabel>
  );
}
