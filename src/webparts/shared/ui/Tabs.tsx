// Tabs as Fluent UI's Pivot draws them (a tab list with the selected tab underlined), keyboard-
// operable with the arrow keys, Home and End. Only the selected tab's content is rendered, as in Pivot.
import * as React from 'react';
import { css, getId } from '@fluentui/react/lib/Utilities';
import { useLightClassNames } from './styles';

export interface Tab {
  key: string;
  title: string;
  render: () => React.ReactNode;
}

export function Tabs(props: { tabs: Tab[]; ariaLabel: string }): React.ReactElement {
  const c = useLightClassNames();
  const [id] = React.useState(() => getId('frontline-tabs'));
  const [selected, setSelected] = React.useState(props.tabs[0]?.key);
  const refs = React.useRef<(HTMLButtonElement | null)[]>([]);
  const index = Math.max(
    0,
    props.tabs.findIndex((t) => t.key === selected)
  );
  const move = (to: number): void => {
    const next = (to + props.tabs.length) % props.tabs.length;
    setSelected(props.tabs[next].key);
    refs.current[next]?.focus();
  };
  const onKeyDown = (e: React.KeyboardEvent): void => {
    const to = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: props.tabs.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    move(to);
  };
  const current = props.tabs[index];
  return (
    <div>
      <div role="tablist" aria-label={props.ariaLabel} className={c.tabs} onKeyDown={onKeyDown}>
        {props.tabs.map((t, i) => (
          <button
            key={t.key}
            ref={(el) => (refs.current[i] = el)}
            type="button"
            role="tab"
            id={`${id}-tab-${i}`}
            aria-selected={i === index}
            aria-controls={`${id}-panel`}
            tabIndex={i === index ? 0 : -1}
            className={css(c.tab, i === index && c.tabSelected)}
            onClick={() => setSelected(t.key)}
          >
            {t.title}
          </button>
        ))}
      </div>
      {current && (
        <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${index}`}>
          {current.render()}
        </div>
      )}
    </div>
  );
}
