// A React 19 component around <icssi-statement>: props become the element's properties, its events arrive as props.
import { useState } from 'react';
import 'icssi-statement';
import type { ErrorDetail, LoadDetail } from 'icssi-statement';

export interface StatementProps {
  feed: string;
  lang?: string;
  layout?: 'full' | 'card' | 'list';
}

export function Statement({ feed, lang, layout = 'card' }: StatementProps) {
  const [status, setStatus] = useState('Loading the statement…');
  return (
    <figure>
      <icssi-statement
        src={feed}
        lang={lang}
        layout={layout}
        onicssi-load={(e: CustomEvent<LoadDetail>) => setStatus(`Showing statement ${e.detail.statement} in ${e.detail.lang}.`)}
        onicssi-error={(e: CustomEvent<ErrorDetail>) => setStatus(`Could not show the statement: ${e.detail.message}`)}
      />
      <figcaption role="status">{status}</figcaption>
    </figure>
  );
}
