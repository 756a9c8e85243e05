// What a button press said, beside that button: "a message sits beside its button", so on a phone
// the answer to a tap is where the finger is, not at the top of a long page. Two live regions are
// always in the page (a region added together with its text is often not read out): errors in an
// alert, announced at once; confirmations and warnings in a status, announced politely. When a
// message appears out of view (the button's section closed behind it), it is scrolled into view.
import * as React from 'react';
import { Notice, type NoticeKind } from './Notice';

export interface ActionMessage {
  kind: NoticeKind;
  text: string;
  /** Buttons beside the text (e.g. "Reload the form"). */
  actions?: React.ReactNode;
}

export interface ActionStatusProps {
  /** What the last press said, in order; none shows nothing (the regions stay, empty). */
  messages: ActionMessage[];
  /** Shows a close button on the first message that calls this. */
  onDismiss?: () => void;
  dismissLabel?: string;
}

const urgent = (m: ActionMessage): boolean => m.kind === 'error' || m.kind === 'severeWarning';

export function ActionStatus(props: ActionStatusProps): React.ReactElement {
  const { messages } = props;
  const box = React.useRef<HTMLDivElement>(null);
  const said = messages.map((m) => `${m.kind}:${m.text}`).join('\n');
  React.useEffect(() => {
    const el = box.current;
    // 'nearest': nothing moves when the message is already in view.
    if (said && el && typeof el.scrollIntoView === 'function') el.scrollIntoView({ block: 'nearest' });
  }, [said]);
  const notice = (m: ActionMessage): React.ReactElement => (
    <Notice
      key={`${m.kind}:${m.text}`}
      kind={m.kind}
      live={false}
      actions={m.actions}
      onDismiss={m === messages[0] ? props.onDismiss : undefined}
      dismissLabel={props.dismissLabel}
    >
      {m.text}
    </Notice>
  );
  const region = (list: ActionMessage[]): React.CSSProperties => ({
    display: 'flex',
    flexDirection: 'column',
    gap: 8,
    marginTop: list.length ? 8 : 0
  });
  const alerts = messages.filter(urgent);
  const polite = messages.filter((m) => !urgent(m));
  return (
    <div className="frontline-ActionStatus" ref={box}>
      <div role="alert" style={region(alerts)}>
        {alerts.map(notice)}
      </div>
      <div role="status" aria-live="polite" style={region(polite)}>
        {polite.map(notice)}
      </div>
    </div>
  );
}
