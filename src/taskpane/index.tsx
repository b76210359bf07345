/**
 * Entry of the task pane in Excel: render after Office.onReady, FluentProvider at the root.
 * Indonesian first; English when Office's display language is English.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from './App';
import { createExcelHost } from '../excel/host';
import { langFromDisplay } from '../i18n/ui';
// Shared runtime: this page is also the ribbon commands' runtime (manifest.xml), so it registers them.
import { lastCommandOutcome, onCommandOutcome } from '../commands/commands';

const commands = { subscribe: onCommandOutcome, last: lastCommandOutcome };

Office.onReady(() => {
  const lang = langFromDisplay(Office.context?.displayLanguage);
  const host = createExcelHost(Excel.run, { lang });
  const el = document.getElementById('container');
  if (!el) return;
  document.documentElement.lang = lang;
  createRoot(el).render(
    <FluentProvider theme={webLightTheme} style={{ height: '100%' }}>
      <App host={host} commands={commands} />
    </FluentProvider>
  );
});
