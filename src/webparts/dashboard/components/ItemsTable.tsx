// The dashboard's table of list items with why each is there: found about a person or kept by
// erasure (the Privacy tab), or to be deleted by the next retention sweep (the Retention tab).
import * as React from 'react';

export interface ListItemRow {
  list: string;
  id: number;
  title?: string;
  why: string;
}

/** The items in a captioned table: list, item (its title, else its id) and `whyHeader`. */
export function ItemsTable(props: {
  caption: React.ReactNode;
  whyHeader: string;
  items: ListItemRow[];
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
