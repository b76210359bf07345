/**
 * A confirmation before something that replaces or puts back content. It opens on the safe
 * button (Batal), and however it closes (Escape, Batal, the action) focus goes back to the
 * button that opened it.
 */
import * as React from 'react';
import { Button, Dialog, DialogSurface, DialogBody, DialogTitle, DialogContent, DialogActions } from '@fluentui/react-components';

export interface DialogKonfirmasiProps {
  open: boolean;
  title: string;
  body: React.ReactNode;
  action: string;
  cancel: string;
  onAction: () => void;
  onClose: () => void;
  /** The button that opened the dialog: focus returns to it. */
  returnTo: React.RefObject<HTMLElement>;
  testId?: string;
}

export function DialogKonfirmasi(p: DialogKonfirmasiProps) {
  const cancelRef = React.useRef<HTMLButtonElement>(null);
  const bodyId = React.useId();
  const wasOpen = React.useRef(false);
  React.useEffect(() => {
    if (p.open) {
      wasOpen.current = true;
      // After Fluent's own initial focus: the safe button.
      const id = window.setTimeout(() => cancelRef.current?.focus(), 0);
      return () => window.clearTimeout(id);
    }
    if (wasOpen.current) {
      wasOpen.current = false;
      const id = window.setTimeout(() => p.returnTo.current?.focus(), 0);
      return () => window.clearTimeout(id);
    }
    return undefined;
  }, [p.open, p.returnTo]);
  return (
    <Dialog open={p.open} onOpenChange={(_, d) => !d.open && p.onClose()}>
      <DialogSurface aria-describedby={bodyId} data-testid={p.testId}>
        <DialogBody>
          <DialogTitle>{p.title}</DialogTitle>
          <DialogContent id={bodyId}>{p.body}</DialogContent>
          <DialogActions>
            <Button ref={cancelRef} appearance="primary" onClick={p.onClose}>
              {p.cancel}
            </Button>
            <Button onClick={p.onAction}>{p.action}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
