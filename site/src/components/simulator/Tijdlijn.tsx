/**
 * The timeline: the plan's events, the deadlines that follow from them, the fixed dates of the rules
 * and the backward planning, drawn as an SVG picture and listed once more as a table with the same
 * dates, so that nothing is only in the picture. Shapes and words carry the meaning; colour only adds.
 */
import {
  LABELS,
  daysText,
  deadlineStatusText,
  formatDate,
  judgePlanning,
  type Deadline,
  type FixedDate,
  type Planning,
  type PlanningJudgement,
} from '@iza-regels/engine';
import { PLANNING_ICOON, TERMIJN_ICOON, TERMIJN_KLASSE, type Taal } from '../../lib/tekst.ts';
import { dagenTussen, jaarGrenzen, plusDagen, vandaag } from '../../lib/simulator/datum.ts';
import { GEBEURTENISSEN, TIJDLIJN, woordVoor } from '../../lib/woorden.ts';
import { Tabel } from '../ui/Tabel.tsx';

interface Props {
  id: string;
  taal: Taal;
  peildatum: string;
  gebeurtenissen: Readonly<Record<string, unknown>>;
  termijnen: readonly Deadline[];
  planning: readonly Planning[];
  /** The Addendum's fixed dates (`fixedDates`), drawn as dashed lines. */
  vast: readonly FixedDate[];
}

/** "de uiterste datum …" → "De uiterste datum …": a fixed date's words as a label of its own. */
const hoofdletter = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const kleineLetter = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/** How far a date lies from the peildatum, in the words of a deadline's status: "nog 38 dagen". */
function afstand(peildatum: string, datum: string, taal: Taal): string {
  const dagen = dagenTussen(peildatum, datum);
  if (dagen === 0) return TIJDLIJN.opPeildatum[taal];
  return (dagen > 0 ? TIJDLIJN.nog : TIJDLIJN.voorbij)[taal].replace(
    '{dagen}',
    daysText(Math.abs(dagen))[taal],
  );
}

/** "Complete plan received, so that …" → "Complete plan received": the label before the reason. */
const kort = (doel: string): string => doel.split(/,\s+(?:zodat|so that)\s/)[0] ?? doel;

/**
 * A label in at most `max` lines of about `tekens` characters, broken between words; what does not fit
 * ends in "…" (the table below the picture has the full text, and so has the label's tooltip).
 */
function regelsVan(text: string, tekens: number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line === '' || line.length + 1 + word.length <= tekens)
      line = line ? `${line} ${word}` : word;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length > max) lines.splice(max - 1, lines.length, lines.slice(max - 1).join(' '));
  return lines.map((l) => knip(l, tekens));
}

const knip = (text: string, max: number): string =>
  text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;

/**
 * Two drawings of the same timeline, both with the labels in a column left of the bars, so that no
 * line of a date runs through a label. Wide: a long time axis, each fixed date's date beside its line.
 * Narrow (a phone): about as wide as the screen, so that the text keeps its size; labels take up to
 * three lines, and a vertical line's date is a line of its label. CSS shows one of them.
 *
 * Labels end at `labelX` and are broken at `tekens` characters (`tekensKop` for the bold names of the
 * vertical lines): about 7 and 8 units a character at 13 units, in DejaVu Sans, a wide font.
 */
interface Maat {
  readonly soort: 'breed' | 'smal';
  readonly breedte: number;
  readonly x0: number;
  readonly x1: number;
  readonly labelX: number;
  readonly tekens: number;
  readonly tekensKop: number;
  readonly regels: number;
}

const BREED: Maat = {
  soort: 'breed',
  breedte: 960,
  x0: 340,
  x1: 930,
  labelX: 320,
  tekens: 42,
  tekensKop: 38,
  regels: 2,
};
const SMAL: Maat = {
  soort: 'smal',
  breedte: 360,
  x0: 196,
  x1: 326,
  labelX: 182,
  tekens: 24,
  tekensKop: 21,
  regels: 3,
};
const REGEL = 15;
const BALK = 26;
const KOPRIJ = 26;

type Rij =
  | { soort: 'gebeurtenis'; label: string; datum: string }
  | { soort: 'termijn'; label: string; termijn: Deadline }
  | { soort: 'planning'; label: string; stap: Planning; oordeel: PlanningJudgement };

interface Lijn {
  readonly datum: string;
  readonly label: string;
  readonly soort: 'vast' | 'peildatum';
}

