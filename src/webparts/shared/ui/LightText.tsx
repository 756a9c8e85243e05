// Text in one of the theme's type ramp's sizes, as Fluent UI's Text draws it (its font, colour and
// display), for first screens. Fluent's Text is built with foundation-legacy over
// @fluentui/style-utilities' index, which brings into the first download every part of it that any
// later chunk uses (see LightIcon.tsx); this needs only merge-styles and the theme.
import * as React from 'react';
import { mergeStyles } from '@fluentui/merge-styles';
import type { IFontStyles, Theme } from '@fluentui/react/lib/Theme';
import { useTheme } from '@fluentui/react/lib/Theme';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';

export interface LightTextProps {
  variant?: keyof IFontStyles;
  as?: 'span' | 'p' | 'div' | 'h2' | 'h3' | 'h4';
  /** display: block instead of inline, as Fluent's Text `block`. */
  block?: boolean;
  id?: string;
  role?: string;
  style?: React.CSSProperties;
  children?: React.ReactNode;
}

const textClass = memoizeFunction((theme: Theme, variant: keyof IFontStyles, block: boolean): string => {
  const font = theme.fonts[variant];
  return mergeStyles(font, {
    color: font.color || theme.semanticColors.bodyText,
    display: block ? 'block' : 'inline',
    MozOsxFontSmoothing: font.MozOsxFontSmoothing,
    WebkitFontSmoothing: font.WebkitFontSmoothing
  });
});

export function LightText(props: LightTextProps): React.ReactElement {
  const className = textClass(useTheme(), props.variant ?? 'medium', !!props.block);
  return React.createElement(
    props.as ?? 'span',
    { className, id: props.id, role: props.role, style: props.style },
    props.children
  );
}
