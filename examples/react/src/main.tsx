// The example app: one statement, in English and in the reader's own language.
import { createRoot } from 'react-dom/client';
import { Statement } from './Statement.js';

// Your organisation's statement feed (it must send Access-Control-Allow-Origin).
const FEED = 'https://example.org/statements/feed.json';

createRoot(document.getElementById('root')!).render(
  <main>
    <h1>Statements we support</h1>
    <Statement feed={FEED} lang="en" />
  </main>,
);
