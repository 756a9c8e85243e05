// Class names for the light first-screen controls, from the Fluent UI theme in force (the page's,
// or Teams' through ThemeProvider), so they look like Fluent's own controls without loading them.
// Fluent's Button (and so MessageBar, Dropdown and Pivot, which use it) brings ContextualMenu,
// Callout, FocusZone and Keytips: well over 100 KB minified. These need only merge-styles and the theme.
// merge-styles itself, not @fluentui/react/lib/Styling: that is style-utilities' index (see LightText.tsx).
import { keyframes, mergeStyleSets, type IProcessedStyleSet, type IStyle } from '@fluentui/merge-styles';
import { useTheme, type Theme } from '@fluentui/react/lib/Theme';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';

type LightClassNames = IProcessedStyleSet<
  Record<
    | 'button'
    | 'primary'
    | 'icon'
    | 'label'
    | 'input'
    | 'invalid'
    | 'description'
    | 'error'
    | 'notice'
    | 'noticeIcon'
    | 'noticeText'
    | 'noticeActions'
    | 'dismiss'
    | 'tabs'
    | 'tab'
    | 'tabSelected'
    | 'link'
    | 'loading'
    | 'loadingCircle',
    IStyle
  >
>;

/** Keyboard focus as Fluent UI draws it: an outline on an ::after box just inside the control. */
const focusRing = (theme: Theme): IStyle => ({
  position: 'relative',
  selectors: {
    ':focus': { outline: 'none' },
    ':focus-visible::after': {
      content: '""',
      position: 'absolute',
      inset: '1px',
      border: `1px solid ${theme.palette.white}`,
      outline: `1px solid ${theme.palette.neutralSecondary}`,
      pointerEvents: 'none'
    }
  }
});

const spin = memoizeFunction(() =>
  keyframes({ '0%': { transform: 'rotate(0deg)' }, '100%': { transform: 'rotate(360deg)' } })
);

const classNames = memoizeFunction((theme: Theme): LightClassNames => {
  const s = theme.semanticColors;
  const control: IStyle = {
    fontFamily: 'inherit',
    fontSize: theme.fonts.medium.fontSize,
    borderRadius: theme.effects.roundedCorner2,
    boxSizing: 'border-box'
  };
  return mergeStyleSets({
    button: [
      control,
      focusRing(theme),
      {
        display: 'inline-flex',
        alignItems: 'center',
        justifyContent: 'center',
        minWidth: 80,
        height: 32,
        padding: '0 16px',
        fontWeight: 600,
        cursor: 'pointer',
        color: s.buttonText,
        background: s.buttonBackground,
        border: `1px solid ${s.buttonBorder}`,
        selectors: {
          ':hover': { background: s.buttonBackgroundHovered, color: s.buttonTextHovered },
          ':active': { background: s.buttonBackgroundPressed, color: s.buttonTextPressed },
          ':disabled': {
            cursor: 'default',
            background: s.buttonBackgroundDisabled,
            color: s.buttonTextDisabled,
            borderColor: s.buttonBackgroundDisabled
          }
        }
      }
    ],
    primary: {
      color: s.primaryButtonText,
      background: s.primaryButtonBackground,
      borderColor: s.primaryButtonBorder,
      selectors: {
        ':hover': { background: s.primaryButtonBackgroundHovered, color: s.primaryButtonTextHovered },
        ':active': { background: s.primaryButtonBackgroundPressed, color: s.primaryButtonTextPressed },
        ':disabled': {
          background: s.primaryButtonBackgroundDisabled,
          color: s.primaryButtonTextDisabled,
          borderColor: s.primaryButtonBackgroundDisabled
        }
      }
    },
    icon: { fontSize: theme.fonts.mediumPlus.fontSize, margin: '0 4px', lineHeight: 16, height: 16 },
    label: {
      display: 'block',
      fontWeight: 600,
      fontSize: theme.fonts.medium.fontSize,
      padding: '5px 0',
      color: s.bodyText
    },
    input: [
      control,
      {
        display: 'block',
        width: '100%',
        minHeight: 32,
        padding: '6px 8px',
        color: s.inputText,
        background: s.inputBackground,
        border: `1px solid ${s.inputBorder}`,
        selectors: {
          ':hover': { borderColor: s.inputBorderHovered },
          ':focus': {
            outline: 'none',
            borderColor: s.inputFocusBorderAlt,
            boxShadow: `inset 0 0 0 1px ${s.inputFocusBorderAlt}`
          },
          ':disabled': { background: s.disabledBackground, color: s.disabledText, borderColor: s.disabledBackground },
          '&[readonly]': { background: s.disabledBackground }
        }
      }
    ],
    invalid: { borderColor: s.errorText, selectors: { ':hover': { borderColor: s.errorText } } },
    description: { display: 'block', fontSize: theme.fonts.small.fontSize, color: s.bodySubtext, paddingTop: 4 },
    error: { display: 'block', fontSize: theme.fonts.small.fontSize, color: s.errorText, paddingTop: 4 },
    notice: {
      display: 'flex',
      alignItems: 'flex-start',
      minHeight: 32,
      fontSize: theme.fonts.small.fontSize,
      color: s.messageText,
      wordBreak: 'break-word'
    },
    noticeIcon: { fontSize: 16, minWidth: 16, margin: '8px 0 8px 12px' },
    noticeText: { flex: 1, margin: 8, lineHeight: 16 },
    noticeActions: { display: 'flex', gap: 8, margin: '4px 8px', selectors: { button: { height: 24, minWidth: 0 } } },
    dismiss: [
      focusRing(theme),
      { border: 'none', background: 'transparent', cursor: 'pointer', color: s.messageText, height: 32, width: 32 }
    ],
    tabs: { display: 'flex', flexWrap: 'wrap', marginBottom: 8 },
    tab: [
      focusRing(theme),
      {
        fontFamily: 'inherit',
        fontSize: theme.fonts.medium.fontSize,
        height: 44,
        padding: '0 8px',
        marginRight: 8,
        border: 'none',
        borderBottom: '2px solid transparent',
        background: 'transparent',
        color: s.actionLink,
        cursor: 'pointer',
        selectors: { ':hover': { background: s.buttonBackgroundHovered } }
      }
    ],
    tabSelected: { fontWeight: 600, borderBottomColor: s.inputBackgroundChecked },
    link: [
      focusRing(theme),
      {
        font: 'inherit',
        padding: 0,
        border: 'none',
        background: 'transparent',
        textAlign: 'left',
        color: s.link,
        cursor: 'pointer',
        selectors: { ':hover': { color: s.linkHovered, textDecoration: 'underline' } }
      }
    ],
    loading: { display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 8, color: s.bodySubtext },
    loadingCircle: {
      width: 20,
      height: 20,
      boxSizing: 'border-box',
      borderRadius: '50%',
      border: `1.5px solid ${theme.palette.themeLight}`,
      borderTopColor: theme.palette.themePrimary,
      animationName: spin(),
      animationDuration: '1.3s',
      animationIterationCount: 'infinite',
      animationTimingFunction: 'cubic-bezier(.53,.21,.29,.67)'
    }
  });
});

/** The light controls' class names for the theme in force. */
export function useLightClassNames(): LightClassNames {
  return classNames(useTheme());
}
