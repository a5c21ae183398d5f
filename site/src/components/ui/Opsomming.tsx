/** A list of clause ids or names in running text, "a, b, c", each as <cite> or <code>. */
import { Fragment } from 'react';

export function Opsomming({ items, als }: { items: readonly string[]; als: 'cite' | 'code' }) {
  return (
    <>
      {items.map((item, index) => (
        <Fragment key={`${item}-${index}`}>
          {index > 0 && ', '}
          {als === 'cite' ? <cite>{item}</cite> : <code className="nl-code">{item}</code>}
        </Fragment>
      ))}
    </>
  );
}
