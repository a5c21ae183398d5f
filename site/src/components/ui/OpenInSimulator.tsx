/**
 * "Open in de simulator": a link that opens the simulator with this plan, peildatum and variants
 * filled in, every question chosen and shown at once (the state is in the `#s=` fragment, so nothing
 * is sent). For the example plan on the home page and each worked case on a rule page.
 */
import { simulatorLink } from '../../lib/simulator/uitPlan.ts';
import type { Taal } from '../../lib/tekst.ts';
import { SIMULATOR_LINK } from '../../lib/woorden.ts';

interface Props {
  /** A plan with its peildatum: a worked case, or the example plan. */
  geval: {
    readonly plan: Readonly<Record<string, unknown>>;
    readonly peildatum: string;
    readonly varianten?: readonly string[];
    /** What is opened, for screen readers when many such links stand together (worked cases). */
    readonly naam?: string;
  };
  /** The ids of every question of the rule set: all are chosen. */
  vragen: readonly string[];
  taal: Taal;
}

export function OpenInSimulator({ geval, vragen, taal }: Props) {
  const { plan, peildatum, varianten = [], naam } = geval;
  const href = simulatorLink(taal, plan, { peildatum, varianten, vragen: [...vragen] });
  return (
    <p className="nl-paragraph open-in-simulator">
      <a className="nl-link" href={href} data-simulator-link>
        {SIMULATOR_LINK[taal]}
        {naam && (
          <span className="visueel-verborgen" lang="nl">
            : {naam}
          </span>
        )}
      </a>
    </p>
  );
}
