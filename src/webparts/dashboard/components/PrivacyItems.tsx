// What the Privacy tab's two parts share: the table of list items (found about the person, or kept
// by erasure) with why each is there, and an error in words.
import * as React from 'react';

export const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export interface PrivacyItem {
  list: string;
  id: number;
  title: string;
  why: string;
}

/** The items in a captioned table: list, item (its title, else its id) and `whyHeader`. */
export function PrivacyItems(props: {
  caption: React.ReactNode;
  whyHeader: string;
  items: PrivacyItem[];
}): React.ReactElement {
  return (
    <table style={{ borderCollapse: 'collapse', width: '100%' }}>
      <caption style={{ textAlign: 'left', fontWeight: 600 }}>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">List</th>
          <th scope="col">Item</th>
          <th scope="col">{props.whyHeader}</th>
        </tr>
      </thead>
      <tbody>
        {props.items.map((i) => (
          <tr key={`${i.list}#${i.id}`}>
            <td>{i.list}</td>
            <td>{i.title || `#${i.id}`}</td>
            <td>{i.why}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