export function Tijdlijn({
  id,
  taal,
  peildatum,
  gebeurtenissen,
  termijnen,
  planning,
  vast,
}: Props) {
  const events = Object.entries(gebeurtenissen)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
    .sort((a, b) => a[1].localeCompare(b[1]));
  // Each planning step judged by the events the user entered, not only by the peildatum.
  const oordelen = planning.map((stap) => ({ stap, oordeel: judgePlanning(stap, gebeurtenissen) }));
  const rijen: Rij[] = [
    ...events.map(([key, datum]): Rij => ({
      soort: 'gebeurtenis',
      label: woordVoor(GEBEURTENISSEN, key)[taal],
      datum,
    })),
    ...[...termijnen]
      .sort((a, b) => a.start.localeCompare(b.start))
      .map((termijn): Rij => ({ soort: 'termijn', label: termijn.titel[taal], termijn })),
    ...oordelen.map(({ stap, oordeel }): Rij => ({
      soort: 'planning',
      label: kort(stap.doel[taal]),
      stap,
      oordeel,
    })),
  ];
  const lijnen: Lijn[] = [
    ...vast.map((v) => ({
      datum: v.datum,
      label: hoofdletter(v.label[taal]),
      soort: 'vast' as const,
    })),
    { datum: peildatum, label: LABELS.kop.peildatum[taal], soort: 'peildatum' as const },
  ].sort((a, b) => a.datum.localeCompare(b.datum));

  // The table: every date once, in order, each with its status on the peildatum.
  const regels: Array<{ datum: string; wat: string; stand: string; icoon?: string }> = [
    ...events.map(([key, datum]) => ({
      datum,
      wat: woordVoor(GEBEURTENISSEN, key)[taal],
      stand: datum <= peildatum ? TIJDLIJN.gebeurd[taal] : TIJDLIJN.naPeildatum[taal],
    })),
    ...termijnen.flatMap((termijn) => {
      const verschoven =
        termijn.kalenderVervaldatum !== termijn.vervaldatum
          ? ` (${TIJDLIJN.kalender[taal]} ${formatDate(termijn.kalenderVervaldatum, taal)}: ${termijn.verschuivingen
              .map(
                (v) =>
                  `${formatDate(v.datum, taal)} (${LABELS.verschuiving[v.reden][taal]}${v.naam ? `: ${v.naam}` : ''})`,
              )
              .join(', ')})`
          : '';
      return [
        {
          datum: termijn.start,
          wat: `${TIJDLIJN.begint[taal]}: ${termijn.titel[taal]}`,
          stand: `${kleineLetter(LABELS.kop.vervaldatum[taal])}: ${formatDate(termijn.vervaldatum, taal)}`,
        },
        {
          datum: termijn.vervaldatum,
          wat: `${LABELS.kop.vervaldatum[taal]}: ${termijn.titel[taal]}${verschoven}`,
          stand: deadlineStatusText(termijn.status)[taal],
          icoon: TERMIJN_ICOON[termijn.status.soort],
        },
        ...(termijn.afgerond
          ? [
              {
                datum: termijn.afgerond,
                wat: `${TIJDLIJN.afgerond[taal]}: ${termijn.titel[taal]}`,
                stand: LABELS.termijnStatus[termijn.status.soort][taal],
                icoon: TERMIJN_ICOON[termijn.status.soort],
              },
            ]
          : []),
      ];
    }),
    ...oordelen.map(({ stap, oordeel }) => ({
      datum: stap.uiterlijk,
      wat: `${TIJDLIJN.uiterlijk[taal]}: ${stap.doel[taal]}`,
      stand: oordeel.tekst[taal],
      icoon: PLANNING_ICOON[oordeel.soort],
    })),
    // A fixed date: how far it is from the peildatum. The peildatum: the day the statuses are of.
    ...lijnen.map((lijn) => ({
      datum: lijn.datum,
      wat: lijn.label,
      stand:
        lijn.soort === 'vast'
          ? `${TIJDLIJN.vast[taal]}: ${afstand(peildatum, lijn.datum, taal)}`
          : `${(lijn.datum === vandaag() ? TIJDLIJN.vandaag : TIJDLIJN.gekozen)[taal]}; ${TIJDLIJN.peildatumStand[taal]}`,
    })),
  ].sort((a, b) => a.datum.localeCompare(b.datum));

  const alle = regels.map((r) => r.datum).sort();
  const eerste = alle[0] ?? peildatum;
  const laatste = alle.at(-1) ?? peildatum;
  const tekening = { id, taal, rijen, lijnen, eerste, laatste };

  return (
    <div className="sim-tijdlijn">
      {rijen.length === 0 && <p>{TIJDLIJN.leeg[taal]}</p>}
      <Tekening {...tekening} maat={BREED} />
      <Tekening {...tekening} maat={SMAL} />
      <p className="klein">{TIJDLIJN.legenda[taal]}</p>
      <Tabel
        id={`${id}-caption`}
        caption={TIJDLIJN.caption[taal]}
        kolommen={[TIJDLIJN.datum[taal], TIJDLIJN.wat[taal], LABELS.kop.stand[taal]]}
      >
        <tbody>
          {regels.map((regel, i) => (
            <tr key={i}>
              <td className="getal">
                <time dateTime={regel.datum}>{formatDate(regel.datum, taal)}</time>
              </td>
              <td>{regel.wat}</td>
              <td>
                {regel.icoon && (
                  <>
                    <span className="icoon" aria-hidden="true">
                      {regel.icoon}
                    </span>{' '}
                  </>
                )}
                {regel.stand}
              </td>
            </tr>
          ))}
        </tbody>
      </Tabel>
    </div>
  );
}

