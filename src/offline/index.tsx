/** Entry of the offline page (one self-contained HTML file; see src/offline/webpack.js). */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from './App';
import { langBrowser } from '../i18n/luring';

const lang = langBrowser(navigator.languages);
document.documentElement.lang = lang;
const el = document.getElementById('root');
if (el) {
  createRoot(el).render(
    <FluentProvider theme={webLightTheme}>
      <App lang={lang} />
    </FluentProvider>,
  );
}
