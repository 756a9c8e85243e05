// The officers' Privacy tab (UK GDPR, issue 19): for one e-mail address, everything the lists hold
// about the person (a summary, why each item is there, the export as JSON or .docx), and erasure or
// restriction: a dry run first, then the address typed again to confirm. Both run in the Frontline
// service with its identity; a councillor is told the tab is for officers (the service refuses them too).
import * as React from 'react';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Flex } from '../../shared/ui/Flex';
import { LightButton } from '../../shared/ui/LightButton';
import { Notice } from '../../shared/ui/Notice';
import { TextInput } from '../../shared/ui/TextInput';
import { ActionStatus, type ActionMessage } from '../../shared/ui/ActionStatus';
import { emailProblem } from '../../../core/privacy/fields';
import { normalizeEmail } from '../../../core/email';
import type { SubjectAccessReply } from '../../../adapters/service/privacyApi';
import type { PackFile } from '../dashboardService';
import type { PrivacyLoader, PrivacyService } from '../privacyService';
import { errorText, PrivacyErasure } from './PrivacyErasure';
import { ItemsTable } from './ItemsTable';

export interface PrivacyViewProps {
  load: PrivacyLoader;
  onDownload: (file: PackFile) => void;
}

export const REFUSAL =
  'Subject access and erasure are for officers (the Frontline Visits Officers group) only. Ask an officer if someone has asked for their data or for it to be erased.';

function Found(props: { reply: SubjectAccessReply }): React.ReactElement {
  const exp = props.reply.export;
  return (
    <section aria-labelledby="privacy-found">
      <h4 id="privacy-found">Held about {exp.subject.email}</h4>
      {exp.subject.names.length > 0 && <p>Names searched: {exp.subject.names.join(', ')}.</p>}
      <ul>
        {props.reply.summary.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {exp.unreadable.length > 0 && (
        <Notice kind="severeWarning">Lists that could not be read: {exp.unreadable.join(', ')}.</Notice>
      )}
      {exp.records.length > 0 && (
        <ItemsTable
          caption="What was found and why"
          whyHeader="Why it is there"
          items={exp.records.map((r) => ({
            list: r.list,
            id: r.itemId,
            title: typeof r.fields.Title === 'string' ? r.fields.Title : '',
            why: r.roles.join('; ')
          }))}
        />
      )}
      <details>
        <summary>Limits of this search</summary>
        <ul>
          {exp.limits.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}

function PrivacyRequests(props: { service: PrivacyService; onDownload: PrivacyViewProps['onDownload'] }) {
  const { service } = props;
  const [email, setEmail] = React.useState('');
  const [shownProblem, setShownProblem] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  const [found, setFound] = React.useState<SubjectAccessReply>();
  const [said, setSaid] = React.useState<ActionMessage[]>([]);
  const [downloadSaid, setDownloadSaid] = React.useState<ActionMessage[]>([]);
  const [erasing, setErasing] = React.useState<string>();
  const problem = emailProblem(email);
  const current = problem ? undefined : normalizeEmail(email);

  /** The address to act on, or undefined with the problem said beside the button. */
  const checked = (action: string): string | undefined => {
    setShownProblem(true);
    if (!problem) return normalizeEmail(email);
    setSaid([{ kind: 'error', text: `Not ${action}: the e-mail address ${problem}.` }]);
    return undefined;
  };
  const find = async (): Promise<void> => {
    const address = checked('searched');
    if (!address || busy) return;
    setBusy(true);
    setFound(undefined);
    setDownloadSaid([]);
    setSaid([{ kind: 'info', text: `Searching every list for ${address}...` }]);
    try {
      const reply = await service.subjectAccess(address);
      setFound(reply);
      setSaid([{ kind: 'success', text: `Found: ${reply.summary.join('; ')}.` }]);
    } catch (e) {
      setSaid([{ kind: 'error', text: `Not searched: ${errorText(e)}` }]);
    } finally {
      setBusy(false);
    }
  };
  const download = async (kind: 'json' | 'docx'): Promise<void> => {
    if (!found) return;
    try {
      const file = kind === 'json' ? service.json(found.export) : await service.docx(found.export);
      props.onDownload(file);
      setDownloadSaid([{ kind: 'success', text: `Downloaded ${file.fileName}.` }]);
    } catch (e) {
      setDownloadSaid([
        { kind: 'error', text: `The ${kind === 'json' ? 'JSON' : '.docx'} was not made: ${errorText(e)}` }
      ]);
    }
  };
  return (
    <Flex gap={16}>
      <section aria-labelledby="privacy-subject-access">
        <h3 id="privacy-subject-access">Subject access and erasure</h3>
        <TextInput
          label="E-mail address of the person"
          description="Their work e-mail address, e.g. name@council.gov.uk. Every list is searched for it and for the names the site knows them by."
          value={email}
          onChange={(v) => {
            setEmail(v);
            setSaid([]);
          }}
          errorMessage={shownProblem && email && problem ? `The e-mail address ${problem}.` : undefined}
          autoComplete="off"
        />
        <Flex horizontal wrap gap={8}>
          <LightButton primary text={busy ? 'Searching...' : 'Find everything held'} onClick={() => void find()} />
          <LightButton
            text="Erase or restrict..."
            onClick={() => {
              const address = checked('erased');
              if (address) setErasing(address);
            }}
          />
        </Flex>
        <ActionStatus messages={said} />
      </section>
      {found && found.export.subject.email === current && (
        <>
          <Found reply={found} />
          <Flex horizontal wrap gap={8}>
            <LightButton text="Download JSON" onClick={() => void download('json')} />
            <LightButton text="Download .docx" onClick={() => void download('docx')} />
          </Flex>
          <ActionStatus messages={downloadSaid} />
        </>
      )}
      {erasing && erasing === current && (
        <PrivacyErasure key={erasing} service={service} email={erasing} onClose={() => setErasing(undefined)} />
      )}
    </Flex>
  );
}

export function PrivacyView(props: PrivacyViewProps): React.ReactElement {
  const [state, setState] = React.useState<{ service: PrivacyService; officer: boolean }>();
  const [error, setError] = React.useState<string>();
  React.useEffect(() => {
    let live = true;
    props
      .load()
      .then(async (service) => ({ service, officer: await service.isOfficer() }))
      .then(
        (s) => live && setState(s),
        (e: unknown) => live && setError(errorText(e))
      );
    return () => {
      live = false;
    };
  }, [props.load]);
  if (error) return <Notice kind="error">The privacy requests could not be opened: {error}</Notice>;
  if (!state) return <Spinner label="Loading the privacy requests..." />;
  if (!state.officer) return <Notice kind="warning">{REFUSAL}</Notice>;
  return <PrivacyRequests service={state.service} onDownload={props.onDownload} />;
}
