// The properties of an entity, by kind.

import type { ComponentChildren } from 'preact';
import { EntityLink } from '../components/EntityLink';
import { Evidence } from '../components/Evidence';
import { useDocument } from '../evidence';
import { formatDate, type NodeRef } from '../model';
import type { Entity } from '../queries';

type Row = [string, ComponentChildren];

function Facts({ rows }: { rows: Row[] }) {
  const shown = rows.filter(([, v]) => v !== null && v !== undefined && v !== '' && v !== false);
  if (shown.length === 0) return null;
  return (
    <dl class="facts">
      {shown.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

// A section headed by its title and how many entries it lists; id names
// its heading (id-h), which labels it.
function Counted(props: { id: string; title: string; count: number; class?: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={`${props.id}-h`} class={props.class}>
      <h2 id={`${props.id}-h`}>
        {props.title} <span class="count">{props.count}</span>
      </h2>
      {props.children}
    </section>
  );
}

const ref = (typename: string, r: { id: string; name: string } | null | undefined) =>
  r ? <EntityLink node={{ __typename: typename, id: r.id, name: r.name }} badge={false} /> : null;

const external = (url: string, label: string) => (
  <a class="external" href={url} target="_blank" rel="noopener noreferrer">
    {label}
    <span class="visually-hidden"> (opens in a new tab)</span>
  </a>
);

const term = (start: string | null, end: string | null) =>
  start || end ? `${start ? formatDate(start) : '…'} – ${end ? formatDate(end) : 'now'}` : '';

// The terms in office of a person (each linking its office) or of an
// office (each linking its holder), each with its dates.
const terms = <T extends { start: string | null; end: string | null }>(
  list: T[],
  typename: string,
  other: (t: T) => { id: string; name: string },
) =>
  list.length > 0 && (
    <ul class="plain">
      {list.map((t) => (
        <li key={other(t).id + t.start}>
          {ref(typename, other(t))} <span class="muted">{term(t.start, t.end)}</span>
        </li>
      ))}
    </ul>
  );

const yes = (b: boolean) => (b ? 'yes' : 'no');

export function Properties({ e }: { e: Entity }) {
  switch (e.__typename) {
    case 'Document':
      return (
        <>
          <Facts
            rows={[
              ['Title', e.title],
              ['Date', formatDate(e.date)],
              ['Kamerstuk', e.dossier && `${e.dossier}, nr. ${e.number ?? '?'}${e.dossierInferred ? ' (dossier inferred)' : ''}`],
              ['Kind', e.kind],
              ['Addressee', e.addressee],
              ['Ingested', e.ingested ? `yes${e.source ? `, from ${e.source}` : ''}` : 'no: only known from citations'],
              ['Publication', external(e.url, e.url)],
            ]}
          />
          <Counted id="signatories" title="Signatories" count={e.signatories.length} class="signatories">
            {e.signatories.length === 0 ? (
              <p class="muted">{e.ingested ? 'No signature found in the letter.' : 'Not known: the document is not ingested.'}</p>
            ) : (
              <ul class="signatory-list">
                {e.signatories.map((s) => (
                  <li key={s.person.id}>
                    {ref('Person', s.person)}
                    {s.office && <span class="office">{s.office}</span>}
                  </li>
                ))}
              </ul>
            )}
          </Counted>
          {e.ingested && <FullText id={e.id} />}
        </>
      );
    case 'LegalAct':
      return (
        <Facts
          rows={[
            ['Title', e.title],
            ['CELEX', e.celex],
            ['Type', e.type],
            ['Year and number', e.year && e.actNumber ? `${e.year}/${e.actNumber}` : ''],
            ['Also known as', e.aliases.join(' · ')],
            ['EUR-Lex', external(e.eurlexUrl, e.eurlexUrl)],
          ]}
        />
      );
    case 'Person':
      return (
        <Facts
          rows={[
            ['Offices', terms(e.offices, 'Office', (t) => t.office)],
          ]}
        />
      );
    case 'Office':
      return (
        <Facts
          rows={[
            ['Held by', terms(e.holders, 'Person', (t) => t.person)],
          ]}
        />
      );
    case 'CouncilMeeting':
      return (
        <>
          <Facts
            rows={[
              ['Formation', e.formation && `${e.formation}${e.informal ? ' (informal)' : ''}`],
              ['Dates', [formatDate(e.startDate), formatDate(e.endDate)].filter(Boolean).join(' – ')],
              ['Place', e.place],
              ['Presidency', ref('Country', e.presidency)],
              ['Year', e.yearCorrected && 'corrected from the letter’s own date'],
            ]}
          />
          {e.agenda.length > 0 && (
            <Counted id="agenda" title="Agenda" count={e.agenda.length}>
              <ul class="plain agenda">
                {e.agenda.map((item) => (
                  <li key={item.id}>
                    <span class="muted">
                      {item.section && item.section !== '0' ? `${item.section}.${item.order ?? ''} ` : ''}
                      {item.sectionTitle ? `${item.sectionTitle}: ` : ''}
                    </span>
                    {ref('AgendaItem', { id: item.id, name: item.title ?? item.name })}
                    {item.format && <span class="muted"> ({item.format})</span>}
                  </li>
                ))}
              </ul>
            </Counted>
          )}
          {e.attendees.length > 0 && (
            <Counted id="attendees" title="Attendees" count={e.attendees.length}>
              <ul class="relation-list">
                {e.attendees.map((a) => (
                  <li key={a.node.id} class="relation">
                    <EntityLink node={a.node} />
                    <Evidence evidence={a.evidence} />
                  </li>
                ))}
              </ul>
            </Counted>
          )}
        </>
      );
    case 'AgendaItem':
      return (
        <Facts
          rows={[
            ['Title', e.title],
            ['Section', [e.section && e.section !== '0' ? e.section : '', e.sectionTitle].filter(Boolean).join(' · ')],
            ['Order', e.order != null ? String(e.order) : ''],
            ['Format', e.format],
            ['Meeting', ref('CouncilMeeting', e.meeting)],
          ]}
        />
      );
    case 'Country':
      return <Facts rows={[['ISO code', e.code], ['EU member state', yes(e.memberState)]]} />;
    case 'Organisation':
      return <Facts rows={[['Also known as', e.aliases.join(' · ')]]} />;
    case 'Position':
      return (
        <>
          <Facts
            rows={[
              ['Stance', <Stance stance={e.stance} polarity={e.polarity} negated={e.negated} conditional={e.conditional} />],
              ['Cue', e.cue && `“${e.cue}”`],
              ['Date', formatDate(e.date)],
              ['Held by', <Refs nodes={e.actors} fallback={e.actor} />],
              ['On', <Refs nodes={e.subjects} fallback={e.subject} />],
              ['Stated in', ref('Document', e.document)],
              ['Agenda item', ref('AgendaItem', e.agendaItem)],
            ]}
          />
          <Evidence evidence={e.evidence} />
        </>
      );
    default:
      return null;
  }
}

function Refs({ nodes, fallback }: { nodes: NodeRef[]; fallback: string | null }) {
  if (nodes.length === 0) return <>{fallback ?? ''}</>;
  return (
    <ul class="plain">
      {nodes.map((n) => (
        <li key={n.id}>
          <EntityLink node={n} />
        </li>
      ))}
    </ul>
  );
}

export function Stance({ stance, polarity, negated, conditional }: { stance: string; polarity: string | null; negated: boolean; conditional: boolean }) {
  return (
    <span class={`stance polarity-${polarity ?? 'neutral'}`}>
      {negated ? 'not ' : ''}
      {stance}
      {conditional ? ' (conditional)' : ''}
    </span>
  );
}

/** The letter's normalised text, folded away until asked for. */
function FullText({ id }: { id: string }) {
  const state = useDocument(id);
  if (state.status !== 'ok' || !state.doc?.text) return null;
  return (
    <details class="fulltext">
      <summary>Full text of the letter</summary>
      <div class="text">{state.doc.text}</div>
    </details>
  );
}
