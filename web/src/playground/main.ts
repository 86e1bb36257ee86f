// The GraphQL playground served at /: GraphiQL (pinned in package.json) and
// React, bundled by this project's build, so that it works without any
// network but the server's own /graphql.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/style.css';

const defaultQuery = `# jhagraph: EU Justice and Home Affairs letters to parliament as a graph.
# Press the run button (or Ctrl-Enter). The schema is in the docs panel.
{
  legalAct(ref: "2011/98/EU") {
    id
    title
    citedBy(first: 5) {
      totalCount
      edges { node { id date title } }
    }
  }
}
`;

const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.href).toString() });
const root = document.getElementById('graphiql');
if (root) {
  createRoot(root).render(createElement(GraphiQL, { fetcher, defaultQuery }));
}
