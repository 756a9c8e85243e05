// A message bar as Fluent UI's MessageBar draws it (same colours and icons, from the theme), without
// its IconButton and so without Fluent's button and menu machinery. Errors are announced at once
// (role alert); everything else politely (role status).
import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';
import { LightIcon } from './LightIcon';
import { useLightClassNames } from './styles';

export type NoticeKind = 'info' | 'error' | 'warning' | 'severeWarning' | 'success';

export interface NoticeProps {
  kind?: NoticeKind;
  children: React.ReactNode;
  /** Buttons beside the text (e.g. "Reload the form"). */
  actions?: React.ReactNode;
  /** Shows a close button that calls this. */
  onDismiss?: () => void;
  dismissLabel?: string;
  /** False inside a live region of its own (ActionStatus): then the notice carries no role. */
  live?: boolean;
}

const ICON: Record<NoticeKind, string> = {
  info: 'Info',
  error: 'ErrorBadge',
  warning: 'Info',
  severeWarning: 'Warning',
  success: 'Completed'
};

export function Notice(props: NoticeProps): React.ReactElement {
  const kind = props.kind ?? 'info';
  const s = useTheme().semanticColors;
  const c = useLightClassNames();
  const background = {
    info: s.infoBackground,
    error: s.errorBackground,
    warning: s.warningBackground,
    severeWarning: s.severeWarningBackground,
    success: s.successBackground
  }[kind];
  const iconColor = {
    info: s.infoIcon,
    error: s.errorIcon,
    warning: s.warningIcon,
    severeWarning: s.severeWarningIcon,
    success: s.successIcon
  }[kind];
  const urgent = kind === 'error' || kind === 'severeWarning';
  return (
    <div
      className={`frontline-Notice ${c.notice}`}
      style={{ background }}
      role={props.live === false ? undefined : urgent ? 'alert' : 'status'}
      data-kind={kind}
    >
      <LightIcon iconName={ICON[kind]} className={c.noticeIcon} style={{ color: iconColor }} />
      <div className={c.noticeText}>{props.children}</div>
      {props.actions && <div className={c.noticeActions}>{props.actions}</div>}
      {props.onDismiss && (
        <button
          type="button"
          className={c.dismiss}
          aria-label={props.dismissLabel ?? 'Close'}
          onClick={props.onDismiss}
        >
          <LightIcon iconName="Clear" />
        </button>
      )}
    </div>
  );
}
