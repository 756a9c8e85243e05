// Erasure or restriction for one address, in three steps: the service's dry run (what would be
// deleted, pseudonymised and kept, and why), then the address typed again to confirm, then what
// was done. Run again, it says nothing changed. Messages sit beside the buttons, in live regions.
import * as React from 'react';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Flex } from '../../shared/ui/Flex';
import { LightButton } from '../../shared/ui/LightButton';
import { TextInput } from '../../shared/ui/TextInput';
import { ActionStatus, type ActionMessage } from '../../shared/ui/ActionStatus';
import { normalizeEmail } from '../../../core/email';
import type { ErasureReply } from '../../../adapters/service/privacyApi';
import type { PrivacyService } from '../privacyService';
import { ItemsTable } from './ItemsTable';

export const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));
const nothingLeft = (r: ErasureReply): boolean => r.lines[0]?.startsWith('Nothing to change') ?? false;

function Plan(props: { reply: ErasureReply; caption: string }): React.ReactElement {
  const { reply } = props;
  const steps = reply.lines.slice(
    0,
    reply.lines.findIndex((l) => l.startsWith('Kept ('))
  );
  return (
    <div>
      <h4 style={{ marginBottom: 4 }}>{props.caption}</h4>
      <ul>
        {steps.map((l) => (
          <li key={l}>{l.trim()}</li>
        ))}
      </ul>
      {reply.kept.length > 0 && (
        <ItemsTable
          caption={`Kept as part of the record (${reply.kept.length}), with the person replaced by ${reply.pseudonym}`}
          whyHeader="Why it is kept"
          items={reply.kept.map((k) => ({ list: k.list, id: k.id, title: k.title, why: k.reason }))}
        />
      )}
    </div>
  );
}

export function PrivacyErasure(props: {
  service: PrivacyService;
  email: string;
  onClose: () => void;
}): React.ReactElement {
  const { service, email } = props;
  const [dry, setDry] = React.useState<ErasureReply>();
  const [done, setDone] = React.useState<ErasureReply>();
  const [confirming, setConfirming] = React.useState(false);
  const [confirm, setConfirm] = React.useState('');
  const [busy, setBusy] = React.useState(false);
  const [said, setSaid] = React.useState<ActionMessage[]>([]);
  const confirmBox = React.useRef<HTMLDivElement>(null);

  React.useEffect(() => {
    let live = true;
    service.erase(email).then(
      (r) => {
        if (!live) return;
        setDry(r);
        setSaid([
          nothingLeft(r)
            ? { kind: 'info', text: `Nothing to erase: nothing in the lists names ${email} any more.` }
            : { kind: 'info', text: 'Dry run: nothing has changed yet. Check what would happen below.' }
        ]);
      },
      (e: unknown) => live && setSaid([{ kind: 'error', text: `The dry run failed, nothing changed: ${errorText(e)}` }])
    );
    return () => {
      live = false;
    };
  }, [service, email]);
  React.useEffect(() => {
    if (confirming) confirmBox.current?.querySelector('input')?.focus();
  }, [confirming]);

  const erase = async (): Promise<void> => {
    if (busy) return;
    if (normalizeEmail(confirm) !== email) {
      setSaid([
        {
          kind: 'error',
          text: `Not erased: type the address being erased, ${email}, exactly (you typed '${confirm}').`
        }
      ]);
      return;
    }
    setBusy(true);
    try {
      const r = await service.erase(email, confirm);
      setDone(r);
      setConfirming(false);
      setSaid([
        nothingLeft(r)
          ? { kind: 'info', text: `Nothing changed: nothing in the lists named ${email} any more.` }
          : { kind: 'success', text: `Erased: ${email} is now ${r.pseudonym} in the records kept.` }
      ]);
    } catch (e) {
      setSaid([{ kind: 'error', text: `Not erased: ${errorText(e)}` }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="privacy-erasure">
      <h3 id="privacy-erasure">Erase or restrict: {email}</h3>
      {!dry && said.length === 0 && <Spinner label="Working out what erasure would change..." />}
      {dry && !done && <Plan reply={dry} caption="What erasure would do (dry run)" />}
      {done && <Plan reply={done} caption="What erasure did" />}
      {confirming && !done && (
        <div ref={confirmBox}>
          <TextInput
            label="Type the e-mail address again to confirm"
            description="This cannot be undone: the deleted items and earlier versions are gone, and only the privacy key's holder can link the pseudonym back."
            value={confirm}
            onChange={setConfirm}
            autoComplete="off"
          />
        </div>
      )}
      <Flex horizontal wrap gap={8}>
        {dry && !done && !nothingLeft(dry) && !confirming && (
          <LightButton primary text="Continue to erasure..." onClick={() => setConfirming(true)} />
        )}
        {confirming && !done && (
          <LightButton primary text={busy ? 'Erasing...' : 'Erase now'} onClick={() => void erase()} />
        )}
        <LightButton text={done ? 'Close' : 'Cancel'} onClick={props.onClose} />
      </Flex>
      <ActionStatus messages={said} />
    </section>
  );
}
