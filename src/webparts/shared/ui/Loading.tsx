// A spinner drawn like Fluent UI's Spinner (a turning ring above its label) for first screens,
// without Fluent's Spinner and its delayed-render and native-props code. The label is a polite
// status, so screen readers hear it once.
import * as React from 'react';
import { useLightClassNames } from './styles';

export function Loading(props: { label: string }): React.ReactElement {
  const c = useLightClassNames();
  return (
    <div className={c.loading}>
      <div className={c.loadingCircle} aria-hidden />
      <div role="status" aria-live="polite">
        {props.label}
      </div>
    </div>
  );
}
