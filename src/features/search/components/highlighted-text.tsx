import { segmentsOf } from '../model';

type HighlightedTextProps = { marked: string };

/** A title or excerpt with its matched words in <mark>. Rendered as text pieces, never as HTML, so whatever the
 *  text contains shows as typed. */
export function HighlightedText({ marked }: HighlightedTextProps) {
  return (
    <>
      {segmentsOf(marked).map((s, i) =>
        s.marked ? (
          <mark key={i} className="search-mark">
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}
