/**
 * What both islands share: the rule set loaded once, the state kept in the URL fragment, a short delay
 * before recalculating, moving focus to a field, and printing with every explanation opened.
 */
import { useEffect, useRef, useState } from 'react';
import type { RuleSet } from '@iza-regels/engine';
import { bewaarInUrl, uitFragment } from '../../lib/simulator/fragment.ts';

/** The bundled rule set, loaded in the browser after the page has shown its first text. */
export function useRegelset(): { ruleSet?: RuleSet; fout?: string } {
  const [state, setState] = useState<{ ruleSet?: RuleSet; fout?: string }>({});
  useEffect(() => {
    let live = true;
    import('../../lib/simulator/regelset.ts')
      .then((module) => module.regelset())
      .then(
        (ruleSet) => live && setState({ ruleSet }),
        (error: unknown) =>
          live && setState({ fout: error instanceof Error ? error.message : String(error) }),
      );
    return () => {
      live = false;
    };
  }, []);
  return state;
}

/**
 * State that lives in the URL fragment. Read once the page runs in the browser (the HTML built ahead
 * has no state), written back on every change without a new history entry, and read again when the
 * visitor pastes another link. An anchor link on the page (`#inhoud`) does not wipe the state.
 */
export function useFragmentToestand<T>(
  /** Read a state; keys it does not know go into `genegeerd`, and it may throw on anything odd. */
  lees: (data: unknown, genegeerd: string[]) => T | undefined,
  begin: () => T,
  schrijf: (toestand: T) => unknown,
): {
  toestand: T | undefined;
  zet: (next: T | ((old: T) => T)) => void;
  onleesbaar: boolean;
  /** Keys of the link that were left out, for a notice on the page. */
  genegeerd: readonly string[];
} {
  const [toestand, setToestand] = useState<T>();
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
    };
    herstel();
    window.addEventListener('hashchange', herstel);
    return () => window.removeEventListener('hashchange', herstel);
  }, [lees, begin, schrijf]);
  useEffect(() => {
    if (toestand === undefined) return;
    huidig.current = toestand;
    bewaarInUrl(schrijf(toestand));
  }, [toestand, schrijf]);
  const zet = (next: T | ((old: T) => T)): void =>
    setToestand((old) =>
      old === undefined ? old : typeof next === 'function' ? (next as (o: T) => T)(old) : next,
    );
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
