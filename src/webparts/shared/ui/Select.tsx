// A labelled native <select> styled as a Fluent UI field: the first-screen choice control. Fluent's
// Dropdown brings its Callout, Panel, Checkbox and button machinery; a native select needs none
// and is keyboard- and screen-reader-operable by itself.
import * as React from 'react';
import { css, getId } from '@fluentui/react/lib/Utilities';
import { useLightClassNames } from './styles';

export interface SelectOption {
  key: string;
  text: string;
}

export interface SelectProps {
  label: string;
  options: SelectOption[];
  /** The selected key; '' (or undefined) selects the placeholder when there is one. */
  value: string | undefined;
  onChange: (key: string) => void;
  /** A first, empty choice, e.g. "Choose a committee meeting". */
  placeholder?: string;
  disabled?: boolean;
  errorMessage?: string;
  minWidth?: number;
}

export function Select(props: SelectProps): React.ReactElement {
  const c = useLightClassNames();
  const [id] = React.useState(() => getId('frontline-select'));
  return (
    <div style={{ minWidth: props.minWidth }}>
      <label htmlFor={id} className={c.label}>
        {props.label}
      </label>
      <select
        id={id}
        className={css(c.input, props.errorMessage && c.invalid)}
        value={props.value ?? ''}
        disabled={props.disabled}
        aria-invalid={props.errorMessage ? true : undefined}
        aria-describedby={props.errorMessage ? `${id}-error` : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
        {props.options.map((o) => (
          <option key={o.key} value={o.key}>
            {o.text}
          </option>
        ))}
      </select>
      {props.errorMessage && (
        <span id={`${id}-error`} role="alert" className={c.error}>
          {props.errorMessage}
        </span>
      )}
    </div>
  );
}
