// The workbench page around a web part: banner with the user switcher, navigation between the
// hosted web parts, and the web part in <main>. Switching user rebuilds the context (a new SPFI
// sending the new identity) and remounts the web part, as a fresh page load as that user would.
import * as React from 'react';
import { DefaultButton, ThemeProvider } from '@fluentui/react';
import { createHostContext, rememberUser, type HostConfig } from './context';
import { PERSONAS, personaOf, type Persona } from './personas';
import { WEB_PARTS, webPartFor } from './registry';

export interface AppProps {
  config: HostConfig;
  initialUser: string;
  pathname: string;
}

const GROUPS: Array<[Persona['role'], string]> = [
  ['Officer', 'Officers'],
  ['Councillor', 'Councillors'],
  ['Head of service', 'Heads of service'],
  ['Other', 'Other']
];

function UserSwitcher(props: { user: string; onSwitch: (email: string) => void }): React.ReactElement {
  const [choice, setChoice] = React.useState(props.user);
  const options = PERSONAS.some((p) => p.email === props.user) ? PERSONAS : [...PERSONAS, personaOf(props.user)];
  // A form with a button rather than switching on change: changing the select alone must not
  // reload the page's content under a keyboard or screen reader user (WCAG 3.2.2).
  const submit = (e: React.FormEvent): void => {
    e.preventDefault();
    props.onSwitch(choice);
  };
  return (
    <form className="host-switcher" onSubmit={submit} aria-label="Local user">
      <label htmlFor="host-user">View as</label>
      <select id="host-user" value={choice} onChange={(e) => setChoice(e.target.value)}>
        {GROUPS.map(([role, label]) => {
          const people = options.filter((p) => p.role === role);
          return people.length === 0 ? null : (
            <optgroup key={role} label={label}>
              {people.map((p) => (
                <option key={p.email} value={p.email}>
                  {p.name} ({p.email})
                </option>
              ))}
            </optgroup>
          );
        })}
      </select>
      <DefaultButton type="submit" text="Switch user" />
    </form>
  );
}

export function App(props: AppProps): React.ReactElement {
  const { config, pathname } = props;
  const [user, setUser] = React.useState(props.initialUser);
  const ctx = React.useMemo(() => createHostContext(config, user), [config, user]);
  const part = webPartFor(pathname);
  // Rendered once per context: a re-render of the shell must not hand the web part new services
  // (a new reader would make it load again).
  const element = React.useMemo(() => part?.render(ctx), [part, ctx]);
  const persona = personaOf(user);

  React.useEffect(() => {
    document.title = `${part ? part.title : 'Page not found'} - ${config.siteTitle} (local workbench)`;
  }, [part, config.siteTitle]);

  const switchTo = (email: string): void => {
    rememberUser(email);
    setUser(email);
  };

  return (
    <ThemeProvider applyTo="body">
      <a className="host-skip" href="#host-main">
        Skip to main content
      </a>
      <header className="host-banner">
        <div className="host-site">
          <span className="host-site-title">{config.siteTitle}</span>{' '}
          <span className="host-badge">local workbench</span>
        </div>
        <UserSwitcher user={user} onSwitch={switchTo} />
        <p className="host-signed-in" role="status" data-user={persona.email}>
          Signed in as {persona.name} ({persona.role === 'Other' ? persona.email : persona.role})
        </p>
      </header>
      <nav className="host-nav" aria-label="Web parts">
        <ul>
          {WEB_PARTS.map((w) => (
            <li key={w.id}>
              <a href={`/${w.id}`} aria-current={w === part ? 'page' : undefined}>
                {w.title}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="host-main" className="host-main" tabIndex={-1}>
        <h1>{part ? part.title : 'Page not found'}</h1>
        {part ? (
          <div className="host-webpart" data-webpart={part.id} key={`${part.id}|${user}`}>
            {element}
          </div>
        ) : (
          <p>No web part lives at {pathname}. Choose one from the navigation.</p>
        )}
      </main>
      <footer className="host-footer">
        Lists from the local SharePoint list server at {ctx.pageContext.web.absoluteUrl} (proxied by this page&apos;s
        server). Today is {ctx.today}.
      </footer>
    </ThemeProvider>
  );
}
