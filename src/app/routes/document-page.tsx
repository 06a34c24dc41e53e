import { useQuery, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useParams, useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { authQueries } from '@/features/auth/api';
import { documentQueries } from '@/features/documents/api';
import { DocumentPageProvider } from '@/features/documents/components/document-context';
import { DocumentView } from '@/features/documents/components/document-view';
import { parseVersionParam } from '@/features/documents/model';
import { paths } from '@/config/paths';
import { EntryInitiatives } from '@/features/initiatives/components/entry-initiatives';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useEntryAttachments } from './document-attachments';
import { DocumentCoEditing } from './document-co-editing';
import { entryIndicatorRenderer } from './document-indicators';
import { usePlaceRenderers } from './document-place';
import './document-page.css';

export { PageError as ErrorBoundary } from './page-error';

/** The document (critical) is awaited so a missing one shows the not-found page; themes load alongside. Who I am is
 *  awaited too (it never fails the page): an editor keeps a draft (issue 5) only once that is known. */
export const loader =
  (qc: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const versionNo = parseVersionParam(new URL(request.url).searchParams.get('versie'));
    void qc.prefetchQuery(documentQueries.themes());
    await Promise.all([
      qc.prefetchQuery(authQueries.me()),
      qc.ensureQueryData(documentQueries.detail(params.slug!, versionNo)),
    ]);
    return null;
  };

/** The way back in the chain: the initiatives behind an agenda item, goal or action. */
const renderInitiatives = (entry: { lineage_id: string }) => (
  <EntryInitiatives lineageId={entry.lineage_id} hrefOf={(id) => paths.initiative.href(id)} />
);

export function DocumentPage() {
  const { slug } = useParams() as { slug: string };
  const [search] = useSearchParams();
  const versionNo = parseVersionParam(search.get('versie'));
  const { data: detail } = useSuspenseQuery(documentQueries.detail(slug, versionNo));
  const { data: themes } = useQuery(documentQueries.themes());
  const { data: comments } = useQuery(documentQueries.comments(detail.document.id));
  const places = usePlaceRenderers(detail);
  const renderIndicators = entryIndicatorRenderer(detail);
  const renderEntryExtras = (entry: { lineage_id: string }) => (
    <>
      {renderIndicators(entry)}
      {renderInitiatives(entry)}
    </>
  );
  const attachments = useEntryAttachments(detail);
  useDocumentTitle(detail.document.title);
  return (
    <div className="page document-page">
      <DocumentPageProvider
        value={{
          detail,
          themes: themes ?? [],
          threads: comments?.threads,
          renderEntryExtras: (entry) => (
            <>
              {attachments(entry)}
              {renderEntryExtras(entry)}
            </>
          ),
          ...places,
        }}
      >
        <DocumentCoEditing documentId={detail.document.id} participant={detail.can_edit || detail.can_comment}>
          <DocumentView />
        </DocumentCoEditing>
      </DocumentPageProvider>
    </div>
  );
}
