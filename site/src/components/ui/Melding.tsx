/**
 * A notice on the NL Design System alert (`utrecht-alert`): information by default, or a warning, an
 * error or good news; the words say what kind of notice it is. On a static page Astro renders it
 * without JavaScript, with the slot content as its children.
 */
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
