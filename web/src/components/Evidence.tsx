import { findParagraph } from '../text';
import { useDocument } from '../evidence';
import { entityHref } from '../router';
import type { Evidence as Ev, NodeRef } from '../model';

/**
 * The evidence of a fact: the quoted sentence, the paragraph it stands in
 * (with the sentence marked), a link to the letter's official publication
 * and, when the fact is about a legal act, to the act on EUR-Lex.
 */
export function Evidence({ evidence, act, showDocument = true }: { evidence: Ev; act?: NodeRef | null; showDocument?: boolean }) {
  const state = useDocument(evidence.documentId);
  const doc = state.status === 'ok' ? state.doc : null;
  const para = doc?.text ? findParagraph(doc.chars, doc.text, evidence.quote, evidence.start, evidence.end) : null;
  return (
    <figure class="evidence">
      <blockquote cite={doc?.url}>{evidence.quote}</blockquote>
      <figcaption>
        {showDocument && (
          <>
            in <a href={entityHref(evidence.documentId)}>{evidence.documentId}</a>
          </>
        )}
        {doc && (
          <>
            {showDocument ? ' · ' : ''}
            <a class="external" href={doc.url} target="_blank" rel="noopener noreferrer">
              official publication<span class="visually-hidden"> of {evidence.documentId} (opens in a new tab)</span>
            </a>
          </>
        )}
        {act?.eurlexUrl && (
          <>
            {' · '}
            <a class="external" href={act.eurlexUrl} target="_blank" rel="noopener noreferrer">
              {act.name} on EUR-Lex<span class="visually-hidden"> (opens in a new tab)</span>
            </a>
          </>
        )}
        {state.status === 'error' && <span class="muted"> · the letter's text could not be loaded</span>}
      </figcaption>
      {para && (
        <details class="paragraph" data-located={para.located}>
          <summary>Paragraph</summary>
          <p>
            {para.before}
            <mark>{para.quote}</mark>
            {para.after}
          </p>
        </details>
      )}
    </figure>
  );
}
