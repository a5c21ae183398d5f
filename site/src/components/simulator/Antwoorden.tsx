/**
 * The answers, live: per chosen question the outcome and its explanation, what is missing (with a link
 * that takes you to the field), what must change when the answer is no, other readings, and why: each
 * rule with its conditions and the clause it rests on, linked to the rule's own page.
 */
import type { ConditionResult, Receipt, RuleResult } from '@iza-regels/engine';
import {
  LABELS,
  answerWords,
  deadlineStatusText,
  formatDate,
  formatMoney,
} from '@iza-regels/engine';
import { regelHref } from '../../lib/regel.ts';
import { VOORWAARDE_ICOON, type Taal } from '../../lib/tekst.ts';
import { zonderNull } from '../../lib/simulator/velden.ts';
import { Uitkomst } from '../ui/Uitkomst.tsx';
import { Tabel } from '../ui/Tabel.tsx';
import { ALGEMEEN, CITAAT } from '../../lib/woorden/algemeen.ts';
import { ANTWOORDEN as T } from '../../lib/woorden/uitslag.ts';

export interface AntwoordenProps {
  receipt: Receipt;
  vragen: readonly string[];
  taal: Taal;
  /** Form position of each cost line of the plan. */
  kostenIndex: readonly number[];
  /** Take the user to the field of a missing fact. */
  gaNaar: (invoer: string) => void;
  /** Whether the field of a missing fact is in the form, so that a link makes sense. */
  kanNaar: (invoer: string) => boolean;
}

/** A rule page, or a quotation on it (`#citaat-<id>`). */
export const regelLink = (taal: Taal, id: string, citaat?: string): string =>
  `${regelHref(id, taal)}${citaat ? `#citaat-${citaat}` : ''}`;