function Tekening({
  id,
  taal,
  rijen,
  lijnen,
  eerste,
  laatste,
  maat,
}: {
  id: string;
  taal: Taal;
  rijen: readonly Rij[];
  lijnen: readonly Lijn[];
  eerste: string;
  laatste: string;
  maat: Maat;
}) {
  const smal = maat.soort === 'smal';
  const svgId = `${id}-${maat.soort}`;
  const span = Math.max(dagenTussen(eerste, laatste), 60);
  const van = plusDagen(eerste, -Math.round(span * 0.04) - 7);
  const tot = plusDagen(eerste, span + Math.round(span * 0.04) + 7);
  const totaal = dagenTussen(van, tot);
  const x = (datum: string): number =>
    maat.x0 + ((maat.x1 - maat.x0) * dagenTussen(van, datum)) / totaal;

  // Rows have their own height: the lines of their label.
  const labels = rijen.map((rij) => regelsVan(rij.label, maat.tekens, maat.regels));
  const hoogtes = labels.map((lines) => Math.max(lines.length * REGEL + 8, BALK + 2));
  // Header rows, one per vertical line, as high as its name (and, narrow, its date below it).
  const kopLabels = lijnen.map((lijn) => [
    ...regelsVan(lijn.label, maat.tekensKop, maat.regels),
    ...(smal ? [formatDate(lijn.datum, taal)] : []),
  ]);
  const kopHoogtes = kopLabels.map((lines) => KOPRIJ + (lines.length - 1) * REGEL);
  const kopTops = kopHoogtes.map((_, i) => kopHoogtes.slice(0, i).reduce((a, b) => a + b, 0));
  const kop = kopHoogtes.reduce((a, b) => a + b, 0) + 8;
  const tops = hoogtes.map((_, i) => kop + hoogtes.slice(0, i).reduce((a, b) => a + b, 0));
  const hoogte =
    kop +
    Math.max(
      hoogtes.reduce((a, b) => a + b, 0),
      28,
    ) +
    36;
  const jaren = jaarGrenzen(van, tot).filter((d) => d >= van && d <= tot);
  // The year the axis starts in gets a label at its start, unless a 1 January is right there.
  const eersteJaar = jaren[0];
  const beginJaar =
    eersteJaar === undefined || x(eersteJaar) - maat.x0 > 40 ? van.slice(0, 4) : undefined;

  return (
    <svg
      viewBox={`0 0 ${maat.breedte} ${hoogte}`}
      role="img"
      aria-labelledby={`${svgId}-titel ${svgId}-beschrijving`}
      className={`sim-tl sim-tl--${maat.soort}`}
      focusable="false"
    >
      <title id={`${svgId}-titel`}>{TIJDLIJN.titel[taal]}</title>
      <desc id={`${svgId}-beschrijving`}>{TIJDLIJN.beschrijving[taal]}</desc>
      {jaren.map((jaar) => (
        <g key={jaar}>
          <line className="sim-tl-raster" x1={x(jaar)} x2={x(jaar)} y1={kop} y2={hoogte - 24} />
          <text className="sim-tl-as" x={x(jaar) + 3} y={hoogte - 8}>
            {jaar.slice(0, 4)}
          </text>
        </g>
      ))}
      {beginJaar && (
        <text className="sim-tl-as" x={maat.x0 + 3} y={hoogte - 8}>
          {beginJaar}
        </text>
      )}
      {lijnen.map((lijn, i) => {
        // One header row per vertical line: its name in the label column, a dotted line to where the
        // line starts, and the date beside the line (wide) or below the name (narrow).
        const lx = x(lijn.datum);
        const lines = kopLabels[i] ?? [];
        const y = (kopTops[i] ?? 0) + KOPRIJ / 2 + 4;
        const rechts = lx + 130 < maat.breedte;
        return (
          <g key={`${lijn.soort}-${lijn.datum}-${i}`}>
            <text className="sim-tl-label sim-tl-kop" x={maat.labelX} y={y + 5} textAnchor="end">
              <title>{`${lijn.label}: ${formatDate(lijn.datum, taal)}`}</title>
              {lines.map((line, n) => (
                <tspan key={n} x={maat.labelX} dy={n === 0 ? 0 : REGEL}>
                  {line}
                </tspan>
              ))}
            </text>
            <line className="sim-tl-verbinding" x1={maat.labelX + 8} x2={lx} y1={y} y2={y} />
            {!smal && (
              <text
                className="sim-tl-as"
                x={rechts ? lx + 5 : lx - 5}
                y={y - 4}
                textAnchor={rechts ? 'start' : 'end'}
              >
                {formatDate(lijn.datum, taal)}
              </text>
            )}
            <line
              className={`sim-tl-lijn sim-tl-lijn--${lijn.soort}`}
              x1={lx}
              x2={lx}
              y1={y}
              y2={hoogte - 24}
            />
          </g>
        );
      })}
      {rijen.map((rij, i) => {
        const top = tops[i] ?? kop;
        const lines = labels[i] ?? [];
        const hoog = hoogtes[i] ?? 28;
        // The bar's middle, and where the first label line sits.
        const y = top + hoog / 2;
        const eersteRegel = y + 5 - ((lines.length - 1) * REGEL) / 2;
        return (
          <g key={`${rij.soort}-${i}`}>
            <text className="sim-tl-label" x={maat.labelX} y={eersteRegel} textAnchor="end">
              <title>{rij.label}</title>
              {lines.map((line, n) => (
                <tspan key={n} x={maat.labelX} dy={n === 0 ? 0 : REGEL}>
                  {line}
                </tspan>
              ))}
            </text>
            {rij.soort === 'gebeurtenis' && (
              <circle className="sim-tl-gebeurtenis" cx={x(rij.datum)} cy={y} r={6} />
            )}
            {rij.soort === 'termijn' && <TermijnBalk termijn={rij.termijn} x={x} y={y} />}
            {rij.soort === 'planning' && (
              <Ruit x={x(rij.stap.uiterlijk)} y={y} oordeel={rij.oordeel.soort} />
            )}
          </g>
        );
      })}
    </svg>
  );
}

