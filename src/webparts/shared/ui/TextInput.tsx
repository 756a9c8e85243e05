// A labelled text box or text area styled as Fluent UI's TextField (label, description, required
// mark, error message), growing with its text when multiline. Native elements only.
import * as React from 'react';
import { css, getId } from '@fluentui/react/lib/Utilities';
import { useLightClassNames } from './styles';

export interface TextInputProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  /** Visible rows of a multiline box before it grows. */
  rows?: number;
  description?: string;
  errorMessage?: string;
  required?: boolean;
  readOnly?: boolean;
  /** Values to suggest as the person types (a native datalist; single-line only). Any text is still accepted. */
  suggestions?: { value: string; label: string }[];
  /** The browser's autofill hint, e.g. 'email'. */
  autoComplete?: string;
}

export function TextInput(props: TextInputProps): React.ReactElement {
  const c = useLightClassNames();
  const [id] = React.useState(() => getId('frontline-text'));
  const area = React.useRef<HTMLTextAreaElement>(null);
  React.useLayoutEffect(() => {
    // Grow with the text, as Fluent's autoAdjustHeight does.
    const el = area.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight + 2}px`;
  }, [props.value]);
  const described =
    [props.description && `${id}-description`, props.errorMessage && `${id}-error`].filter(Boolean).join(' ') ||
    undefined;
  const common = {
    id,
    className: css(c.input, props.errorMessage && c.invalid),
    value: props.value,
    readOnly: props.readOnly,
    required: props.required,
    'aria-invalid': props.errorMessage ? true : undefined,
    'aria-describedby': described
  };
  return (
    <div>
      <label htmlFor={id} className={c.label}>
        {props.label}
        {props.required && (
          <span aria-hidden style={{ color: 'inherit', paddingLeft: 4 }}>
            *
          </span>
        )}
      </label>
      {props.multiline ? (
        <textarea
          {...common}
          ref={area}
          rows={props.rows ?? 3}
          style={{ resize: 'vertical', overflow: 'hidden' }}
          onChange={(e) => props.onChange(e.target.value)}
        />
      ) : (
        <input
          {...common}
          type="text"
          list={props.suggestions ? `${id}-suggestions` : undefined}
          autoComplete={props.autoComplete}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
      {props.suggestions && !props.multiline && (
        <datalist id={`${id}-suggestions`}>
          {props.suggestions.map((s) => (
            <option key={s.value} value={s.value} label={s.label} />
          ))}
        </datalist>
      )}
      {props.description && (
        <span id={`${id}-description`} className={c.description}>
          {props.description}
        </span>
      )}
      {props.errorMessage && (
        <span id={`${id}-error`} role="alert" className={c.error}>
          {props.errorMessage}
        </span>
      )}
    </div>
  );
}
