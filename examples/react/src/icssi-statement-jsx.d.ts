// Teaches JSX the <icssi-statement> element: its attributes, and its events under React 19's `on<event name>` props.
import type { IcssiStatement, LoadDetail, ErrorDetail } from 'icssi-statement';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';

type StatementProps = DetailedHTMLProps<HTMLAttributes<IcssiStatement>, IcssiStatement> & {
  src?: string;
  statement?: string;
  layout?: 'full' | 'card' | 'list';
  theme?: 'light' | 'dark' | 'auto';
  limit?: number;
  'heading-level'?: number;
  images?: string;
  // React 19 adds a listener for the event named after `on`, exactly as written.
  'onicssi-load'?: (event: CustomEvent<LoadDetail>) => void;
  'onicssi-error'?: (event: CustomEvent<ErrorDetail>) => void;
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'icssi-statement': StatementProps;
    }
  }
}