export function Antwoorden({
  receipt,
  vragen,
  taal,
  kostenIndex,
  gaNaar,
  kanNaar,
}: AntwoordenProps) {
  const regels = new Map(receipt.regels.map((regel) => [regel.id, regel]));
  const gekozen = receipt.vragen.filter((vraag) => vragen.includes(vraag.id));
  const heeftGeld =
    receipt.bedragen.perJaar.length > 0 &&
    gekozen.some((vraag) => vraag.regels.some((r) => regels.get(r.id)?.kostenregels));
  return (
    <>
      {gekozen.map((vraag) => {
        const eigen = vraag.regels.flatMap((r) => regels.get(r.id) ?? []);
        const woorden = answerWords(receipt, vraag.id);
        // Why no: the engine's facts about the plan; the conditions per rule stay under "Waarom?".
        const veranderen =
          vraag.uitkomst === 'onbekend' ? nogNietGebeurd(eigen, receipt.citaten, taal) : [];
        const lezingen = receipt.andereLezingen.flatMap((lezing) => {
          const termijnen = lezing.termijnen.filter((t) =>
            vraag.regels.some((r) => r.id === t.regel),
          );
          return termijnen.length > 0 ? [{ lezing, termijnen }] : [];
        });
        return (
          <article
            className="vraag sim-antwoord"
            key={vraag.id}
            id={`antwoord-${vraag.id}`}
            data-vraag={vraag.id}
            data-uitkomst={vraag.uitkomst}
            tabIndex={-1}
            aria-labelledby={`antwoord-${vraag.id}-titel`}
          >
            <h3 className="nl-heading nl-heading--level-3" id={`antwoord-${vraag.id}-titel`}>
              {vraag.titel[taal]}
            </h3>
            <p className="nl-paragraph sim-samenvatting" data-samenvatting>
              <strong>{vraag.samenvatting[taal]}</strong>
            </p>
            {woorden.redenen.length > 0 && (
              <div className="sim-redenen">
                <h4 className="nl-heading nl-heading--level-4">{T.redenen[taal]}</h4>
                <ul className="utrecht-unordered-list utrecht-unordered-list--html-content">
                  {woorden.redenen.map((reden) => (
                    <li key={reden.nl}>
                      {reden[taal]}{' '}
                      <a
                        href={regelLink(taal, reden.regel, citaatId(receipt.citaten, reden.citaat))}
                        className="nl-link regel-id"
                      >
                        {reden.regel}
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            )}

            {vraag.uitkomst === 'onbekend' && vraag.ontbrekend.length > 0 && (
              <div className="sim-ontbreekt">
                <h4 className="nl-heading nl-heading--level-4">{LABELS.kop.ontbrekend[taal]}</h4>
                <p className="nl-paragraph">{T.ontbreektIntro[taal]}</p>
                <ul className="utrecht-unordered-list utrecht-unordered-list--html-content">
                  {vraag.ontbrekend.map((feit) => (
                    <li key={`${feit.feit}-${feit.invoer}`}>
                      {kanNaar(feit.invoer) ? (
                        <button
                          type="button"
                          className="sim-link"
                          onClick={() => gaNaar(feit.invoer)}
                        >
                          {zonderNull(feit.vraag)[taal]}
                        </button>
                      ) : (
                        feit.vraag[taal]
                      )}
                      {feit.zelfVerklaard && (
                        <span className="nl-data-badge label">
                          {LABELS.kop.zelfVerklaard[taal]}
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              </div>
            )}

            {veranderen.length > 0 && (
              <div className="sim-anders">
                <h4 className="nl-heading nl-heading--level-4">{T.anders[taal]}</h4>
                <p className="nl-paragraph">{T.wachtIntro[taal]}</p>
                <ul className="utrecht-unordered-list utrecht-unordered-list--html-content">
                  {veranderen.map((reden, i) => (
                    <li key={`${reden.regel}-${i}`}>
                      {reden.tekst}{' '}
                      <a
                        href={regelLink(taal, reden.regel, reden.citaat)}
                        className="nl-link regel-id"
                      >
                        {reden.regel}
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            )}

            {(woorden.andereLezingen.length > 0 || lezingen.length > 0) && (
              <div className="sim-lezingen">
                <h4 className="nl-heading nl-heading--level-4">
                  {LABELS.kop.andereLezingen[taal]}
                </h4>
                {woorden.andereLezingen.map((lezing) => (
                  <p className="nl-paragraph" key={lezing.nl}>
                    {lezing[taal]}
                  </p>
                ))}
                {lezingen.flatMap(({ lezing, termijnen }) =>
                  termijnen.map((t) => (
                    <p className="nl-paragraph" key={`${lezing.variant}-${t.regel}`}>
                      {T.lezing[taal]} ‘{lezing.titel[taal]}’: {t.regel}: {T.termijnWordt[taal]}{' '}
                      {formatDate(t.metVariant, taal)} {T.inPlaatsVan[taal]}{' '}
                      {t.vervaldatum ? formatDate(t.vervaldatum, taal) : T.geenDatum[taal]}
                    </p>
                  )),
                )}
              </div>
            )}

            <div className="sim-wat-nu">
              {vraag.volgendeStap ? (
                <p className="nl-paragraph sim-volgende-stap" data-volgende-stap>
                  <strong>{LABELS.kop.volgendeStap[taal]}</strong> {vraag.volgendeStap[taal]}
                </p>
              ) : (
                <p className="nl-paragraph">
                  <strong>{LABELS.kop.volgendeStap[taal]}</strong>
                </p>
              )}
              <p className="nl-paragraph">
                {woorden.wieBeslist[taal]} {woorden.wieVragen[taal]}
              </p>
            </div>

            <details className="sim-waarom">
              <summary>
                {T.waarom[taal]} ({eigen.length})
              </summary>
              <p className="nl-paragraph">
                <Uitkomst uitkomst={vraag.uitkomst} taal={taal} /> {vraag.uitleg[taal]}
              </p>
              {eigen.map((regel) => (
                <Regel
                  key={regel.id}
                  regel={regel}
                  citaten={receipt.citaten}
                  taal={taal}
                  kostenIndex={kostenIndex}
                />
              ))}
            </details>
          </article>
        );
      })}

      {heeftGeld && <Bedragen receipt={receipt} taal={taal} />}
    </>
  );
}

/**
 * What can still happen: conditions on an event that has not happened yet (the answer `null`, "nog
 * niet gebeurd") whose date has not passed, so the engine cannot say yes or no yet. "Het plan is
 * uiterlijk 31 december 2026 goedgekeurd" tells the user what would turn the answer.
 */
/** A citation's own id in its rule version, for the link to that rule's page. */
const citaatId = (citaten: Receipt['citaten'], key: string | undefined): string =>
  (key === undefined ? undefined : citaten[key]?.id) ?? '';

function nogNietGebeurd(
  regels: readonly RuleResult[],
  citaten: Receipt['citaten'],
  taal: Taal,
): Array<{ regel: string; tekst: string; citaat: string }> {
  const gezien = new Set<string>();
  return regels
    .filter((regel) => regel.uitkomst === 'onbekend' && !regel.advies)
    .flatMap((regel) =>
      [...regel.voorwaarden, ...(regel.kostenregels ?? []).flatMap((line) => line.voorwaarden)]
        .filter((v) => v.status === 'onbekend' && v.gevonden === null)
        .map((v) => ({
          regel: regel.id,
          tekst: v.tekst[taal],
          citaat: citaatId(citaten, v.citaat),
        })),
    )
    .filter((reden) => {
      const key = `${reden.regel} ${reden.tekst}`;
      if (gezien.has(key)) return false;
      gezien.add(key);
      return true;
    });
}

function Regel({
  regel,
  citaten,
  taal,
  kostenIndex,
}: {
  regel: RuleResult;
  citaten: Receipt['citaten'];
  taal: Taal;
  kostenIndex: readonly number[];
}) {
  return (
    <section
      className="regel sim-regel"
      aria-labelledby={`sim-regel-${regel.id}`}
      data-regel={regel.id}
      data-uitkomst={regel.uitkomst}
    >
      <h4 className="nl-heading nl-heading--level-4" id={`sim-regel-${regel.id}`}>
        <Uitkomst uitkomst={regel.uitkomst} taal={taal} />{' '}
        <a href={regelLink(taal, regel.id)} className="nl-link regel-id">
          {regel.id}
        </a>{' '}
        {regel.titel[taal]}
        {regel.advies && <span className="nl-data-badge label">{T.advies[taal]}</span>}
        {regel.zelfVerklaard && (
          <span className="nl-data-badge label">{LABELS.kop.zelfVerklaard[taal]}</span>
        )}
      </h4>
      <p className="nl-paragraph">{regel.uitleg[taal]}</p>
      {regel.termijn && (
        <p className="nl-paragraph">
          {LABELS.kop.vervaldatum[taal]}:{' '}
          <time dateTime={regel.termijn.vervaldatum}>
            {formatDate(regel.termijn.vervaldatum, taal)}
          </time>{' '}
          ({deadlineStatusText(regel.termijn.status)[taal]})
        </p>
      )}
      <Voorwaarden regel={regel.id} voorwaarden={regel.voorwaarden} citaten={citaten} taal={taal} />
      {regel.kostenregels?.map((line) => (
        <div className="kostenregel" key={line.index}>
          <h5 className="nl-heading nl-heading--level-5">
            {LABELS.kop.kostenregel[taal]} {(kostenIndex[line.index] ?? line.index) + 1}:{' '}
            <span lang="nl">{line.omschrijving}</span>
          </h5>
          <p className="nl-paragraph">
            <Uitkomst uitkomst={line.uitkomst} taal={taal} /> {line.uitleg[taal]}
          </p>
          <Voorwaarden
            regel={regel.id}
            voorwaarden={line.voorwaarden}
            citaten={citaten}
            taal={taal}
          />
          {line.uitzondering && line.effectief && (
            <div className="uitzondering">
              <p className="nl-paragraph">
                {T.uitzondering[taal]}{' '}
                <Uitkomst uitkomst={line.uitzondering.uitkomst} taal={taal} />
              </p>
              <ul className="regellijst">
                {line.uitzondering.regels.map((u) => (
                  <li key={u.id}>
                    <a href={regelLink(taal, u.id)} className="nl-link regel-id">
                      {u.id}
                    </a>{' '}
                    <Uitkomst uitkomst={u.uitkomst} taal={taal} />
                  </li>
                ))}
              </ul>
              <p className="nl-paragraph">
                <strong>{T.metUitzondering[taal]}</strong>{' '}
                <Uitkomst uitkomst={line.effectief} taal={taal} />
              </p>
            </div>
          )}
        </div>
      ))}
      {regel.voorwaarden.length === 0 && !regel.kostenregels && regel.citaten.length > 0 && (
        <div className="voorwaarden">
          <p className="nl-paragraph voorwaarden__kop">{T.bronnen[taal]}</p>
          <ul className="kaal">
            {regel.citaten
              .flatMap((key) => citaten[key] ?? [])
              .map((citaat) => (
                <li key={citaat.id}>
                  <a className="nl-link" href={regelLink(taal, regel.id, citaat.id)}>
                    <cite>{citaat.clausule}</cite>
                  </a>
                  : <q lang="nl">{citaat.tekst}</q>
                </li>
              ))}
          </ul>
        </div>
      )}
    </section>
  );
}

/** Conditions in two groups (when the rule applies; what it asks), each with its clause. */
function Voorwaarden({
  regel,
  voorwaarden,
  citaten,
  taal,
}: {
  regel: string;
  voorwaarden: readonly ConditionResult[];
  citaten: Receipt['citaten'];
  taal: Taal;
}) {
  const geciteerd = new Set<string>();
  const groepen = (['vanToepassing', 'voorwaarden'] as const)
    .map((deel) => ({
      deel,
      items: voorwaarden.filter((v) => v.deel === deel),
    }))
    .filter((groep) => groep.items.length > 0);
  return (
    <>
      {groepen.map((groep) => (
        <div className="voorwaarden" key={groep.deel}>
          <p className="nl-paragraph voorwaarden__kop">
            {groep.deel === 'vanToepassing' ? T.geldt[taal] : T.voorwaarden[taal]}
          </p>
          <ul className="utrecht-unordered-list utrecht-unordered-list--html-content">
            {groep.items.map((v, i) => {
              const citaat = citaten[v.citaat];
              const citeer = !geciteerd.has(v.citaat);
              geciteerd.add(v.citaat);
              if (!citaat) return null;
              return (
                <li className={`voorwaarde voorwaarde--${v.status}`} key={`${v.naam}-${i}`}>
                  <p className="nl-paragraph">
                    <span className={`status status--${v.status}`}>
                      <span className="icoon" aria-hidden="true">
                        {VOORWAARDE_ICOON[v.status]}
                      </span>{' '}
                      {LABELS.voorwaarde[v.status][taal]}
                    </span>{' '}
                    {v.tekst[taal]}
                    {v.zelfVerklaard && (
                      <span className="nl-data-badge label">{LABELS.kop.zelfVerklaard[taal]}</span>
                    )}
                  </p>
                  <p className="nl-paragraph bron">
                    {ALGEMEEN.bron[taal]}:{' '}
                    <a className="nl-link" href={regelLink(taal, regel, citaat.id)}>
                      <cite>{citaat.clausule}</cite>
                    </a>
                    {citeer ? (
                      <>
                        {' '}
                        <q lang="nl">{citaat.tekst}</q>
                      </>
                    ) : (
                      <> ({CITAAT.zieBoven[taal]})</>
                    )}
                  </p>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </>
  );
}

function Bedragen({ receipt, taal }: { receipt: Receipt; taal: Taal }) {
  const { bedragen } = receipt;
  const anders = receipt.andereLezingen.filter(
    (lezing) => lezing.bedragen.metVariant !== lezing.bedragen.gedekt,
  );
  return (
    <section className="vraag" aria-labelledby="sim-bedragen">
      <h3 className="nl-heading nl-heading--level-3" id="sim-bedragen">
        {LABELS.kop.bedragen[taal]}
      </h3>
      <Tabel
        id="sim-bedragen-caption"
        caption={T.bedragenCaption[taal]}
        kolommen={[
          LABELS.kop.jaar[taal],
          { tekst: LABELS.kop.gedekt[taal], icoon: '✔' },
          { tekst: LABELS.kop.nietGedekt[taal], icoon: '✖' },
          { tekst: LABELS.kop.geldOnbekend[taal], icoon: '?' },
        ]}
        geld
      >
        <tbody>
          {bedragen.perJaar.map((jaar) => (
            <tr key={jaar.jaar}>
              <th scope="row">{jaar.jaar}</th>
              <td>{formatMoney(jaar.gedekt, taal)}</td>
              <td>{formatMoney(jaar.nietGedekt, taal)}</td>
              <td>{formatMoney(jaar.onbekend, taal)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{LABELS.kop.totaal[taal]}</th>
            <td>{formatMoney(bedragen.totaal.gedekt, taal)}</td>
            <td>{formatMoney(bedragen.totaal.nietGedekt, taal)}</td>
            <td>{formatMoney(bedragen.totaal.onbekend, taal)}</td>
          </tr>
        </tfoot>
      </Tabel>
      {bedragen.einddatum && bedragen.naEinddatum > 0 && (
        <p className="nl-paragraph">
          {T.naEinde[taal]
            .replace('{datum}', formatDate(bedragen.einddatum, taal))
            .replace('{bedrag}', formatMoney(bedragen.naEinddatum, taal))}
        </p>
      )}
      {anders.map((lezing) => (
        <p className="nl-paragraph" key={lezing.variant}>
          {T.lezing[taal]} <strong>‘{lezing.titel[taal]}’</strong> {T.gedektMetVariant[taal]}{' '}
          {formatMoney(lezing.bedragen.metVariant, taal)} {T.inPlaatsVan[taal]}{' '}
          {formatMoney(lezing.bedragen.gedekt, taal)}.
        </p>
      ))}
    </section>
  );
}
