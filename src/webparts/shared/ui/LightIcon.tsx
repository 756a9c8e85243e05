// A Fluent UI font icon for first screens. Fluent's FontIcon finds its glyph through
// @fluentui/style-utilities' index, which brings into the first download every part of it that any
// later chunk uses (animations, focus and screen styles: about 8 KB); so FontIcon loads in a chunk
// of its own on first use and, until it is in, a blank of the icon's width holds its place.
import * as React from 'react';

const FontIcon = React.lazy(() =>
  import(/* webpackChunkName: 'fluent-icon' */ '@fluentui/react/lib/Icon').then((m) => ({ default: m.FontIcon }))
);

export interface LightIconProps {
  /** A Fluent UI icon name, e.g. 'ChevronLeft'. */
  iconName: string;
  className?: string;
  style?: React.CSSProperties;
}

/** Decorative (aria-hidden): the control it sits in carries the words. */
export function LightIcon(props: LightIconProps): React.ReactElement {
  const blank = (
    <i className={props.className} style={{ ...props.style, display: 'inline-block', width: '1em' }} aria-hidden />
  );
  return (
    <React.Suspense fallback={blank}>
      <FontIcon iconName={props.iconName} className={props.className} style={props.style} aria-hidden />
    </React.Suspense>
  );
}
