/**
 * Preload entry (bundled to dist/main/preload.cjs). Sandboxed preloads are
 * CommonJS and may require only `electron`; everything else is bundled in.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { exposeBridge } from './preload-bridge';

exposeBridge(contextBridge, ipcRenderer);
