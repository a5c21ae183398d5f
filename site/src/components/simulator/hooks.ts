/**
 * What both islands share: the rule set loaded once, the state kept in the URL fragment, a short delay
 * before recalculating, moving focus to a field, and printing with every explanation opened.
 */
import { useEffect, useRef, useState } from 'react';
import { bewaarInUrl, uitFragment } from '../../lib/simulator/fragment.ts';

export type Rekenaar = typeof import('../../lib/simulator/rekenen.ts');

/**
 * The engine and the rules, fetched once `nodig` (e.g. once a question is chosen): until then the form
 * works and nothing else is loaded or run. A failure to load is a message (`fout`), never a wait for
 * ever.
 */
export function useRekenaar(nodig = true): { rekenaar?: Rekenaar; fout?: string } {
  const [state, setState] = useState<{ rekenaar?: Rekenaar; fout?: string }>({});
  useEffect(() => {
    if (!nodig) return;
    let live = true;
    import('../../lib/simulator/zonder-eval.ts')
      .then(() => import('../../lib/simulator/rekenen.ts'))
      .then(
        (rekenaar) => live && setState({ rekenaar }),
        (error: unknown) =>
          live && setState({ fout: error instanceof Error ? error.message : String(error) }),
      );
    return () => {
      live = false;
    };
  }, [nodig]);
  return state;
}

/**
 * State that lives in the URL fragment. The HTML built ahead shows `leeg` (and so does the browser's
 * first render, so the form is not drawn twice); once the page runs, the fragment is read, then written
 * back on every change without a new history entry, and read again when the visitor pastes another
 * link. An anchor link on the page (`#inhoud`) does not wipe the state.
 */
export function useFragmentToestand<T>(
  /** Read a state; keys it does not know go into `genegeerd`, and it may throw on anything odd. */
  lees: (data: unknown, genegeerd: string[]) => T | undefined,
  begin: () => T,
  schrijf: (toestand: T) => unknown,
  /** The state before the fragment is read: the same at build time and in the browser. */
  leeg: T,
): {
  toestand: T;
  zet: (next: T | ((old: T) => T)) => void;
  onleesbaar: boolean;
  /** Keys of the link that were left out, for a notice on the page. */
  genegeerd: readonly string[];
} {
  const [toestand, setToestand] = useState<T>(leeg);
  const [gelezen, setGelezen] = useState(false);
  const [onleesbaar, setOnleesbaar] = useState(false);
  const [genegeerd, setGenegeerd] = useState<readonly string[]>([]);
  const huidig = useRef<T | undefined>(undefined);
  useEffect(() => {
    const herstel = (): void => {
      const data = uitFragment(window.location.hash);
      if (data === undefined && huidig.current !== undefined) {
        bewaarInUrl(schrijf(huidig.current));
        return;
      }
      const weg: string[] = [];
      let read: T | undefined;
      try {
        read = data === undefined || data === null ? undefined : lees(data, weg);
      } catch {
        // Any link gives a working page: one that cannot be read starts empty, with a notice.
        read = undefined;
      }
      setOnleesbaar(data !== undefined && read === undefined);
      setGenegeerd(read === undefined ? [] : weg);
      setToestand(read ?? huidig.current ?? begin());
      setGelezen(true);
    };
    herstel();
    window.addEventListener('hashchange', herstel);
    return () => window.removeEventListener('hashchange', herstel);
  }, [lees, begin, schrijf]);
  useEffect(() => {
    if (!gelezen) return;
    huidig.current = toestand;
    bewaarInUrl(schrijf(toestand));
  }, [gelezen, toestand, schrijf]);
  const zet = (next: T | ((old: T) => T)): void =>
    setToestand((old) => (typeof next === 'function' ? (next as (o: T) => T)(old) : next));
  return { toestand, zet, onleesbaar, genegeerd };
}

/** The value, but only once it has stopped changing for `ms` milliseconds. */
export function useUitgesteld<T>(value: T, ms = 150): T {
  const [uitgesteld, setUitgesteld] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setUitgesteld(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return uitgesteld;
}

/** Open every <details> while printing, and close again what was closed. */
export function useAfdrukkenOpen(): void {
  useEffect(() => {
    let dicht: HTMLDetailsElement[] = [];
    const voor = () => {
      dicht = [...document.querySelectorAll('details')].filter((d) => !d.open);
      for (const d of dicht) d.open = true;
    };
    const na = () => {
      for (const d of dicht) d.open = false;
      dicht = [];
    };
    window.addEventListener('beforeprint', voor);
    window.addEventListener('afterprint', na);
    return () => {
      window.removeEventListener('beforeprint', voor);
      window.removeEventListener('afterprint', na);
    };
  }, []);
}

/**
 * Focus the control of a field: the element with this id, or the nearest field around it
 * (`veld-kosten-1-aard` → `veld-kosten-1` → `veld-kosten`). Inside a group, the chosen option first.
 */
export function focusVeld(id: string): boolean {
  let current = id;
  for (;;) {
    const element = document.getElementById(current);
    if (element) {
      const control = element.matches('input, select, textarea, button')
        ? element
        : (element.querySelector<HTMLElement>('input:checked:not([disabled])') ??
          element.querySelector<HTMLElement>('input:not([disabled]), select, textarea, button') ??
          element);
      control.focus();
      control.scrollIntoView({ block: 'center' });
      return true;
    }
    const cut = current.lastIndexOf('-');
    if (cut <= 'veld'.length) return false;
    current = current.slice(0, cut);
  }
}
