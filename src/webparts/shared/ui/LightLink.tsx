// A native <button> that looks like Fluent UI's Link (which, without an href, is a button too), for
// first-screen actions inside text and tables without Fluent's focus-rect and link machinery.
import * as React from 'react';
import { css } from '@fluentui/react/lib/Utilities';
import { useLightClassNames } from './styles';

export interface LightLinkProps {
  onClick: () => void;
  className?: string;
  ariaLabel?: string;
  children: React.ReactNode;
}

export function LightLink(props: LightLinkProps): React.ReactElement {
  const c = useLightClassNames();
  return (
    <button type="button" className={css(c.link, props.className)} aria-label={props.ariaLabel} onClick={props.onClick}>
      {props.children}
    </button>
  );
}
