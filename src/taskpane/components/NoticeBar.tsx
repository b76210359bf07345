/**
 * The message bar of a tab (compact: one line, details on request) and the live regions that
 * announce every outcome to screen readers (polite for results, assertive for errors). The live
 * regions are always in the page, so a screen reader hears a message the moment its text changes.
 */
import * as React from 'react';
import { makeStyles, tokens, MessageBar, MessageBarBody, MessageBarTitle, MessageBarActions, Button, Link } from '@fluentui/react-components';
import type { UiStrings } from '../../i18n/ui';
import type { Notice } from '../context';

const useStyles = makeStyles({
  bar: { flexShrink: 0 },
  text: { whiteSpace: 'normal', wordBreak: 'break-word', fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  detail: { display: 'block', marginTop: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground2 },
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});

export function NoticeBar({ notice, t, onClose }: { notice: Notice; t: UiStrings; onClose?: () => void }) {
  const st = useStyles();
  const [open, setOpen] = React.useState(false);
  React.useEffect(() => setOpen(false), [notice]);
  return (
    <MessageBar intent={notice.intent} className={st.bar} layout="multiline" data-testid="notice">
      <MessageBarBody className={st.text}>
        {notice.title && <MessageBarTitle>{notice.title}</MessageBarTitle>}
        {notice.text}{' '}
        {notice.detail && (
          <Link as="button" onClick={() => setOpen(!open)} aria-expanded={open}>
            {open ? t.noticeLess : t.noticeMore}
          </Link>
        )}
        {open && notice.detail && <span className={st.detail} data-testid="notice-detail">{notice.detail}</span>}
      </MessageBarBody>
      {onClose && (
        <MessageBarActions
          containerAction={
            <Button appearance="transparent" size="small" aria-label={t.close} title={t.close} onClick={onClose}>
              ✕
            </Button>
          }
        />
      )}
    </MessageBar>
  );
}

export function LiveRegions({ notice }: { notice: Notice | null }) {
  const st = useStyles();
  const error = notice?.intent === 'error';
  return (
    <>
      <div role="status" aria-live="polite" aria-atomic="true" className={st.visuallyHidden} data-testid="live-status">
        {notice && !error ? notice.text : ''}
      </div>
      <div role="alert" aria-live="assertive" aria-atomic="true" className={st.visuallyHidden} data-testid="live-alert">
        {notice && error ? notice.text : ''}
      </div>
    </>
  );
}
