// A native <button> that looks like Fluent UI's DefaultButton (or PrimaryButton with `primary`), for
// first-screen actions. Fluent's own buttons carry their menu machinery with them (see styles.ts).
import * as React from 'react';
import { css } from '@fluentui/react/lib/Utilities';
import { LightIcon } from './LightIcon';
import { useLightClassNames } from './styles';

export interface LightButtonProps {
  text: string;
  onClick: () => void;
  primary?: boolean;
  disabled?: boolean;
  /** A Fluent UI icon name, e.g. 'ChevronLeft'. */
  iconName?: string;
  ariaLabel?: string;
}

export function LightButton(props: LightButtonProps): React.ReactElement {
  const c = useLightClassNames();
  return (
    <button
      type="button"
      className={css(c.button, props.primary && c.primary)}
      disabled={props.disabled}
      aria-label={props.ariaLabel}
      onClick={props.onClick}
    >
      {props.iconName && <LightIcon iconName={props.iconName} className={c.icon} />}
      {props.text}
    </button>
  );
}
