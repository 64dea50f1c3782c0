import type { ApiData } from '../state/api-data.ts';
import type { TimeState } from '../state/time-state.ts';

/** What layers fed by the JSON APIs share: the hour shown and the response cache. */
export interface LiveContext {
  time: TimeState;
  api: ApiData;
}