function TermijnBalk({
  termijn,
  x,
  y,
}: {
  termijn: Deadline;
  x: (datum: string) => number;
  y: number;
}) {
  const soort = termijn.status.soort;
  const begin = x(termijn.start);
  const einde = x(termijn.vervaldatum);
  return (
    <>
      <rect
        className={`sim-tl-balk sim-tl-balk--${TERMIJN_KLASSE[soort]}`}
        x={begin}
        y={y - 5}
        width={Math.max(einde - begin, 2)}
        height={10}
      />
      <line className="sim-tl-einde" x1={einde} x2={einde} y1={y - 10} y2={y + 10} />
      {termijn.afgerond && (
        <circle className="sim-tl-afgerond" cx={x(termijn.afgerond)} cy={y} r={6} />
      )}
      <text
        className="sim-tl-icoon"
        x={Math.max(einde, termijn.afgerond ? x(termijn.afgerond) : 0) + 10}
        y={y + 5}
      >
        {TERMIJN_ICOON[soort]}
      </text>
    </>
  );
}

function Ruit({ x, y, oordeel }: { x: number; y: number; oordeel: PlanningJudgement['soort'] }) {
  return (
    <>
      <path
        className={`sim-tl-ruit sim-tl-ruit--${TERMIJN_KLASSE[oordeel]}`}
        d={`M ${x} ${y - 8} L ${x + 8} ${y} L ${x} ${y + 8} L ${x - 8} ${y} Z`}
      />
      <text className="sim-tl-icoon" x={x + 12} y={y + 5}>
        {PLANNING_ICOON[oordeel]}
      </text>
    </>
  );
}
