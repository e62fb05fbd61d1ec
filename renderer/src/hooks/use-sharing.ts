/**
 * Reports and sharing, as the main window sees them: which of their dialogs
 * is open, the bundles waiting for a preview (dropped, picked, or handed over
 * by the desktop app when a .gloss is double-clicked), the File-menu commands
 * and Ctrl/Cmd+E. Kept out of Workspace so it only has to mount it.
 */
import { useCallback, useRef, useState, type RefObject } from 'react';
import { MAX_IMPORT_BYTES, type ApiEvent, type FileInput } from '../../../shared/api';
import { classifyJsonFile, isJsonFile } from '../lib/annotation-file';
import { fileToBase64 } from '../lib/base64';
import { hasModifier, IS_DESKTOP } from '../lib/platform';
import { useApiEvents } from './use-api-events';
import { useWindowKey } from './use-window-key';
import type { ToastApi } from './use-toasts';

export type ShareTab = 'bundle' | 'w3c';

export type SharingDialog = { type: 'none' } | { type: 'export' } | { type: 'share'; tab: ShareTab } | { type: 'w3c-import'; file?: FileInput };

export interface Sharing {
  dialog: SharingDialog;
  /** Bundles to preview, one after the other; the first is shown. */
  bundles: readonly QueuedBundle[];
  /** One of these dialogs (or a preview) is open: the rest of the window waits. */
  active: boolean;
  openExport(): void;
  openShare(tab?: ShareTab): void;
  openW3CImport(): void;
  /** Opens the file picker for a .gloss bundle. */
  chooseBundle(): void;
  close(): void;
  /** The shown preview is finished; the next bundle (if any) follows. */
  nextBundle(): void;
  /** Files from a drop or a picker: bundles go to the preview, annotation files (.json, .jsonld) to the W3C import, the rest is returned for the article import. */
  routeFiles(files: File[]): File[];
  /** Files picked as bundles that are not bundles. */
  notBundles(names: string[]): void;
  bundleInput: RefObject<HTMLInputElement | null>;
}

export interface QueuedBundle {
  /** Stable while queued, so the preview shown is not restarted when another bundle arrives. */
  id: number;
  file: FileInput;
}

export const isBundleFile = (name: string) => /\.gloss$/i.test(name);

type SharingCommand = 'export-report' | 'share-bundle' | 'import-bundle' | 'export-w3c' | 'import-w3c';
const COMMANDS = new Set<string>(['export-report', 'share-bundle', 'import-bundle', 'export-w3c', 'import-w3c']);
export const isSharingCommand = (command: string): command is SharingCommand => COMMANDS.has(command);

/** Another modal is up (the import, a preference, a search): commands and keys wait for it to close. */
const otherModalOpen = () => document.querySelector('[role="dialog"][aria-modal="true"]') !== null;

export function useSharing(toasts: ToastApi): Sharing {
  const [dialog, setDialog] = useState<SharingDialog>({ type: 'none' });
  const [bundles, setBundles] = useState<QueuedBundle[]>([]);
  const bundleInput = useRef<HTMLInputElement | null>(null);
  const nextId = useRef(1);

  const queue = useCallback((file: FileInput) => {
    const id = nextId.current++;
    setBundles((list) => [...list, { id, file }]);
  }, []);
  const readBundles = useCallback(
    (files: File[]) => {
      for (const file of files) {
        if (file.size > MAX_IMPORT_BYTES) {
          toasts.show({ kind: 'error', message: `${file.name} is too large`, detail: `Gloss opens bundles up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Nothing was changed.` });
          continue;
        }
        fileToBase64(file).then(
          (dataBase64) => queue({ name: file.name, dataBase64 }),
          (e) => toasts.error(e, `Could not read ${file.name}`),
        );
      }
    },
    [queue, toasts],
  );

  const openAnnotationFile = useCallback(
    async ([file, ...rest]: File[]) => {
      if (!file) return;
      if (rest.length) toasts.show({ kind: 'error', message: `Not opened: ${rest.map((f) => f.name).join(', ')}`, detail: 'Annotation files are imported one at a time.' });
      if (file.size > MAX_IMPORT_BYTES) {
        toasts.show({ kind: 'error', message: `${file.name} is too large`, detail: `Gloss imports annotation files up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Nothing was changed.` });
        return;
      }
      try {
        const found = classifyJsonFile(file.name, await file.text());
        if (found.kind === 'other') return toasts.show({ kind: 'error', message: found.message, detail: found.detail });
        setDialog({ type: 'w3c-import', file: { name: file.name, dataBase64: await fileToBase64(file) } });
      } catch (e) {
        toasts.error(e, `Could not read ${file.name}`);
      }
    },
    [toasts],
  );

  const routeFiles = useCallback(
    (files: File[]) => {
      readBundles(files.filter((f) => isBundleFile(f.name)));
      void openAnnotationFile(files.filter((f) => isJsonFile(f.name)));
      return files.filter((f) => !isBundleFile(f.name) && !isJsonFile(f.name));
    },
    [readBundles, openAnnotationFile],
  );

  const notBundles = useCallback(
    (names: string[]) =>
      toasts.show({ kind: 'error', message: `Not a .gloss bundle: ${names.join(', ')}`, detail: 'Articles are added with Import; bundles end in .gloss.' }),
    [toasts],
  );

  const openExport = useCallback(() => setDialog({ type: 'export' }), []);
  const openShare = useCallback((tab: ShareTab = 'bundle') => setDialog({ type: 'share', tab }), []);
  const openW3CImport = useCallback(() => setDialog({ type: 'w3c-import' }), []);
  const chooseBundle = useCallback(() => bundleInput.current?.click(), []);
  const close = useCallback(() => setDialog({ type: 'none' }), []);
  const nextBundle = useCallback(() => setBundles((list) => list.slice(1)), []);

  const runCommand = (command: SharingCommand) => {
    if (command === 'export-report') openExport();
    else if (command === 'share-bundle') openShare('bundle');
    else if (command === 'export-w3c') openShare('w3c');
    else if (command === 'import-w3c') openW3CImport();
    else chooseBundle();
  };

  useApiEvents((event: ApiEvent) => {
    if (event.type === 'open-file') {
      // The desktop app read a file the OS asked it to open; only bundles are sent this way.
      if (isBundleFile(event.name)) queue({ name: event.name, dataBase64: event.dataBase64 });
      else notBundles([event.name]);
    } else if (event.type === 'command' && isSharingCommand(event.command) && !otherModalOpen()) {
      runCommand(event.command);
    }
  });

  // Ctrl/Cmd+E: in the desktop app the File menu's accelerator answers it (handling it here too would open it twice).
  useWindowKey((e) => {
    if (!hasModifier(e) || e.shiftKey || e.key.toLowerCase() !== 'e') return;
    e.preventDefault();
    if (!IS_DESKTOP && dialog.type === 'none' && !otherModalOpen()) openExport();
  });

  return { dialog, bundles, active: dialog.type !== 'none' || bundles.length > 0, openExport, openShare, openW3CImport, chooseBundle, close, nextBundle, routeFiles, notBundles, bundleInput };
}
