// make-fetch-happen ships no types; the gateway only builds a fetcher with defaults.
declare module 'make-fetch-happen' {
  import type { Fetcher } from '@apollo/utils.fetcher';
  interface Defaults {
    maxSockets?: number;
    retry?: boolean;
    /** Total time for one request, in ms. */
    timeout?: number;
  }
  const makeFetchHappen: { defaults(options: Defaults): Fetcher };
  export default makeFetchHappen;
}
