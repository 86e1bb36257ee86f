// Documents' texts and publication links for evidence, read in batches: the
// documents asked for while a page renders go out as one aliased query, and
// each is read once per page load.

import { useEffect, useState } from 'preact/hooks';
import { documentTexts, type DocText } from './queries';

export interface LoadedDoc extends DocText {
  /** The text as code points, which evidence offsets count. */
  chars: string[];
}

const cache = new Map<string, Promise<LoadedDoc | null>>();
let pending: { id: string; resolve: (d: LoadedDoc | null) => void; reject: (e: unknown) => void }[] = [];

/**
 * The most texts one request asks for: the API weighs a document's text at
 * 1,000 of its complexity limit of 5,000 (a letter may hold megabytes).
 */
const TEXTS_PER_REQUEST = 4;

function flush() {
  const all = pending;
  pending = [];
  for (let i = 0; i < all.length; i += TEXTS_PER_REQUEST) read(all.slice(i, i + TEXTS_PER_REQUEST));
}

function read(batch: typeof pending) {
  documentTexts(batch.map((b) => b.id)).then(
    (docs) => batch.forEach((b, i) => {
      const d = docs[i];
      b.resolve(d ? { ...d, chars: d.text ? Array.from(d.text) : [] } : null);
    }),
    (err) => batch.forEach((b) => {
      cache.delete(b.id); // let a later render try again
      b.reject(err);
    }),
  );
}

export function loadDocument(id: string): Promise<LoadedDoc | null> {
  let p = cache.get(id);
  if (!p) {
    p = new Promise((resolve, reject) => {
      if (pending.length === 0) setTimeout(flush, 0);
      pending.push({ id, resolve, reject });
    });
    cache.set(id, p);
  }
  return p;
}

export type DocState = { status: 'loading' } | { status: 'error' } | { status: 'ok'; doc: LoadedDoc | null };

export function useDocument(id: string): DocState {
  const [state, setState] = useState<DocState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    loadDocument(id).then(
      (doc) => live && setState({ status: 'ok', doc }),
      () => live && setState({ status: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [id]);
  return state;
}
