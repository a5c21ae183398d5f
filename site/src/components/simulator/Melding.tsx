/** A notice on the NL Design System alert (`utrecht-alert`), for the islands; see Melding.astro. */
import type { ReactNode } from 'react';

interface Props {
  soort?: 'info' | 'ok' | 'warning' | 'error';
  /** `alert` only for a message that must interrupt (loading failed). */
  role?: 'alert';
  className?: string;
  children: ReactNode;
}

export function Melding({ soort = 'info', role, className, children }: Props) {
  return (
    <div
      className={`utrecht-alert utrecht-alert--${soort}${className ? ` ${className}` : ''}`}
      role={role}
    >
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}
