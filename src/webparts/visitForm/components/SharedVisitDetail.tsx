// One visit's shared findings, read in full: each councillor's form, read only, in the template's
// sections. A form that escalated issues is shown with its request (EscalationItem), where the head
// of service or a delegate answers as on the bot's card; a service manager only reads.
import * as React from 'react';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import { Flex } from '../../shared/ui/Flex';
import { formatLondon } from '../../../core/time/london';
import type { EscalationsService } from '../escalationsService';
import type { SharedForm, SharedVisit } from '../sharedFindings';
import { EscalationItem } from './EscalationItem';
import { FindingsFields } from './FindingsFields';

export interface SharedVisitDetailProps {
  visit: SharedVisit;
  escalations: EscalationsService;
  onChanged(): void;
}

const ROLE_TEXT: Record<SharedVisit['roles'][number], string> = {
  'head of service': 'the head of service of the visited team',
  'service manager': 'the service manager of the visited team',
  delegate: 'the person escalated issues were delegated to'
};

/** A form that escalated nothing: who sent it, when, and the form itself. */
function FormOnly(props: { form: SharedForm }): React.ReactElement {
  const { form } = props;
  const divider = useTheme().semanticColors.bodyDivider;
  const id = `shared-form-${form.findingsId}`;
  return (
    <article aria-labelledby={id} style={{ borderTop: `1px solid ${divider}`, paddingTop: 12 }}>
      <Flex gap={8}>
        <h3 id={id} style={{ margin: 0 }}>
          {`Findings from ${form.councillorName}`}
        </h3>
        <Text>
          {`Sent by ${form.councillorName} (${form.councillorEmail})${form.submittedAt ? ` on ${formatLondon(form.submittedAt, 'EEEE d MMMM yyyy')}` : ''}. No issues were escalated to the head of service.`}
        </Text>
        <details open>
          <summary>{`The whole findings form from ${form.councillorName} (read only)`}</summary>
          <div style={{ paddingTop: 8 }}>
            <FindingsFields
              template={form.template}
              answers={form.answers}
              errors={[]}
              readOnly
              onChange={() => undefined}
            />
          </div>
        </details>
      </Flex>
    </article>
  );
}

export const SharedVisitDetail = React.forwardRef<HTMLHeadingElement, SharedVisitDetailProps>(
  function SharedVisitDetail(props, heading) {
    const { visit } = props;
    const title = visit.teamName
      ? `${visit.teamName}: findings from the visit on ${visit.date ?? 'a date not set'}`
      : `Findings from visit ${visit.visitId}`;
    const as = visit.roles.map((r) => ROLE_TEXT[r]);
    return (
      <section aria-labelledby={`shared-visit-${visit.visitId}`}>
        <Flex gap={16}>
          <Flex gap={4}>
            <h2 id={`shared-visit-${visit.visitId}`} ref={heading} tabIndex={-1} style={{ margin: 0 }}>
              {title}
            </h2>
            <Text>
              {`${visit.forms.length === 1 ? 'One councillor sent a form' : `${visit.forms.length} councillors sent forms`}. They are shared with you${as.length ? ` as ${as.join(' and as ')}` : ''}, to read.`}
            </Text>
          </Flex>
          {visit.forms.map((f) =>
            f.request ? (
              <EscalationItem
                key={f.findingsId}
                service={props.escalations}
                requestId={f.request.id}
                onChanged={props.onChanged}
              />
            ) : (
              <FormOnly key={f.findingsId} form={f} />
            )
          )}
        </Flex>
      </section>
    );
  }
);
