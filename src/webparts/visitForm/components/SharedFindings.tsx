// "Findings shared with you": every visit whose findings are shared with the signed-in service
// manager, head of service or delegate, awaiting a response first, as a table; one visit at a time
// opened below it to read each form in full and, where core allows, answer its escalated issues.
// Loaded with the page only when something is shared (its own chunk).
import * as React from 'react';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import { Flex } from '../../shared/ui/Flex';
import { LightButton } from '../../shared/ui/LightButton';
import { formatLondon } from '../../../core/time/london';
import type { RequestState } from '../../../adapters/service/contract';
import type { EscalationsService } from '../escalationsService';
import { isOpen, type SharedFindings as Found, type SharedVisit } from '../sharedFindings';
import { SharedVisitDetail } from './SharedVisitDetail';

export interface SharedFindingsProps {
  escalations: EscalationsService;
  found: Found;
  /** The visit the link names, opened at once when it is shared. */
  initialVisitId?: number;
  /** After an answer, a delegation or a question: the list is read again. */
  onChanged(): void;
}

const short = (iso: string): string => formatLondon(iso, 'd MMM yyyy');

/** Where one request stands, briefly, for the table. */
export function requestState(r: RequestState, me: string): string {
  const who = r.responderEmail === me ? 'you' : r.responderEmail;
  if (r.status === 'Responded') return `responded${r.respondedAt ? ` ${short(r.respondedAt)}` : ''} by ${who}`;
  if (r.status === 'Delegated') return `delegated to ${who}, awaiting a response`;
  if (r.status === 'MoreInfoRequested') return 'the councillor was asked for more';
  return `awaiting a response from ${who}`;
}

/** The visit's status as the person needs it: is anything waiting, and for whom. */
export function visitStatus(v: SharedVisit, me: string): string {
  const requests = v.forms.map((f) => f.request).filter((r): r is RequestState => !!r);
  if (!requests.length) return 'No issues escalated';
  const open = requests.filter(isOpen);
  if (!open.length) return 'Responded';
  const mine = v.roles.indexOf('head of service') >= 0 || open.some((r) => r.responderEmail === me);
  return mine ? 'Awaiting your response' : 'Awaiting a response';
}

export const visitName = (v: SharedVisit): string =>
  v.teamName ? `${v.teamName}, ${v.date ?? 'date not set'}` : `Visit ${v.visitId}`;

export function SharedFindings(props: SharedFindingsProps): React.ReactElement {
  const { found, escalations } = props;
  const me = escalations.userEmail;
  const linked = found.visits.some((v) => v.visitId === props.initialVisitId) ? props.initialVisitId : undefined;
  const [selected, setSelected] = React.useState<number | undefined>(linked);
  const detail = React.useRef<HTMLHeadingElement>(null);
  const divider = useTheme().semanticColors.bodyDivider;
  const waiting = found.visits.filter((v) => visitStatus(v, me) === 'Awaiting your response').length;
  const visit = found.visits.find((v) => v.visitId === selected);
  const cell: React.CSSProperties = {
    textAlign: 'left',
    verticalAlign: 'top',
    padding: '8px 12px 8px 0',
    borderBottom: `1px solid ${divider}`
  };

  const open = (visitId: number): void => {
    setSelected(visitId);
    // To the opened visit, so a keyboard or screen reader user lands on what they asked for.
    window.setTimeout(() => detail.current?.focus(), 0);
  };

  return (
    <section aria-labelledby="shared-findings-heading">
      <Flex gap={16}>
        <Flex gap={4}>
          <h2 id="shared-findings-heading" style={{ margin: 0 }}>
            Findings shared with you
          </h2>
          <Text>
            {`Councillors' findings from ${found.visits.length === 1 ? 'one visit are' : `${found.visits.length} visits are`} shared with you to read.${waiting ? ` ${waiting === 1 ? 'One visit has' : `${waiting} visits have`} escalated issues awaiting your response: respond, delegate to someone the council knows, or ask the councillor for more.` : ''}`}
          </Text>
        </Flex>
        <div style={{ overflowX: 'auto' }}>
          <table style={{ borderCollapse: 'collapse', width: '100%' }} aria-labelledby="shared-findings-heading">
            <thead>
              <tr>
                {['Team', 'Visit date', 'Councillors', 'Status', 'Escalated issues', 'Findings'].map((h) => (
                  <th key={h} scope="col" style={cell}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {found.visits.map((v) => (
                <tr key={v.visitId} aria-current={v.visitId === selected ? 'true' : undefined}>
                  <th scope="row" style={cell}>
                    {v.teamName ?? `Visit ${v.visitId}`}
                  </th>
                  <td style={cell}>{v.date ?? 'Not shown'}</td>
                  <td style={cell}>{v.forms.map((f) => f.councillorName).join(', ')}</td>
                  <td style={cell}>{visitStatus(v, me)}</td>
                  <td style={cell}>
                    {v.forms.some((f) => f.request)
                      ? v.forms
                          .filter((f) => f.request)
                          .map((f) => (
                            <div
                              key={f.findingsId}
                            >{`${f.councillorName}: ${requestState(f.request as RequestState, me)}`}</div>
                          ))
                      : 'None'}
                  </td>
                  <td style={cell}>
                    <LightButton
                      text="Read"
                      ariaLabel={`Read the findings from ${visitName(v)}`}
                      onClick={() => open(v.visitId)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {visit && (
          <SharedVisitDetail
            key={visit.visitId}
            ref={detail}
            visit={visit}
            escalations={escalations}
            onChanged={props.onChanged}
          />
        )}
      </Flex>
    </section>
  );
}
