import { Link } from 'react-router';
import { resultHref, type SearchResult } from '../model';
import { HighlightedText } from './highlighted-text';
import { ResultMeta } from './result-meta';

type SearchResultItemProps = { result: SearchResult };

/** One result: its title (a link, matched words marked), what it is and where, and a short excerpt. */
export function SearchResultItem({ result }: SearchResultItemProps) {
  return (
    <li className="search-result">
      <Link to={resultHref(result.target)} className="utrecht-link search-result__title">
        <HighlightedText marked={result.title_marked} />
      </Link>
      <ResultMeta result={result} />
      {result.excerpt ? (
        <p className="utrecht-paragraph search-result__excerpt">
          <HighlightedText marked={result.excerpt} />
        </p>
      ) : null}
    </li>
  );
}
