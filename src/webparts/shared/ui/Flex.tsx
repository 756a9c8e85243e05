// Fluent UI's Stack for the first screen: a flex column (or row) with a gap between children, as
// plain CSS. Stack itself brings its own styling engine (about 5 KB) for the same layout.
import * as React from 'react';

export interface FlexProps {
  /** A row instead of a column. */
  horizontal?: boolean;
  /** Space between children, in pixels (Stack's tokens.childrenGap). */
  gap?: number;
  wrap?: boolean;
  /** Rows only: centre children vertically (Stack's verticalAlign="center"). */
  center?: boolean;
  children: React.ReactNode;
}

export function Flex(props: FlexProps): React.ReactElement {
  const style: React.CSSProperties = {
    display: 'flex',
    flexDirection: props.horizontal ? 'row' : 'column',
    flexWrap: props.wrap ? 'wrap' : undefined,
    alignItems: props.center ? 'center' : props.horizontal ? 'flex-start' : 'stretch',
    gap: props.gap
  };
  return <div style={style}>{props.children}</div>;
}
