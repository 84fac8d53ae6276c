/** The package entry: the element class, its types, and its registration. */
import './define.js';

export { IcssiStatement } from './icssi-statement.js';
export type { State, LoadDetail, ErrorDetail } from './icssi-statement.js';
export type { Feed, Statement, Version, Person } from './model.js';
export type { FeedErrorCode } from './feed/errors.js';
