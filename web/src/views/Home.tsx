import { Fragment } from 'preact';
import { SearchBox } from '../components/SearchBox';
import { EntityLink } from '../components/EntityLink';
import { ErrorState, Loading, Empty } from '../components/Status';
import { useLoad } from '../hooks';
import { formatDate } from '../model';
import { searchHref } from '../router';
import { latestDocuments } from '../queries';

const EXAMPLES = ['2011/98/EU', 'kst-32317-867', 'Yeşilgöz', 'tijdelijke bescherming', 'Roemenië', 'Eurojust'];

export function Home() {
  const [latest, retry] = useLoad('latest', latestDocuments);
  return (
    <div class="home">
      <h1 tabIndex={-1}>Follow the relations of EU Justice and Home Affairs policy</h1>
      <p class="lede">
        Letters of the Dutch government to parliament about JHA Council meetings, the legal acts and Kamerstukken they
        cite, who signed them, the meetings, countries and bodies they are about — each fact with the sentence that
        supports it.
      </p>
      <SearchBox large autoFocus />
      <p class="examples">
        Try:{' '}
        {EXAMPLES.map((q, i) => (
          <Fragment key={q}>
            {i > 0 && ', '}
            <a href={searchHref(q)}>{q}</a>
          </Fragment>
        ))}
      </p>
      <section aria-labelledby="latest-h">
        <h2 id="latest-h">Latest letters</h2>
        {latest.status === 'loading' && <Loading label="Loading the latest letters…" />}
        {latest.status === 'error' && <ErrorState message={latest.message} retry={retry} />}
        {latest.status === 'ok' &&
          (latest.data.edges.length === 0 ? (
            <Empty>No letters have been ingested yet: run `jhagraph ingest`.</Empty>
          ) : (
            <ul class="cards">
              {latest.data.edges.map(({ node }) => (
                <li key={node.id} class="card">
                  <EntityLink node={{ __typename: 'Document', id: node.id, name: node.name }} badge={false} />
                  <p class="muted">
                    {formatDate(node.date)}
                    {node.signatories.length > 0 && ' · ' + node.signatories.map((s) => s.person.name).join(', ')}
                  </p>
                </li>
              ))}
            </ul>
          ))}
      </section>
    </div>
  );
}
