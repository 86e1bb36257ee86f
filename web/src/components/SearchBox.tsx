import { useEffect, useId, useState } from 'preact/hooks';
import { isAbort } from '../api';
import { useDebounced } from '../hooks';
import { kind } from '../model';
import { entityHref, navigate, searchHref } from '../router';
import { search, type SearchHit } from '../queries';

const SUGGESTIONS = 8;

type Suggest =
  | { status: 'idle' }
  | { status: 'loading'; q: string }
  | { status: 'ok'; q: string; hits: SearchHit[] }
  | { status: 'error'; q: string; message: string };

/**
 * The search box: an ARIA 1.2 combobox whose suggestions (entities by name,
 * alias, number or CELEX) come as you type. ArrowDown/ArrowUp move through
 * them, Enter opens the chosen entity (or the full results when none is
 * chosen), Escape closes the list.
 */
export function SearchBox({ initial = '', autoFocus = false, large = false }: { initial?: string; autoFocus?: boolean; large?: boolean }) {
  const [value, setValue] = useState(initial);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [suggest, setSuggest] = useState<Suggest>({ status: 'idle' });
  const q = useDebounced(value.trim(), 150);
  const id = useId();
  const listId = `${id}-list`;

  useEffect(() => setValue(initial), [initial]);

  useEffect(() => {
    if (!q || !open) {
      setSuggest({ status: 'idle' });
      return;
    }
    const ctl = new AbortController();
    setSuggest({ status: 'loading', q });
    search(q, SUGGESTIONS, ctl.signal).then(
      (hits) => {
        setSuggest({ status: 'ok', q, hits });
        setActive(-1);
      },
      (err: unknown) => {
        if (!isAbort(err)) setSuggest({ status: 'error', q, message: err instanceof Error ? err.message : String(err) });
      },
    );
    return () => ctl.abort();
  }, [q, open]);

  const hits = suggest.status === 'ok' ? suggest.hits : [];
  const expanded = open && value.trim() !== '' && suggest.status !== 'idle';

  const choose = (hit: SearchHit | undefined) => {
    setOpen(false);
    setActive(-1);
    if (hit) {
      setValue(hit.node.name);
      navigate(entityHref(hit.node.id));
    } else if (value.trim()) {
      navigate(searchHref(value.trim()));
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!open) setOpen(true);
        else if (hits.length) setActive((a) => (a + 1) % hits.length);
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (hits.length) setActive((a) => (a <= 0 ? hits.length - 1 : a - 1));
        break;
      case 'Enter':
        e.preventDefault();
        choose(active >= 0 ? hits[active] : undefined);
        break;
      case 'Escape':
        if (open) {
          e.preventDefault();
          setOpen(false);
          setActive(-1);
        } else setValue('');
        break;
      case 'Home':
      case 'End':
        setActive(-1);
        break;
    }
  };

  return (
    <form
      role="search"
      class={large ? 'search large' : 'search'}
      onSubmit={(e) => {
        e.preventDefault();
        choose(undefined);
      }}
    >
      <label for={`${id}-input`} class={large ? 'search-label' : 'visually-hidden'}>
        Search the graph
      </label>
      <div class="combo">
        <input
          id={`${id}-input`}
          type="text"
          enterKeyHint="search"
          name="q"
          role="combobox"
          autoComplete="off"
          spellcheck={false}
          autoFocus={autoFocus}
          placeholder="2011/98/EU, kst-32317-867, Yeşilgöz, Romania…"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? `${id}-opt-${active}` : undefined}
          aria-describedby={`${id}-hint`}
          value={value}
          onInput={(e) => {
            setValue((e.target as HTMLInputElement).value);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onFocus={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
        />
        <button type="submit" class="button">
          Search
        </button>
        <ul
          id={listId}
          role="listbox"
          aria-label="Suggestions"
          class="suggestions"
          hidden={!expanded}
          aria-busy={suggest.status === 'loading'}
          data-query={suggest.status === 'idle' ? undefined : suggest.q}
        >
          {suggest.status === 'loading' && hits.length === 0 && (
            <li class="suggestion-status" role="presentation">
              Searching…
            </li>
          )}
          {suggest.status === 'error' && (
            <li class="suggestion-status error" role="presentation">
              {suggest.message}
            </li>
          )}
          {suggest.status === 'ok' && hits.length === 0 && (
            <li class="suggestion-status" role="presentation">
              Nothing found for “{suggest.q}”
            </li>
          )}
          {hits.map((hit, i) => (
            <li
              key={hit.node.id}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              class={i === active ? 'suggestion active' : 'suggestion'}
              data-id={hit.node.id}
              onMouseDown={(e) => e.preventDefault() /* keep the focus in the input */}
              onMouseMove={() => setActive(i)}
              onClick={() => choose(hit)}
            >
              <span class={`badge kind-${kind(hit.node.__typename).cls}`}>{kind(hit.node.__typename).label}</span>
              <span class="suggestion-name">{hit.node.__typename === 'Document' ? hit.node.id : hit.node.name}</span>
              <span class="suggestion-id">{hit.node.__typename === 'Document' ? hit.node.name : hit.node.id}</span>
            </li>
          ))}
        </ul>
      </div>
      <p id={`${id}-hint`} class="visually-hidden">
        Suggestions appear as you type; use the up and down arrows to choose one and Enter to open it.
      </p>
      <p class="visually-hidden" role="status" aria-live="polite">
        {expanded && suggest.status === 'ok' ? `${hits.length} suggestions` : ''}
      </p>
    </form>
  );
}
