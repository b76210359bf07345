/**
 * Entry of the task pane in Excel: render after Office.onReady, FluentProvider at the root.
 * Indonesian first; English when Office's display language is English. The theme follows Office's
 * (light or dark), read when the pane opens (src/taskpane/theme.ts).
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider } from '@fluentui/react-components';
import { App } from './App';
import { fluentTheme } from './theme';
import { createExcelHost } from '../excel/host';
import { langFromDisplay } from '../i18n/lang';
// Shared runtime: this page is also the ribbon commands' runtime (manifest.xml), so it registers them.
import { lastCommandOutcome, onCommandOutcome } from '../commands/commands';

const commands = { subscribe: onCommandOutcome, last: lastCommandOutcome };

Office.onReady(() => {
  const lang = langFromDisplay(Office.context?.displayLanguage);
  const host = createExcelHost(Excel.run, { lang });
  const el = document.getElementById('container');
  if (!el) return;
  document.documentElement.lang = lang;
  const theme = fluentTheme(Office.context?.officeTheme);
  document.body.style.backgroundColor = theme.colorNeutralBackground1;
  createRoot(el).render(
    <FluentProvider theme={theme} style={{ height: '100%' }}>
      <App host={host} commands={commands} />
    </FluentProvider>
  );
});
