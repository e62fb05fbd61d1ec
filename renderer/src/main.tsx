import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource-variable/inter/index.css';
import '@fontsource-variable/source-serif-4/opsz.css';
import '@fontsource-variable/source-serif-4/opsz-italic.css';
import 'prosemirror-view/style/prosemirror.css';
import './styles/index.css';
// The client module resolves the transport (and moves a URL token to sessionStorage) before anything renders.
import './api/client';
import { App } from './components/App';
import { applyInitialTheme } from './hooks/use-theme';

applyInitialTheme();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
