import { useCallback, useEffect, useState } from 'preact/hooks';
import { isAbort } from './api';

export type Load<T> =
  | { status: 'loading'; stale?: T }
  | { status: 'error'; message: string }
  | { status: 'ok'; data: T };

/**
 * Runs load whenever key changes, aborting the previous run. While it loads,
 * the state keeps the data of the previous key as stale. The returned retry
 * runs it again (for the error state's "Try again" button).
 */
export function useLoad<T>(key: string, load: (signal: AbortSignal) => Promise<T>): [Load<T>, () => void] {
  const [loaded, setLoaded] = useState<{ key: string; state: Load<T> }>({ key, state: { status: 'loading' } });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const ctl = new AbortController();
    setLoaded((prev) => ({ key, state: { status: 'loading', stale: dataOf(prev.state) } }));
    load(ctl.signal).then(
      (data) => {
        if (!ctl.signal.aborted) setLoaded({ key, state: { status: 'ok', data } });
      },
      (err: unknown) => {
        if (ctl.signal.aborted || isAbort(err)) return;
        setLoaded({ key, state: { status: 'error', message: err instanceof Error ? err.message : String(err) } });
      },
    );
    return () => ctl.abort();
    // load is a fresh closure on every render; key says when it changes.
  }, [key, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  // Until the effect has run for a new key, what is there is another key's.
  const state: Load<T> = loaded.key === key ? loaded.state : { status: 'loading', stale: dataOf(loaded.state) };
  return [state, retry];
}

function dataOf<T>(s: Load<T>): T | undefined {
  return s.status === 'ok' ? s.data : s.status === 'loading' ? s.stale : undefined;
}

/** value, updated only after it has stopped changing for ms milliseconds. */
export function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}
